import { expect, waitUntil } from '@open-wc/testing';
import { foldedCount } from '../../src/model/event-filter.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { hourlyRecords } from '../support/hourly-records.js';
import { giveRecords, settle, timelineFixture } from '../support/timeline-fixture.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DAY = 86_400_000;

/** The events the element holds, as validated: what the search's warm-up folds. */
const heldEvents = (el: HTMLElement) => (el as unknown as { eventSet: { events: readonly TimelineEvent[] } }).eventSet.events;

describe('idle work while a reader moves the view', () => {
  it('folds no text for search while the view keeps changing, and all of it once it stands still', async () => {
    const el = await timelineFixture();
    // Enough events for the search box to show (and its text to be warmed), dated over 2,000 hours, and
    // at once a reader zooming in steps a tenth of a second apart, for over a second: the view never
    // stands still for 500 ms.
    giveRecords(el, hourlyRecords(2000));
    const start = Date.UTC(2011, 0, 1);
    for (let i = 0; i < 14; i++) {
      el.zoomTo(new Date(start + i * DAY), new Date(start + (i + 20) * DAY));
      await sleep(100);
      const events = heldEvents(el);
      expect(events.length).to.equal(2000);
      expect(foldedCount(events), `folded while the view moved (step ${i})`).to.equal(0);
    }
    await settle(el);
    const events = heldEvents(el);
    await waitUntil(() => foldedCount(events) === events.length, 'every event folded once the view stood still', { timeout: 10_000 });
  });
});
