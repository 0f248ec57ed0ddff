/**
 * `src` at the element: every supported file renders; every kind of
 * failure shows an alert with its reason and a working retry, keeps what was
 * shown, and a newer `src` always wins over a slower older one.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { drawnEventIds, nextTask, notice, noticeText, setEvents, setSrc, shadow, watchEscapes } from './data-support.js';

const FIXTURES = '/test/data/fixtures';
const SAMPLES = '/demo/samples';
/** Port 9 (discard) has no listener here: the connection is refused without leaving the machine. */
const UNREACHABLE = 'http://127.0.0.1:9/x.json';

/** For each URL, when the page's last fetch of it ended: its whole body arrived, or it failed or was aborted. */
const fetchEnded = new Map<string, Promise<void>>();
const realFetch = window.fetch.bind(window);
/** How many requests for `path` the test server has had, from the page and its workers alike. */
async function requestsFor(path: string): Promise<number> {
  const answer = await realFetch(`/__requests?path=${encodeURIComponent(path)}`);
  return Number(await answer.text());
}

/** A `src` the test server answers after `ms`, and whose course the test can follow (see slowFileMiddleware). */
function slowSrc(ms: number, file: string): { src: string; id: string } {
  const id = `${Math.random()}`.slice(2);
  return { src: `/__slow?ms=${ms}&id=${id}&file=${file}`, id };
}

async function slowRequestReached(id: string, state: 'received' | 'over'): Promise<void> {
  const { status } = await realFetch(`/__slow-request?id=${id}&state=${state}`);
  expect(status, `the slow request ${state}`).to.equal(204);
}

/**
 * Resolves once a slow response can no longer arrive: the server is done with the request (it
 * answered, or the page hung up), and the page's fetch of it has ended.
 */
async function slowResponseOver({ src, id }: { src: string; id: string }): Promise<void> {
  await slowRequestReached(id, 'over');
  await fetchEnded.get(src);
}

function alertBox(el: ConflictTimeline): HTMLElement | null {
  const box = notice(el);
  return box?.getAttribute('role') === 'alert' ? box : null;
}

/** Sets `src`, waits for its ct-load-error, and returns the alert shown once drawn. */
async function failedLoad(el: ConflictTimeline, src: string): Promise<HTMLElement> {
  const failed = oneEvent(el, 'ct-load-error');
  el.src = src;
  await failed;
  await settle(el);
  const box = alertBox(el);
  expect(box, `an error notice for ${src}`).to.not.equal(null);
  return box!;
}

function markLabels(el: ConflictTimeline): string[] {
  return [...shadow(el).querySelectorAll('g.mark[role="button"]')].map((m) => m.getAttribute('aria-label')!);
}

describe('<conflict-timeline> src', () => {
  before(() => {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      const response = realFetch(input, init);
      // A copy of the body, read to its end, tells when the whole response has arrived.
      fetchEnded.set(
        url,
        response.then((r) => r.clone().arrayBuffer()).then(
          () => undefined,
          () => undefined,
        ),
      );
      return response;
    };
  });
  after(() => {
    window.fetch = realFetch;
  });

  describe('renders every supported file', () => {
    const files: Array<{ src: string; rows: number; title: string; eras?: number; rejected?: RegExp[] }> = [
      { src: `${FIXTURES}/events.json`, rows: 2, title: 'Sochi memorandum', eras: 1 },
      { src: `${SAMPLES}/timelinejs-sample.json`, rows: 4, title: 'Shoigu and Akar meet in Ankara', eras: 1 },
      // The TimelineJS file reaches back to the first stone tools, 3.3 million years ago: beyond any Date, so reported, not drawn.
      {
        src: `${FIXTURES}/timelinejs-examples.json`,
        rows: 9,
        title: 'Second Council of Nicaea meets',
        eras: 2,
        rejected: [/^record 7: start 'Y-3300000' is beyond the years a timeline can show/],
      },
      { src: `${SAMPLES}/simple-sample.csv`, rows: 5, title: 'Idlib de-escalation zone agreed' },
      { src: `${FIXTURES}/events.csv`, rows: 2, title: 'Sochi summit' },
      { src: `${SAMPLES}/acled-sample.csv`, rows: 20, title: 'Sampleland' },
      { src: `${FIXTURES}/acled.csv`, rows: 1, title: 'Alpha' },
    ];
    for (const file of files) {
      it(`${file.src}: ${file.rows} records, each drawn or reported`, async () => {
        const el = await timelineFixture();
        const detail = await setSrc(el, file.src);
        const rejected = file.rejected ?? [];
        expect(detail.origin).to.equal('src');
        expect(detail.rejected).to.have.length(rejected.length);
        detail.rejected.forEach((r, i) => expect(r.reason).to.match(rejected[i]!));
        expect(detail.accepted).to.equal(file.rows - rejected.length);
        expect(drawnEventIds(el), 'every accepted record is drawn').to.have.length(detail.accepted);
        expect(markLabels(el).some((label) => label.includes(file.title)), `a mark names ${file.title}`).to.equal(true);
        if (rejected.length === 0) expect(noticeText(el)).to.equal(null);
        else expect(notice(el)!.textContent).to.contain(`${rejected.length} of ${file.rows} records could not be shown`);
        expect(shadow(el).querySelectorAll('[part~="era"]').length, 'eras drawn').to.equal(file.eras ?? 0);
      });
    }
  });

  describe('failures', () => {
    const failures: Array<{ name: string; src: () => string; reason: RegExp }> = [
      { name: 'a 404', src: () => `${FIXTURES}/missing.json`, reason: /Could not load missing\.json: the server answered 404 Not Found/ },
      { name: 'a network error', src: () => UNREACHABLE, reason: /Could not load x\.json: the request failed before the server answered/ },
      { name: 'invalid JSON', src: () => `${FIXTURES}/invalid.json`, reason: /Could not load invalid\.json: the JSON could not be read at line 1, column \d+/ },
      {
        name: 'a CSV header no reader knows',
        src: () => URL.createObjectURL(new Blob(['when,what\n2019-02-11,Ankara\n'], { type: 'text/csv' })),
        // A Blob URL's path is a random id: the message names "the data" instead.
        reason: /^The events could not be loaded: Could not load the data: the CSV columns are not ones this timeline reads: .*found when, what/,
      },
      { name: 'a web page instead of data', src: () => `${FIXTURES}/page.html`, reason: /Could not load page\.html: got a web page, not JSON or CSV/ },
    ];
    for (const failure of failures) {
      it(`${failure.name}: an alert with the reason and a retry; the data shown stays`, async () => {
        const el = await timelineFixture();
        const watch = watchEscapes();
        try {
          await setSrc(el, `${FIXTURES}/events.json`);
          const before = drawnEventIds(el);
          expect(before).to.have.members(['a', 'b']);
          let diagnostics = 0;
          el.addEventListener('ct-diagnostics', () => diagnostics++);

          const src = failure.src();
          const box = await failedLoad(el, src);
          expect(box.textContent!.replace(/\s+/g, ' ').trim()).to.match(failure.reason);
          expect(box.textContent).to.contain('The events could not be loaded');
          expect(drawnEventIds(el), 'the previous data is still drawn').to.deep.equal(before);
          expect(diagnostics, 'a failed load reports no diagnostics').to.equal(0);

          // Retry loads again: the alert goes to "loading" and comes back, as the file is still bad.
          const retry = box.querySelector<HTMLButtonElement>('button[part~="retry"]')!;
          expect(retry.textContent!.trim()).to.equal('Try again');
          // The load runs in a worker, whose fetches the page cannot see: a new load is proven by the
          // server's count of requests for the file (when it is the server's) and by its notice.
          const served = src.startsWith('/') ? () => requestsFor(src) : undefined;
          const servedBefore = await served?.();
          let loadingShown = false;
          const watchNotice = new MutationObserver(() => (loadingShown ||= noticeText(el)?.includes('Loading events…') === true));
          watchNotice.observe(shadow(el), { childList: true, subtree: true, characterData: true });
          const failedAgain = oneEvent(el, 'ct-load-error');
          retry.click();
          await failedAgain;
          await settle(el);
          watchNotice.disconnect();
          expect(loadingShown, 'the retry loaded again').to.equal(true);
          if (served) expect(await served(), 'the retry asked the server again').to.be.greaterThan(servedBefore!);
          expect(alertBox(el), 'the retry failed again').to.not.equal(null);
          expect(drawnEventIds(el)).to.deep.equal(before);
          if (src.startsWith('blob:')) URL.revokeObjectURL(src);
          await nextTask();
          expect(watch.escaped).to.deep.equal([]);
        } finally {
          watch.stop();
        }
      });
    }

    it('setting `events` after a failed load clears the alert, as those events are what is shown', async () => {
      const el = await timelineFixture();
      await failedLoad(el, `${FIXTURES}/missing.json`);
      await setEvents(el, [{ id: 'direct', start: '2019-02-11', title: 'Set directly' }]);
      expect(drawnEventIds(el)).to.deep.equal(['direct']);
      expect(alertBox(el)?.textContent ?? null, 'a stale load error').to.equal(null);
    });

    it('retry loads the file once the server answers', async () => {
      const el = await timelineFixture();
      const src = `/__flaky?id=${Math.random()}&file=${SAMPLES}/simple-sample.csv`;
      const box = await failedLoad(el, src);
      expect(box.textContent).to.match(/503 Service Unavailable/);
      const loaded = new Promise<DiagnosticsDetail>((resolve) =>
        el.addEventListener('ct-diagnostics', (e) => resolve(e.detail), { once: true }),
      );
      box.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
      const detail = await loaded;
      await settle(el);
      expect(detail.accepted).to.equal(5);
      expect(drawnEventIds(el)).to.have.length(5);
      expect(notice(el), 'no alert once loaded').to.equal(null);
    });
  });

  describe('events and src together', () => {
    it('`events` takes precedence while set; unsetting it hands the data back to src', async () => {
      const el = await timelineFixture();
      await setSrc(el, `${FIXTURES}/events.json`);
      expect(drawnEventIds(el)).to.have.members(['a', 'b']);
      el.events = [{ id: 'direct', start: '2019-02-11', title: 'Set directly' }];
      await settle(el);
      expect(drawnEventIds(el)).to.deep.equal(['direct']);

      const reloaded = new Promise<DiagnosticsDetail>((resolve) =>
        el.addEventListener('ct-diagnostics', (e) => resolve(e.detail), { once: true }),
      );
      el.events = undefined;
      const detail = await reloaded;
      await settle(el);
      expect(detail.origin).to.equal('src');
      expect(drawnEventIds(el)).to.have.members(['a', 'b']);
    });
  });

  it('unsetting `events` hands the data back to the light-DOM list', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <conflict-timeline><ol><li data-id="listed"><time datetime="2019-02-14">14 February</time> Sochi summit</li></ol></conflict-timeline>
    </div>`);
    const el = wrapper.querySelector('conflict-timeline')!;
    await settle(el);
    expect(drawnEventIds(el), 'the list is read').to.deep.equal(['listed']);
    el.events = [{ id: 'direct', start: '2019-02-11', title: 'Set directly' }];
    await settle(el);
    expect(drawnEventIds(el)).to.deep.equal(['direct']);
    el.events = undefined;
    await settle(el);
    expect(drawnEventIds(el)).to.deep.equal(['listed']);
  });

  it('reads a list added after the element is connected (as frameworks render children)', async () => {
    const el = await timelineFixture();
    const read = oneEvent(el, 'ct-diagnostics');
    el.innerHTML = '<ol><li data-id="late"><time datetime="2019-02-14">14 February</time> Sochi summit</li></ol>';
    const { detail } = await read;
    await settle(el);
    expect(detail).to.include({ origin: 'list', accepted: 1 });
    expect(drawnEventIds(el)).to.deep.equal(['late']);
  });

  describe('a newer src wins', () => {
    it('shows "loading" meanwhile, and a slow older response never overwrites the newer data', async () => {
      const el = await timelineFixture();
      const seen: DiagnosticsDetail[] = [];
      el.addEventListener('ct-diagnostics', (e) => seen.push(e.detail));
      const slow = slowSrc(800, `${SAMPLES}/acled-sample.csv`);
      el.src = slow.src;
      await waitUntil(() => notice(el), 'the loading notice');
      expect(notice(el)!.textContent).to.contain('Loading events…');
      expect(notice(el)?.getAttribute('role')).to.equal('status');
      // The slow request is on its way: what follows races it.
      await slowRequestReached(slow.id, 'received');

      el.src = `${FIXTURES}/events.json`;
      await waitUntil(() => seen.length === 1, 'the newer load', { timeout: 5_000 });
      await settle(el);
      expect(drawnEventIds(el)).to.have.members(['a', 'b']);

      // Once the slow response is over, whatever it would do is done: it must not have landed.
      await slowResponseOver(slow);
      await settle(el);
      expect(seen.map((d) => d.accepted)).to.deep.equal([2]);
      expect(drawnEventIds(el)).to.have.members(['a', 'b']);
      expect(noticeText(el)).to.equal(null);
    });

    it('the slow response does land when nothing replaced it (the delay is real)', async () => {
      // The control for the test above: without a newer src, the slow file is shown.
      const el = await timelineFixture();
      const started = performance.now();
      const detail = await setSrc(el, `/__slow?ms=800&file=${SAMPLES}/acled-sample.csv`);
      expect(performance.now() - started).to.be.at.least(750);
      expect(detail.accepted).to.equal(20);
    });

    it('moving the element in the page while it loads still finishes the load', async () => {
      // Frameworks and drag-and-drop move elements: disconnect, then connect elsewhere.
      const el = await timelineFixture();
      const seen: DiagnosticsDetail[] = [];
      el.addEventListener('ct-diagnostics', (e) => seen.push(e.detail));
      el.src = `/__slow?ms=400&file=${FIXTURES}/events.json`;
      await waitUntil(() => notice(el), 'the loading notice');
      const elsewhere = document.createElement('div');
      elsewhere.style.width = '900px';
      el.parentElement!.after(elsewhere);
      elsewhere.append(el);
      await waitUntil(() => seen.length > 0, 'the load finished after the move', { timeout: 5_000 });
      await settle(el);
      expect(seen.map((d) => d.accepted)).to.deep.equal([2]);
      expect(drawnEventIds(el)).to.have.members(['a', 'b']);
      expect(noticeText(el)).to.equal(null);
      elsewhere.remove();
    });

    it('setting `events` while a src loads cancels the load', async () => {
      const el = await timelineFixture();
      const seen: DiagnosticsDetail[] = [];
      el.addEventListener('ct-diagnostics', (e) => seen.push(e.detail));
      const slow = slowSrc(600, `${SAMPLES}/acled-sample.csv`);
      el.src = slow.src;
      await slowRequestReached(slow.id, 'received');
      el.events = [{ id: 'only', start: '2019-02-11', title: 'Set directly' }];
      await settle(el);
      await slowResponseOver(slow);
      await settle(el);
      expect(seen.map((d) => d.origin)).to.deep.equal(['events']);
      expect(drawnEventIds(el)).to.deep.equal(['only']);
      expect(noticeText(el)).to.equal(null);
    });
  });
});
