/**
 * `src` through the load worker, at the element: a File the page made loads with its bytes and rows
 * shown; the page itself fetches nothing (the worker does); and a load that is replaced, cancelled or
 * out of time is stopped at once: its worker is ended, and with it the request, which the server sees
 * hung up before it answered.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { ConflictTimeline as Timeline } from '../../src/element/conflict-timeline.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { drawnEventIds, notice, noticeText, setSrc, shadow } from './data-support.js';

const FIXTURES = '/test/data/fixtures';
const HEADER = 'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,fatalities,notes,source';

function acledFile(rows: number): File {
  const lines = Array.from({ length: rows }, (_, i) => {
    const day = new Date(Date.UTC(2016, 0, 1) + (i % 900) * 86_400_000).toISOString().slice(0, 10);
    return `SYR${i},${day},${day.slice(0, 4)},1,Battles,Armed clash,Group ${i % 9},Group ${(i + 1) % 9},Idlib,"Place ${i}",${i % 4},"Notes for row ${i}",Source ${i % 5}`;
  });
  return new File([`${HEADER}\n${lines.join('\n')}\n`], 'acled.csv', { type: 'text/csv' });
}

/** Every text the notice showed while `during` ran. */
async function noticesDuring(el: ConflictTimeline, during: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const record = () => {
    const shown = noticeText(el);
    if (shown !== null && seen[seen.length - 1] !== shown) seen.push(shown);
  };
  const observer = new MutationObserver(record);
  observer.observe(shadow(el), { childList: true, subtree: true, characterData: true, attributes: true });
  try {
    await during();
  } finally {
    observer.disconnect();
  }
  return seen;
}

/** A `src` the test server answers after 10 s, whose request the test can ask about. */
function slowSrc(): { src: string; id: string } {
  const id = `${Math.random()}`.slice(2);
  return { src: `/__slow?ms=10000&id=${id}&file=${FIXTURES}/events.json`, id };
}

async function requestState(id: string, state: 'received' | 'hung-up'): Promise<number> {
  return (await fetch(`/__slow-request?id=${id}&state=${state}`)).status;
}

/** URLs the page itself fetched (resource timing): a worker's fetches are in the worker's timeline, not here. */
const pageFetches = () => performance.getEntriesByType('resource').filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch').map((entry) => entry.name);

describe('<conflict-timeline> src in a worker', () => {
  afterEach(() => (Timeline.progressDelayMs = 500));

  it('loads a File the page made (a blob: URL), showing its bytes of the total and its rows', async () => {
    Timeline.progressDelayMs = 0;
    const el = await timelineFixture();
    const file = acledFile(6_000);
    const src = URL.createObjectURL(file);
    try {
      let accepted = 0;
      const seen = await noticesDuring(el, async () => {
        accepted = (await setSrc(el, src)).accepted;
      });
      expect(accepted).to.equal(6_000);
      const size = `${(file.size / 1e6).toFixed(1)} MB`;
      expect(seen.some((t) => new RegExp(`^Loading events… \\d+\\.\\d MB of ${size.replace('.', '\\.')}( · [\\d,]+ rows?)?`).test(t)), seen.join(' | ')).to.equal(true);
      expect(seen.some((t) => t.includes('6,000 rows')), `the rows read: ${seen.join(' | ')}`).to.equal(true);
      expect(seen.some((t) => t.startsWith('Preparing events…')), seen.join(' | ')).to.equal(true);
      expect(noticeText(el), 'no notice once loaded').to.equal(null);
    } finally {
      URL.revokeObjectURL(src);
    }
  });

  it('fetches in the worker: the page makes no request for the file', async () => {
    const el = await timelineFixture();
    // The buffer holds 250 entries, which the test page's own modules fill: emptied, it records this load.
    performance.clearResourceTimings();
    const src = `${FIXTURES}/events.csv?worker-${Math.random()}`;
    await setSrc(el, src);
    expect(drawnEventIds(el)).to.have.length(2);
    expect(pageFetches().filter((url) => url.endsWith(src))).to.deep.equal([]);
    const workerScripts = performance.getEntriesByType('resource').filter((entry) => /\/load-worker\.(js|ts)$/.test(new URL(entry.name).pathname));
    expect(workerScripts.length, 'the worker script was loaded').to.be.greaterThan(0);
  });

  it('a newer src stops the older load at once: its request is hung up, not answered', async () => {
    const el = await timelineFixture();
    const slow = slowSrc();
    el.src = slow.src;
    expect(await requestState(slow.id, 'received')).to.equal(204);
    await setSrc(el, `${FIXTURES}/events.json`);
    expect(await requestState(slow.id, 'hung-up'), 'the old request was hung up').to.equal(204);
    expect(drawnEventIds(el)).to.have.members(['a', 'b']);
  });

  it('Cancel stops the worker and its request, keeping what was shown', async () => {
    const el = await timelineFixture();
    await setSrc(el, `${FIXTURES}/events.json`);
    const slow = slowSrc();
    el.src = slow.src;
    expect(await requestState(slow.id, 'received')).to.equal(204);
    await el.updateComplete;
    notice(el)!.querySelector<HTMLButtonElement>('button[part~="cancel"]')!.click();
    expect(await requestState(slow.id, 'hung-up'), 'the request was hung up').to.equal(204);
    await settle(el);
    expect(noticeText(el)).to.contain('Loading was cancelled');
    expect(drawnEventIds(el)).to.have.members(['a', 'b']);
  });

  it('the time limit stops the worker and its request', async () => {
    const el = await timelineFixture();
    // A first load brings the worker's modules into the cache, so that the next worker asks the server well within the limit.
    await setSrc(el, `${FIXTURES}/events.json`);
    el.loadTimeout = 2_000;
    const slow = slowSrc();
    const failed = oneEvent(el, 'ct-load-error');
    el.src = slow.src;
    expect(await requestState(slow.id, 'received'), 'the worker asked before the limit').to.equal(204);
    expect((await failed).detail.message).to.equal('no answer within 2 s');
    expect(await requestState(slow.id, 'hung-up'), 'the request was hung up').to.equal(204);
    await waitUntil(() => notice(el)?.getAttribute('role') === 'alert', 'the alert');
  });

  it('the time limit is the server\'s: a file that has arrived is prepared however long that takes', async () => {
    Timeline.progressDelayMs = 0;
    const el = await timelineFixture();
    await setSrc(el, `${FIXTURES}/events.json`);
    el.loadTimeout = 1_500;
    const src = URL.createObjectURL(acledFile(3_000));
    // Once the file is in and being prepared, the page is held past the limit (as a slow phone would be).
    let held = false;
    const hold = new MutationObserver(() => {
      if (held || !noticeText(el)?.startsWith('Preparing events…')) return;
      held = true;
      const until = performance.now() + 2_000;
      while (performance.now() < until);
    });
    hold.observe(shadow(el), { childList: true, subtree: true, characterData: true });
    const errors: string[] = [];
    el.addEventListener('ct-load-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    const accepted: number[] = [];
    el.addEventListener('ct-diagnostics', (e) => accepted.push((e as CustomEvent<{ accepted: number }>).detail.accepted));
    try {
      el.src = src;
      await waitUntil(() => errors.length + accepted.length > 0, 'an outcome', { timeout: 20_000 });
      await settle(el);
      expect(held, 'the page was held while preparing').to.equal(true);
      expect(errors, 'no time limit after the file arrived').to.deep.equal([]);
      expect(accepted).to.deep.equal([3_000]);
    } finally {
      hold.disconnect();
      URL.revokeObjectURL(src);
    }
  });
});
