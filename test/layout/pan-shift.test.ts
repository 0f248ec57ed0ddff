import { expect } from '@open-wc/testing';
import { panShiftPx, withinPanReach } from '../../src/layout/pan-shift.js';
import { buildTimeWarp, IDENTITY_WARP } from '../../src/layout/time-warp.js';
import { DAY, utc } from '../support/make-event.js';

const WIDTH = 800;
const VIEW = { start: utc(2019, 1, 1), end: utc(2019, 1, 1) + 80 * DAY };
const MS_PER_PX = (VIEW.end - VIEW.start) / WIDTH;
const later = (px: number) => ({ start: VIEW.start + px * MS_PER_PX, end: VIEW.end + px * MS_PER_PX });

describe('panShiftPx', () => {
  it('moves what is drawn toward the start edge as the view moves later: left, or right when time runs right to left', () => {
    expect(panShiftPx(VIEW, later(40), IDENTITY_WARP, WIDTH, false)).to.be.closeTo(-40, 1e-9);
    expect(panShiftPx(VIEW, later(40), IDENTITY_WARP, WIDTH, true)).to.be.closeTo(40, 1e-9);
    expect(panShiftPx(VIEW, later(-25), IDENTITY_WARP, WIDTH, false)).to.be.closeTo(25, 1e-9);
  });

  it('is no pan when the span changes by a pixel’s worth of time or more', () => {
    const wider = { start: VIEW.start, end: VIEW.end + MS_PER_PX };
    expect(panShiftPx(VIEW, wider, IDENTITY_WARP, WIDTH, false)).to.equal(undefined);
    const almost = { start: VIEW.start + 10 * MS_PER_PX, end: VIEW.end + 10.5 * MS_PER_PX };
    expect(panShiftPx(VIEW, almost, IDENTITY_WARP, WIDTH, false)).to.be.closeTo(-10, 1e-9);
  });

  it('measures across a collapsed stretch in plot time, where the real span changes but the drawn one does not', () => {
    const warp = buildTimeWarp([
      [utc(2011, 3, 1), utc(2011, 4, 1)],
      [utc(2017, 5, 4), utc(2017, 5, 5)],
    ]);
    const stretch = warp.breaks[0]!;
    // A view in plot time that ends where the collapsed stretch begins, moved 30 px later, into or past it.
    const drawnWarped = { start: stretch.warpedFrom - 200 * DAY, end: stretch.warpedFrom };
    const msPerPx = (drawnWarped.end - drawnWarped.start) / WIDTH;
    const real = (v: { start: number; end: number }) => ({ start: warp.fromWarped(v.start), end: warp.fromWarped(v.end) });
    const moved = { start: drawnWarped.start + 30 * msPerPx, end: drawnWarped.end + 30 * msPerPx };
    expect(panShiftPx(real(drawnWarped), real(moved), warp, WIDTH, false)).to.be.closeTo(-30, 0.01);
    // The real span did change, by years: the view's end went into the collapsed time.
    expect(real(moved).end - real(moved).start - (real(drawnWarped).end - real(drawnWarped).start)).to.be.greaterThan(365 * DAY);
  });
});

describe('withinPanReach', () => {
  it('holds up to a quarter of the width either way', () => {
    expect(withinPanReach(200, WIDTH)).to.equal(true);
    expect(withinPanReach(-200, WIDTH)).to.equal(true);
    expect(withinPanReach(200.5, WIDTH)).to.equal(false);
    expect(withinPanReach(-201, WIDTH)).to.equal(false);
  });
});
