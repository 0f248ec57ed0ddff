import { expect } from '@open-wc/testing';
import {
  DRAWABLE_RANGE_TEXT,
  FIRST_DRAWABLE_YEAR,
  LAST_DRAWABLE_YEAR,
  MAX_DRAWABLE_MS,
  MIN_DRAWABLE_MS,
  isDrawable,
} from '../../src/model/drawable-range.js';
import { MAX_DATE_MS } from '../../src/model/utc-calendar.js';
import { FIT_MARGIN, clampView, paddedExtent, zoomView } from '../../src/layout/time-view.js';

const isValidDate = (ms: number) => !Number.isNaN(new Date(ms).getTime());

describe('drawable range', () => {
  it('runs from the first instant of its first year to the last instant of its last', () => {
    expect(new Date(MIN_DRAWABLE_MS).toISOString()).to.equal('-249999-01-01T00:00:00.000Z');
    expect(new Date(MAX_DRAWABLE_MS).toISOString()).to.equal('+250000-12-31T23:59:59.999Z');
    expect([isDrawable(MIN_DRAWABLE_MS), isDrawable(MAX_DRAWABLE_MS)]).to.deep.equal([true, true]);
    expect([isDrawable(MIN_DRAWABLE_MS - 1), isDrawable(MAX_DRAWABLE_MS + 1)]).to.deep.equal([false, false]);
    expect([NaN, Infinity, -Infinity].map(isDrawable)).to.deep.equal([false, false, false]);
  });

  it('says its years in words (astronomical year -249999 is 250,000 BC)', () => {
    expect(DRAWABLE_RANGE_TEXT).to.equal(`${(1 - FIRST_DRAWABLE_YEAR).toLocaleString('en')} BC to AD ${LAST_DRAWABLE_YEAR.toLocaleString('en')}`);
  });

  it('leaves room for the margin layout adds: the widest data, padded, is still a valid Date', () => {
    const padded = paddedExtent(MIN_DRAWABLE_MS, MAX_DRAWABLE_MS);
    expect(padded.start).to.be.below(MIN_DRAWABLE_MS - FIT_MARGIN * (MAX_DRAWABLE_MS - MIN_DRAWABLE_MS) * 0.99);
    expect([isValidDate(padded.start), isValidDate(padded.end)]).to.deep.equal([true, true]);
    // Data at one end only: the fortnight of context around it stays inside too.
    for (const at of [MIN_DRAWABLE_MS, MAX_DRAWABLE_MS]) {
      const alone = paddedExtent(at, at);
      expect([isValidDate(alone.start), isValidDate(alone.end)]).to.deep.equal([true, true]);
    }
  });

  it('a view zoomed out as far as it goes, clamped to those bounds, is a valid Date range', () => {
    const bounds = paddedExtent(MIN_DRAWABLE_MS, MAX_DRAWABLE_MS);
    const view = clampView(zoomView(bounds, 1 / 1000), bounds);
    expect([isValidDate(view.start), isValidDate(view.end)]).to.deep.equal([true, true]);
    expect(Math.abs(view.start)).to.be.below(MAX_DATE_MS);
  });
});
