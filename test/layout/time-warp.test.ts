import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BREAK_SHARE, buildTimeWarp, CONTEXT_SHARE, MAX_EMPTY_SHARE, type TimeWarp } from '../../src/layout/time-warp.js';
import { utc } from '../support/make-event.js';

const DAY = 86_400_000;

/** The article's events as [from, to]: March 2011, then 2017–2019. */
const ARTICLE: Array<[number, number]> = [
  [utc(2011, 3, 1), utc(2011, 4, 1) - 1],
  [utc(2017, 5, 4), utc(2017, 5, 5) - 1],
  [utc(2017, 9, 14), utc(2017, 9, 16) - 1],
  [utc(2018, 9, 17), utc(2018, 9, 18) - 1],
  [utc(2019, 1, 1), utc(2019, 2, 1) - 1],
  [utc(2019, 1, 18), utc(2019, 1, 19) - 1],
  [utc(2019, 2, 11), utc(2019, 2, 12) - 1],
  [utc(2019, 2, 14), utc(2019, 2, 15) - 1],
];

/** The widest stretch with no interval in it, in warped time, as a share of the warped whole. */
function widestLinearGapShare(warp: TimeWarp, intervals: ReadonlyArray<readonly [number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const whole = warp.toWarped(Math.max(...sorted.map((i) => i[1]))) - warp.toWarped(sorted[0]![0]);
  let widest = 0;
  let reach = sorted[0]![1];
  for (const [from, to] of sorted) {
    if (from > reach) {
      // Time inside a break is drawn as a break, not as empty plot: count only the linear parts.
      let empty = warp.toWarped(from) - warp.toWarped(reach);
      for (const b of warp.breaks) if (b.from >= reach && b.to <= from) empty -= b.warpedTo - b.warpedFrom;
      widest = Math.max(widest, empty);
    }
    reach = Math.max(reach, to);
  }
  return whole > 0 ? widest / whole : 0;
}

describe('buildTimeWarp', () => {
  it('leaves evenly spread data linear', () => {
    const even = Array.from({ length: 20 }, (_, i) => [utc(2019, 1, 1) + i * DAY, utc(2019, 1, 1) + i * DAY + 1000] as const);
    const warp = buildTimeWarp(even);
    expect(warp.breaks).to.have.length(0);
    expect(warp.toWarped(utc(2019, 1, 5))).to.equal(utc(2019, 1, 5));
  });

  it('collapses the article\'s empty years into breaks, keeping no linear gap wider than its limit', () => {
    const warp = buildTimeWarp(ARTICLE);
    expect(warp.breaks.length).to.be.at.least(2);
    // The six empty years after March 2011 are one break.
    const first = warp.breaks[0]!;
    expect(first.from).to.be.greaterThan(utc(2011, 4, 1));
    expect(first.to).to.be.lessThan(utc(2017, 5, 4));
    expect(first.to - first.from).to.be.greaterThan(5 * 365 * DAY);
    expect(widestLinearGapShare(warp, ARTICLE)).to.be.at.most(MAX_EMPTY_SHARE);
  });

  it('gives two lone instants months apart a break between them, with context either side', () => {
    const warp = buildTimeWarp([[utc(2019, 1, 1), utc(2019, 1, 1)], [utc(2019, 6, 1), utc(2019, 6, 1)]]);
    expect(warp.breaks).to.have.length(1);
    const [b] = warp.breaks;
    // Context is reckoned from at least a fortnight of linear time: some days each side, not none.
    expect(b!.from - utc(2019, 1, 1)).to.be.greaterThan(0.25 * DAY);
    expect(utc(2019, 6, 1) - b!.to).to.be.greaterThan(0.25 * DAY);
    expect(warp.toWarped(utc(2019, 6, 1)) - warp.toWarped(utc(2019, 1, 1))).to.be.below(20 * DAY);
  });

  it('keeps linear context either side of a break, at the real rate', () => {
    const warp = buildTimeWarp(ARTICLE);
    const [first] = warp.breaks;
    const endOfMarch = utc(2011, 4, 1) - 1;
    // Between the last event before the break and the break, time runs at one ms per ms.
    expect(warp.toWarped(first!.from) - warp.toWarped(endOfMarch)).to.be.closeTo(first!.from - endOfMarch, 1);
    // The break and its context take the shares they are given of the warped whole.
    const whole = warp.toWarped(ARTICLE.at(-1)![1]) - warp.toWarped(ARTICLE[0]![0]);
    expect((first!.warpedTo - first!.warpedFrom) / whole).to.be.closeTo(BREAK_SHARE, 0.005);
    expect((first!.from - endOfMarch) / whole).to.be.closeTo(CONTEXT_SHARE, 0.005);
  });

  it('is monotone, gives back every instant and squeezes no event, for any data', () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 60 }))
      .map(([day, length]) => [utc(2000, 1, 1) + day * DAY, utc(2000, 1, 1) + (day + length) * DAY] as const);
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 30 }), fc.array(fc.integer({ min: -500, max: 4500 }), { minLength: 2 }), (intervals, days) => {
        const warp = buildTimeWarp(intervals);
        const instants = days.map((d) => utc(2000, 1, 1) + d * DAY).sort((a, b) => a - b);
        for (let i = 0; i < instants.length; i++) {
          const t = instants[i]!;
          expect(Math.abs(warp.fromWarped(warp.toWarped(t)) - t)).to.be.below(1);
          if (i > 0) expect(warp.toWarped(t)).to.be.at.least(warp.toWarped(instants[i - 1]!));
        }
        // A break squeezes only empty time: no event reaches into one.
        for (const b of warp.breaks) {
          for (const [from, to] of intervals) expect(to <= b.from || from >= b.to, 'an event inside a break').to.equal(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
