import { expect } from '@open-wc/testing';
import { buildEventIndex, visibleEvents } from '../../src/layout/event-index.js';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import { OPEN_END_ROOM_PX, OPEN_OVERSHOOT_PX, openExtent, reachesInto } from '../../src/layout/open-reach.js';
import { prepareTimeline } from '../../src/layout/prepare-timeline.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { makeEvent, utc } from '../support/make-event.js';

const labelWidth = () => 80;

describe('open and unknown date ends', () => {
  const { events } = validateEvents([
    { id: 'war', title: 'Civil war', start: '2011-03/..', actors: ['A'] },
    { id: 'until', title: 'Until 2019', start: '../2019', actors: ['B'] },
    { id: 'unknown', title: 'End unknown', start: '2016-05/', actors: ['C'] },
    { id: 'day', title: 'A day', start: '2018-09-17', actors: ['A'] },
  ]);
  // Linear time: positions are checked as proportions of the view (collapsed stretches: time-warp and reader-picture tests).
  const prepared = prepareTimeline({ events, rejected: [], warnings: [], eras: [] }, { collapseGaps: false });
  const byId = (id: string) => events.find((e) => e.id === id)!;

  it('runs an open side past the view edge by a few px, and leaves a known side where it is', () => {
    expect(openExtent(100, 120, 'end', 800)).to.deep.equal([100, 800 + OPEN_OVERSHOOT_PX]);
    expect(openExtent(100, 120, 'start', 800)).to.deep.equal([-OPEN_OVERSHOOT_PX, 120]);
    expect(openExtent(100, 120, 'both', 800)).to.deep.equal([-OPEN_OVERSHOOT_PX, 800 + OPEN_OVERSHOOT_PX]);
    expect(openExtent(100, 120, undefined, 800)).to.deep.equal([100, 120]);
  });

  it('finds an ongoing event in any later view, and an open-started one in any earlier view', () => {
    const index = buildEventIndex(events);
    const later = { start: utc(2030, 1, 1), end: utc(2031, 1, 1) };
    expect(visibleEvents(index, later).map((e) => e.id).sort()).to.deep.equal(['unknown', 'war']);
    const earlier = { start: utc(1990, 1, 1), end: utc(1991, 1, 1) };
    expect(visibleEvents(index, earlier).map((e) => e.id)).to.deep.equal(['until']);
    expect(reachesInto(byId('until'), { start: utc(2020, 1, 2), end: utc(2021, 1, 1) })).to.equal(false);
    expect(reachesInto(byId('war'), { start: utc(2010, 1, 1), end: utc(2011, 1, 1) })).to.equal(false);
  });

  it('keeps the index fast for closed events: an ongoing one does not widen their candidate range', () => {
    const closed = Array.from({ length: 1000 }, (_, i) => makeEvent(`e${i}`, utc(2012, 1, 1) + i * 86_400_000, utc(2012, 1, 1) + i * 86_400_000 + 1000));
    const ongoing: TimelineEvent = { ...makeEvent('ongoing', utc(2011, 3, 1), utc(2011, 4, 1) - 1), openEnd: 'open' };
    const index = buildEventIndex([ongoing, ...closed]);
    expect(index.maxTo[0]).to.equal(ongoing.to);
    const view = { start: utc(2014, 1, 1), end: utc(2014, 2, 1) };
    expect(visibleEvents(index, view).map((e) => e.id)[0]).to.equal('ongoing');
  });

  for (const direction of ['ltr', 'rtl'] as const) {
    it(`draws open sides to the view's edge with the label inside the plot (${direction})`, () => {
      const width = 1000;
      const view = { start: utc(2015, 1, 1), end: utc(2020, 1, 1) };
      const layout = layoutTimeline(prepared, view, { width, labelWidth, direction });
      const mark = (id: string) => layout.marks.find((m) => m.event.id === id)!;
      const rtl = direction === 'rtl';
      const war = mark('war');
      expect(war.open).to.equal('end');
      expect(war.kind).to.equal('span');
      // Its known start (2011) is off screen before the view: the bar spans the whole plot.
      expect(war.x0).to.be.at.most(0);
      expect(war.x1).to.be.at.least(width);
      const until = mark('until');
      expect(until.open).to.equal('start');
      const endOf2019 = ((utc(2020, 1, 1) - 1 - view.start) / (view.end - view.start)) * width;
      if (rtl) {
        expect(until.x1).to.be.at.least(width + OPEN_OVERSHOOT_PX - 1e-6);
        expect(until.x0).to.be.closeTo(width - endOf2019, 0.01);
      } else {
        expect(until.x0).to.be.at.most(-OPEN_OVERSHOOT_PX + 1e-6);
        expect(until.x1).to.be.closeTo(endOf2019, 0.01);
      }
      // The open start's label clears the chevrons at the edge and stays inside the plot.
      expect(until.labelShown).to.equal(true);
      const labelEdge = rtl ? width - until.labelX : until.labelX;
      expect(labelEdge).to.be.at.least(OPEN_END_ROOM_PX);
      const unknown = mark('unknown');
      expect(unknown.open).to.equal('end');
      const may2016 = ((utc(2016, 5, 1) - view.start) / (view.end - view.start)) * width;
      if (rtl) {
        expect(unknown.x1).to.be.closeTo(width - may2016, 0.01);
        expect(unknown.x0).to.be.at.most(-OPEN_OVERSHOOT_PX + 1e-6);
      } else {
        expect(unknown.x0).to.be.closeTo(may2016, 0.01);
        expect(unknown.x1).to.be.at.least(width + OPEN_OVERSHOOT_PX - 1e-6);
      }
      expect(mark('day').open).to.equal(undefined);
    });
  }
});
