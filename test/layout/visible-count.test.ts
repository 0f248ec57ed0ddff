import { expect } from '@open-wc/testing';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import { prepareTimeline } from '../../src/layout/prepare-timeline.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { makeEvent, utc } from '../support/make-event.js';

const eventSet = (events: TimelineEvent[]) => ({ events: [...events].sort((a, b) => a.from - b.from), rejected: [], warnings: [], eras: [] });

describe('visibleEventCount', () => {
  it('counts an event drawn in several lanes once, in dense and sparse views', () => {
    const actors = [['Russia', 'Turkey'], ['Turkey', 'Russia', 'Iran'], ['Iran'], []];
    const events = Array.from({ length: 4000 }, (_, i) =>
      makeEvent(`e${i}`, utc(2015, 1, 1) + i * 3600_000, utc(2015, 1, 1) + i * 3600_000 + 1000, { actors: actors[i % 4]! }),
    );
    const prepared = prepareTimeline(eventSet(events));
    for (const [start, end] of [
      [utc(2014, 1, 1), utc(2016, 1, 1)],
      [utc(2015, 2, 1), utc(2015, 2, 3)],
      [utc(2010, 1, 1), utc(2011, 1, 1)],
      // At the edges of the events drawn in several lanes (the first and the 3,998th): a view that just
      // holds them all, and ones that leave out the first or the last of them.
      [events[0]!.to, events[3997]!.from],
      [events[0]!.to + 1, events[3997]!.from],
      [events[0]!.to, events[3997]!.from - 1],
    ] as const) {
      const layout = layoutTimeline(prepared, { start, end }, { width: 800, labelWidth: () => 60 });
      const expected = events.filter((e) => e.to >= start && e.from <= end).length;
      expect(layout.visibleEventCount, `${new Date(start).toISOString()}`).to.equal(expected);
    }
  });
});
