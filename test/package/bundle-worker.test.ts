/**
 * The built package's load worker: the bundle starts its own worker file from dist/bundle-chunks/, the
 * ESM build starts dist/worker/load-worker.js, and under a Content-Security-Policy that refuses the
 * worker the element loads on the page instead, with nothing else blocked and no error. Needs
 * `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { bareFrame } from '../support/bare-frame.js';

const CSV = '/test/data/fixtures/events.csv';
/** The ESM build is hundreds of modules, beyond the 250 entries resource timing keeps by default. */
const ROOM_FOR_TIMINGS = '<script>performance.setResourceTimingBufferSize(10000)</script>';

interface Loads {
  /** Worker scripts the frame loaded. */
  readonly workers: string[];
  /** What the frame's page fetched itself. */
  readonly fetched: string[];
}

function loadsOf(w: Window): Loads {
  const entries = w.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const path = (entry: PerformanceEntry) => new URL(entry.name).pathname;
  return {
    workers: [...new Set(entries.filter((e) => /load-worker[\w-]*\.js$/.test(path(e))).map(path))],
    fetched: entries.filter((e) => e.initiatorType === 'fetch').map(path),
  };
}

const markCount = (w: Window) => w.document.querySelector<ConflictTimeline>('conflict-timeline')?.shadowRoot?.querySelectorAll('svg.plot-svg g.mark[role="button"]').length ?? 0;

describe('the built load worker', () => {
  it('the bundle loads src in its worker chunk, beside its other chunks', async () => {
    const w = await bareFrame(
      `${ROOM_FOR_TIMINGS}<script type="module" src="/dist/conflict-timeline.bundle.js"></script>
       <conflict-timeline src="${CSV}"></conflict-timeline>`,
      (w) => markCount(w) === 2,
    );
    const { workers, fetched } = loadsOf(w);
    expect(workers).to.have.length(1);
    expect(workers[0]).to.match(/^\/dist\/bundle-chunks\/load-worker-[\w-]+\.js$/);
    expect(fetched, 'the page fetched nothing itself').to.deep.equal([]);
    // The worker file is whole: it imports nothing (a worker cannot run the bundle, which defines the element).
    const source = await (await fetch(workers[0]!)).text();
    expect(source).not.to.match(/\bimport\s*[{*"'(]|\bfrom\s*["']/);
  });

  it('the ESM build loads src in dist/worker/load-worker.js', async () => {
    const w = await bareFrame(
      `${ROOM_FOR_TIMINGS}<script type="module">import '/dist/index.js';</script>
       <conflict-timeline src="${CSV}"></conflict-timeline>`,
      (w) => markCount(w) === 2,
    );
    const { workers, fetched } = loadsOf(w);
    expect(workers).to.deep.equal(['/dist/worker/load-worker.js']);
    expect(fetched).to.deep.equal([]);
  });
});

interface WatchedWindow extends Window {
  readonly __blocked: string[];
  readonly __escaped: string[];
}

async function pageUnder(prefix: string): Promise<WatchedWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${prefix}/test/element/pages/csp-timeline.html`;
  document.body.append(frame);
  await loaded;
  const w = frame.contentWindow as WatchedWindow;
  await w.customElements.whenDefined('conflict-timeline');
  for (const el of w.document.querySelectorAll<ConflictTimeline>('conflict-timeline')) {
    await el.renderComplete;
    await new Promise((resolve) => w.requestAnimationFrame(resolve));
    await el.renderComplete;
  }
  return w;
}

const marksIn = (w: Window, id: string) => w.document.querySelector(`#${id}`)!.shadowRoot!.querySelectorAll('g.mark[role="button"]').length;

describe('the load worker under a Content-Security-Policy', () => {
  it('runs where Trusted Types are required and its policy is allowed, with nothing blocked', async () => {
    const w = await pageUnder('/__csp-tt');
    expect([marksIn(w, 'csv'), marksIn(w, 'timelinejs')]).to.deep.equal([2, 2]);
    expect(loadsOf(w).workers).to.have.length(1);
    expect(loadsOf(w).fetched).to.deep.equal([]);
    expect(w.__blocked).to.deep.equal([]);
    expect(w.__escaped).to.deep.equal([]);
  });

  it('loads on the page where only Lit’s policy is allowed: the refused policy is the one report', async () => {
    const w = await pageUnder('/__csp-tt-lit');
    expect([marksIn(w, 'csv'), marksIn(w, 'timelinejs')]).to.deep.equal([2, 2]);
    expect(loadsOf(w).workers).to.deep.equal([]);
    expect(loadsOf(w).fetched.sort()).to.deep.equal(['/test/data/fixtures/events.csv', '/test/data/fixtures/timelinejs-markup.json']);
    expect(w.__blocked).to.deep.equal(['trusted-types: trusted-types-policy conflict-timeline']);
    expect(w.__escaped).to.deep.equal([]);
  });

  it('loads on the page where workers are refused', async () => {
    const w = await pageUnder('/__csp-no-worker');
    expect([marksIn(w, 'csv'), marksIn(w, 'timelinejs')]).to.deep.equal([2, 2]);
    expect(loadsOf(w).fetched.sort()).to.deep.equal(['/test/data/fixtures/events.csv', '/test/data/fixtures/timelinejs-markup.json']);
    expect(w.__blocked.length).to.be.greaterThan(0);
    expect(w.__blocked.every((report) => report.startsWith('worker-src:'))).to.equal(true);
    expect(w.__escaped).to.deep.equal([]);
  });
});
