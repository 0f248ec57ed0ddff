import { expect } from '@open-wc/testing';
import { viewSpan, type TimeView } from '../../src/layout/time-view.js';
import { buildTimeWarp, type TimeWarp } from '../../src/layout/time-warp.js';
import { TimeZoom } from '../../src/render/time-zoom.js';
import { DAY, utc } from '../support/make-event.js';

const WIDTH = 800;
const HEIGHT = 200;
const BOUNDS: TimeView = { start: utc(2018, 1, 1), end: utc(2020, 1, 1) };

interface Reported {
  readonly view: TimeView;
  readonly source: 'gesture' | 'code';
}

/** A TimeZoom on a real SVG of fixed size in the page, with every view it reports. */
function zoomOnSvg(rtl = false, view: TimeView = BOUNDS, warp?: TimeWarp, onSettle?: () => void) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', String(WIDTH));
  svg.setAttribute('height', String(HEIGHT));
  document.body.append(svg);
  const reported: Reported[] = [];
  const zoom = new TimeZoom(svg, { onView: (v, source) => reported.push({ view: v, source }), ...(onSettle ? { onSettle } : {}) });
  zoom.configure(BOUNDS, WIDTH, HEIGHT, rtl, view, warp);
  return { svg, zoom, reported };
}

/** Within a millisecond: views pass through a floating-point transform and back. */
function expectView(actual: TimeView, expected: TimeView): void {
  expect(actual.start, 'start').to.be.closeTo(expected.start, 1);
  expect(actual.end, 'end').to.be.closeTo(expected.end, 1);
}

describe('TimeZoom', () => {
  afterEach(() => {
    for (const svg of document.querySelectorAll('body > svg')) svg.remove();
  });

  it('shows a view and reads the same view back', () => {
    const { zoom, reported } = zoomOnSvg();
    const view = { start: utc(2018, 9, 1), end: utc(2018, 12, 1) };
    zoom.show(view);
    expectView(zoom.currentView(), view);
    expectView(reported.at(-1)!.view, view);
    expect(reported.at(-1)!.source).to.equal('code');
  });

  it('keeps a view that reaches past the bounds inside them', () => {
    const { zoom } = zoomOnSvg();
    const span = 30 * DAY;
    zoom.show({ start: BOUNDS.end - span / 2, end: BOUNDS.end + span / 2 });
    expectView(zoom.currentView(), { start: BOUNDS.end - span, end: BOUNDS.end });
  });

  it('zooms in by 2 about the centre and back out by 0.5 to where it was', () => {
    const view = { start: utc(2018, 6, 1), end: utc(2019, 6, 1) };
    const { zoom } = zoomOnSvg(false, view);
    const centre = (view.start + view.end) / 2;
    const zoomedIn = zoom.zoomBy(2);
    expectView(zoomedIn, { start: centre - viewSpan(view) / 4, end: centre + viewSpan(view) / 4 });
    expectView(zoom.zoomBy(0.5), view);
  });

  it('keeps the anchor instant at its place on screen when zooming about it', () => {
    const view = { start: utc(2018, 6, 1), end: utc(2019, 6, 1) };
    const { zoom } = zoomOnSvg(false, view);
    const anchor = view.start + viewSpan(view) / 4;
    const zoomed = zoom.zoomBy(4, anchor);
    expect(viewSpan(zoomed)).to.be.closeTo(viewSpan(view) / 4, 1);
    expect((anchor - zoomed.start) / viewSpan(zoomed)).to.be.closeTo(0.25, 1e-9);
  });

  it('pans by screen px as a leftward drag would: later in time left to right, earlier right to left', () => {
    const view = { start: utc(2018, 6, 1), end: utc(2019, 6, 1) };
    const msPerPx = viewSpan(view) / WIDTH;
    const ltr = zoomOnSvg(false, view).zoom;
    ltr.panBy(100);
    expectView(ltr.currentView(), { start: view.start + 100 * msPerPx, end: view.end + 100 * msPerPx });
    const rtl = zoomOnSvg(true, view).zoom;
    rtl.panBy(100);
    expectView(rtl.currentView(), { start: view.start - 100 * msPerPx, end: view.end - 100 * msPerPx });
  });

  it('reports a view set from code exactly, even inside a collapsed stretch of time', () => {
    // Events in early 2018 and late 2019 only: most of the time between is one collapsed stretch.
    const warp = buildTimeWarp([
      [utc(2018, 1, 10), utc(2018, 1, 20)],
      [utc(2019, 12, 1), utc(2019, 12, 10)],
    ]);
    expect(warp.breaks).to.have.length(1);
    const stretch = warp.breaks[0]!;
    const inside = { start: utc(2018, 6, 1), end: utc(2019, 6, 1) };
    expect(inside.start).to.be.greaterThan(stretch.from);
    expect(inside.end).to.be.lessThan(stretch.to);
    const { zoom, reported } = zoomOnSvg(false, BOUNDS, warp);
    zoom.show(inside);
    expect(reported.at(-1)).to.deep.equal({ view: inside, source: 'code' });
  });

  it('tells a reader\'s wheel turn (a gesture) from a change made in code', async () => {
    let settle = () => {};
    const { svg, zoom, reported } = zoomOnSvg(false, BOUNDS, undefined, () => settle());
    zoom.zoomBy(2);
    expect(reported.at(-1)!.source).to.equal('code');
    const before = zoom.currentView();
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -100, clientX: box.left + WIDTH / 2, clientY: box.top + HEIGHT / 2, bubbles: true, cancelable: true }),
    );
    expect(viewSpan(zoom.currentView())).to.be.lessThan(viewSpan(before));
    expect(reported.at(-1)!.source).to.equal('gesture');
    // d3-zoom ends a wheel gesture when the wheel rests; a call before that would join the gesture.
    await settled;
    zoom.panBy(10);
    expect(reported.at(-1)!.source).to.equal('code');
  });
});
