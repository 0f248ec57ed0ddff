import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clampView, MIN_VIEW_SPAN_MS, paddedExtent, zoomView } from '../../src/layout/time-view.js';

describe('time view', () => {
  const bounds = { start: Date.UTC(2011, 0, 1), end: Date.UTC(2020, 0, 1) };

  it('clamps any requested view inside the bounds, no narrower than an hour', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.double({ min: -1e13, max: 1e13, noNaN: true }), (a, b) => {
        const view = clampView({ start: a, end: b }, bounds);
        expect(view.start).to.be.at.least(bounds.start);
        expect(view.end).to.be.at.most(bounds.end);
        expect(view.end - view.start).to.be.at.least(MIN_VIEW_SPAN_MS - 1e-3);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the anchor instant in place when zooming', () => {
    const view = { start: 0, end: 1000 };
    const zoomed = zoomView(view, 4, 250);
    expect((250 - zoomed.start) / (zoomed.end - zoomed.start)).to.be.closeTo(0.25, 1e-9);
    expect(zoomed.end - zoomed.start).to.equal(250);
  });

  it('pads the extent and gives a single instant a span', () => {
    const padded = paddedExtent(1000, 1000);
    expect(padded.end - padded.start).to.equal(14 * 86_400_000);
    expect((padded.start + padded.end) / 2).to.equal(1000);
    const wide = paddedExtent(bounds.start, bounds.end);
    expect(wide.start).to.be.lessThan(bounds.start);
    expect(wide.end).to.be.greaterThan(bounds.end);
  });
});
