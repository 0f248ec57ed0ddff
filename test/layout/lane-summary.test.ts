import { expect } from '@open-wc/testing';
import { buildEventIndex, visibleEvents } from '../../src/layout/event-index.js';
import { SUMMARY_ABOVE, isWide, wideLaneDetail } from '../../src/layout/lane-summary.js';
import { binDenseEvents } from '../../src/layout/level-of-detail.js';
import { DAY, makeEvent, utc } from '../support/make-event.js';

/** A small seeded generator: points and spans up to 120 days over nine years. */
function events(count: number, seed: number) {
  let a = seed;
  const random = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  const list = Array.from({ length: count }, (_, i) => {
    const from = utc(2011, 1, 1) + Math.floor(random() * 3287) * DAY;
    const span = random() < 0.2 ? Math.floor(random() * 120) * DAY : 0;
    return makeEvent(`e${i}`, from, from + span + DAY - 1, { end: span > 0 });
  });
  return list.sort((x, y) => x.from - y.from || x.to - y.to);
}

describe('wideLaneDetail', () => {
  const index = buildEventIndex(events(SUMMARY_ABOVE * 3, 7));
  const width = 900;
  const views = [
    { start: utc(2010, 6, 1), end: utc(2020, 6, 1) },
    { start: utc(2013, 3, 17), end: utc(2017, 8, 2) },
    { start: utc(2015, 1, 1), end: utc(2016, 1, 1) },
  ];

  it('is used for wide views only', () => {
    expect(isWide(index, views[0]!)).to.equal(true);
    expect(isWide(index, { start: utc(2015, 1, 1), end: utc(2015, 1, 20) })).to.equal(false);
  });

  for (const view of views) {
    it(`draws what binDenseEvents draws on screen, ${new Date(view.start).toISOString().slice(0, 10)}…`, () => {
      const msPerPx = (view.end - view.start) / width;
      const visible = visibleEvents(index, view);
      const exact = binDenseEvents(visible, msPerPx, width, 3);
      const wide = wideLaneDetail(index, view, msPerPx, width, 3);
      expect(wide.visibleCount).to.equal(visible.length);
      const onScreen = (b: { from: number; to: number }) => b.to > view.start && b.from <= view.end;
      const key = (b: { from: number; count: number }) => `${b.from}:${b.count}`;
      expect(wide.bins.map(key)).to.deep.equal(exact.bins.filter(onScreen).map(key));
      const exactSingles = new Set(exact.singles.map((e) => e.id));
      for (const e of wide.singles) expect(exactSingles.has(e.id), e.id).to.equal(true);
      // Singles the summary leaves out are only those whose midpoint is off screen.
      for (const e of exact.singles) {
        if (!wide.singles.includes(e)) expect((e.from + e.to) / 2 < view.start || (e.from + e.to) / 2 > view.end, e.id).to.equal(true);
      }
    });
  }
});
