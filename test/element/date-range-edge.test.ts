/**
 * Issue 10, item 5: dates at the edge of what a Date holds. Records whose dates (or the margin the
 * layout adds around them) would leave the range of a Date are rejected with a reason; the valid
 * records beside them are drawn, and the view, the axis, the table and `ct-view-change` stay valid.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { ViewChangeDetail } from '../../src/element/timeline-events.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { drawnEventIds, setEvents, shadow } from './data-support.js';

const VALID = [
  { id: 'sochi', start: '2018-09-17', title: 'Sochi memorandum' },
  { id: 'summit', start: '2019-02-14', title: 'Sochi summit' },
];

/** Each is a date a parser accepts and a Date holds (or nearly), but no view around it would. */
const BEYOND = [
  { id: 'last-ms', start: 8.64e15, title: 'The last instant a Date holds' },
  { id: 'first-ms', start: -8.64e15, title: 'The first instant a Date holds' },
  { id: 'last-date', start: new Date(8.64e15), title: 'The last Date' },
  { id: 'big-bang', start: 'Y-13800000000', title: 'The Big Bang' },
  { id: 'far-end', start: '2019', end: 'Y170000002', title: 'A far end' },
  { id: 'last-year', start: 'Y275759', title: 'The last whole year a Date holds' },
  { id: 'first-year', start: 'Y-271820', title: 'The first whole year a Date holds' },
  { id: 'open-far', start: 'Y275000', end: '..', title: 'Ongoing from far ahead' },
];

function isValidDate(date: unknown): boolean {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

/** Everything the element shows of its view, read back; each must be a valid date or a real text. */
function expectValidView(el: ConflictTimeline, views: readonly ViewChangeDetail[], what: string): void {
  expect(isValidDate(el.view.start) && isValidDate(el.view.end), `${what}: el.view`).to.equal(true);
  expect(el.view.end.getTime(), `${what}: view end after start`).to.be.greaterThan(el.view.start.getTime());
  for (const view of views) {
    expect(isValidDate(view.start) && isValidDate(view.end), `${what}: ct-view-change`).to.equal(true);
  }
  const ticks = [...shadow(el).querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent!.trim());
  expect(ticks.filter((t) => t !== ''), `${what}: axis tick labels`).to.not.be.empty;
  expect(ticks.join(' '), `${what}: axis tick labels`).to.not.contain('Invalid');
}

function watchViews(el: ConflictTimeline): ViewChangeDetail[] {
  const views: ViewChangeDetail[] = [];
  el.addEventListener('ct-view-change', (e) => views.push(e.detail));
  return views;
}

async function press(el: ConflictTimeline, part: string): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!.click();
  await settle(el);
}

describe('<conflict-timeline> dates at the edge of the range a Date holds', () => {
  for (const record of BEYOND) {
    it(`rejects ${record.id} with a reason, draws the valid records and keeps the view valid`, async () => {
      const el = await timelineFixture();
      const views = watchViews(el);
      const detail = await setEvents(el, [...VALID, record]);
      expectValidView(el, views, record.id);
      expect(drawnEventIds(el)).to.have.members(['sochi', 'summit']);
      expect(detail.accepted).to.equal(2);
      expect(detail.rejected.map((r) => r.index)).to.deep.equal([2]);
      expect(detail.rejected[0]!.reason).to.match(/^record 2: (start|end) '.+' is beyond the years a timeline can show/);
      await press(el, 'zoom-out');
      await press(el, 'fit');
      expectValidView(el, views, `${record.id}, zoomed out and fitted`);
      await press(el, 'table-toggle');
      const caption = shadow(el).querySelector('caption')!.textContent!;
      expect(caption).to.match(/^2 events from \S.* to \S/);
    });
  }

  it('draws records at both ends of the drawable range together, with a valid view however far it zooms out', async () => {
    const el = await timelineFixture();
    const views = watchViews(el);
    const edges = [
      { id: 'first', start: 'Y-249999', title: 'As early as a timeline draws' },
      { id: 'last', start: 'Y250000', title: 'As late as a timeline draws' },
    ];
    const detail = await setEvents(el, [...VALID, ...edges]);
    expect(detail.rejected).to.deep.equal([]);
    expect(drawnEventIds(el)).to.include.members(['first', 'last']);
    expectValidView(el, views, 'both ends');
    for (let i = 0; i < 3; i += 1) await press(el, 'zoom-out');
    expectValidView(el, views, 'both ends, zoomed out');
    el.zoomTo(new Date(-8.64e15), new Date(8.64e15));
    await settle(el);
    expectValidView(el, views, 'both ends, zoomTo the whole Date range');
  });
});
