import { expect } from '@open-wc/testing';
import { buildEventIndex, visibleEvents } from '../../src/layout/event-index.js';
import { SUMMARY_ABOVE, isWide, wideLaneBins } from '../../src/layout/lane-summary.js';
import { densityBins } from '../../src/layout/level-of-detail.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { DAY, makeEvent, utc } from '../support/make-event.js';

/** A small seeded generator: points and spans up to 120 days over nine years, and a few open-ended ones. */
function events(count: number, seed: number): TimelineEvent[] {
  let a = seed;
  const random = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  const list: TimelineEvent[] = Array.from({ length: count }, (_, i) => {
    const from = utc(2011, 1, 1) + Math.floor(random() * 3287) * DAY;
    const span = random() < 0.2 ? Math.floor(random() * 120) * DAY : 0;
    return makeEvent(`e${i}`, from, from + span + DAY - 1, { end: span > 0 });
  });
  list.push({ ...makeEvent('ongoing', utc(2011, 3, 1), utc(2011, 4, 1) - 1), openEnd: 'open' });
  list.push({ ...makeEvent('until', utc(2019, 1, 1), utc(2020, 1, 1) - 1), openStart: 'open' });
  return list.sort((x, y) => x.from - y.from || x.to - y.to);
}

describe('wideLaneBins', () => {
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
    it(`counts what densityBins counts, ${new Date(view.start).toISOString().slice(0, 10)}…`, () => {
      const msPerPx = (view.end - view.start) / width;
      const visible = visibleEvents(index, view);
      expect(visible.map((e) => e.id)).to.include.members(['ongoing', 'until']);
      const exact = densityBins(visible, view, msPerPx);
      const wide = wideLaneBins(index, view, msPerPx);
      expect(wide.visibleCount).to.equal(visible.length);
      const key = (b: { from: number; count: number }) => `${b.from}:${b.count}`;
      expect(wide.bins.map(key)).to.deep.equal(exact.map(key));
    });
  }
});
