/**
 * The page's side of a `src` load in a worker (load-worker.ts): starts the worker, passes on its
 * progress, ends it when the load is aborted (a newer load, the reader's Cancel, the time limit), and
 * makes the events again from the columns it hands over, in slices. When no worker can be made (no
 * Worker, a Content-Security-Policy that refuses it, its script failing to load) or the worker fails
 * in itself, this rejects with WorkerUnavailable, and the caller loads on the page as before.
 */
import { actorsOf, categoriesOf, valueCountsStepwise } from '../model/event-filter.js';
import { nextTask, runInTurns, type Stepwise } from '../model/stepwise.js';
import type { EventSet } from '../model/timeline-event.js';
import { DEFAULT_SLICE_SIZE } from '../model/validate-events.js';
import { eventsFromColumns } from './events-from-columns.js';
import type { ColumnarLoad, LoadProgress, LoadReport, LoadRequest } from './load-protocol.js';

/** This load cannot run in a worker; load on the page instead. */
export class WorkerUnavailable extends Error {
  override readonly name = 'WorkerUnavailable';
}

/** A load that failed for a reason the worker states (SourceLoadError's message). */
export class WorkerLoadFailure extends Error {
  override readonly name = 'WorkerLoadFailure';
}

export interface WorkerLoadOptions {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: LoadProgress) => void;
  /** Share of the load's records validated and made into events. */
  readonly onPreparing: (share: number) => void;
  /** Past the browser's cache (LoadOptions.fresh): a retry. */
  readonly fresh?: boolean | undefined;
}

/** What the worker loaded, as the page's own validation would have made it. */
export interface WorkerLoad {
  readonly eventSet: EventSet;
  readonly title?: string | undefined;
  readonly titleText?: string | undefined;
}

/** Share of "preparing" the worker's validation stands for; making the events on the page is the rest. */
const VALIDATION_SHARE = 0.8;
/**
 * Events made between chances of a turn for the page (taken once 12 ms have passed, see runInTurns): an
 * ACLED row has some 25 fields to put in its Map, so 5,000 of them took 40–60 ms, too long for one turn.
 */
const EVENTS_PER_STEP = 500;
/**
 * Work per turn while making events (ms), under stepwise.ts's 12: what is made here lives on, so the
 * garbage collector's pauses (up to 70 ms for a 50 MB file here) fall into these turns and add to them.
 */
const MAKING_BUDGET_MS = 5;

export async function loadInWorker(url: string, options: WorkerLoadOptions): Promise<WorkerLoad> {
  const load = await loadColumns(url, options);
  const { onPreparing, signal } = options;
  const making = eventSetOf(load, (share) => onPreparing(VALIDATION_SHARE + (1 - VALIDATION_SHARE) * share));
  const eventSet = await runInTurns(making, nextTask, signal, MAKING_BUDGET_MS);
  return { eventSet, title: load.title, titleText: load.titleText };
}

function startWorker(): Worker {
  if (typeof Worker !== 'function') throw new WorkerUnavailable('this browser has no Worker');
  try {
    // The form bundlers recognise (Vite, webpack, Parcel): they build the worker's script beside the page's
    // chunks. rollup.config.mjs starts the bundle's own worker file here, through trustedScriptUrl.
    return new Worker(new URL('./load-worker.js', import.meta.url), { type: 'module' });
  } catch (error) {
    throw new WorkerUnavailable(`no worker could be made (${String(error)})`, { cause: error });
  }
}

/** The Trusted Types policy that vouches for the worker's script once made, or why the page refused it (asked once). */
let workerPolicy: { createScriptURL(url: string): unknown } | Error | undefined;
/** Where a page requires Trusted Types, only this policy may name a worker script, and it names this one only. */
export const WORKER_POLICY = 'conflict-timeline';

/**
 * The script's address as a Worker takes it: a TrustedScriptURL from our own policy where the browser has
 * Trusted Types, so that a page that requires them and allows the policy runs the worker, with no violation.
 * A page that does not allow it refuses the policy (the browser reports that once), and loads on the page.
 * The bundle starts its worker through this (rollup.config.mjs puts it into startWorker). The ESM build
 * starts its worker by the plain URL a bundler rewrites: a page that requires Trusted Types refuses that
 * unless its own policy allows it, and then loads on the page.
 */
export function trustedScriptUrl(script: URL): string {
  const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } } }).trustedTypes;
  if (types === undefined) return script.href;
  try {
    workerPolicy ??= types.createPolicy(WORKER_POLICY, {
      createScriptURL: (url) => {
        if (url !== script.href) throw new TypeError(`${WORKER_POLICY} names only its load worker, not ${url}`);
        return url;
      },
    });
  } catch (error) {
    workerPolicy = error instanceof Error ? error : new Error(String(error));
  }
  if (workerPolicy instanceof Error) throw workerPolicy;
  // A TrustedScriptURL is what the constructor takes where a string is typed.
  return workerPolicy.createScriptURL(script.href) as string;
}

/** The worker's load, as columns; ends the worker when done, failed or aborted. */
function loadColumns(url: string, { signal, onProgress, onPreparing, fresh }: WorkerLoadOptions): Promise<ColumnarLoad> {
  signal.throwIfAborted();
  const worker = startWorker();
  return new Promise<ColumnarLoad>((resolve, reject) => {
    const end = (settle: () => void) => {
      worker.terminate();
      signal.removeEventListener('abort', aborted);
      settle();
    };
    const aborted = () => end(() => reject(signal.reason));
    signal.addEventListener('abort', aborted);
    // A script that does not load (404, refused by policy) or a fault while running: load without the worker.
    worker.onerror = (event) => {
      event.preventDefault();
      end(() => reject(new WorkerUnavailable(`the load worker failed (${event.message || 'its script did not load'})`)));
    };
    worker.onmessageerror = () => end(() => reject(new WorkerUnavailable('the load worker sent what the page could not read')));
    worker.onmessage = ({ data }: MessageEvent<LoadReport>) => {
      switch (data.kind) {
        case 'progress':
          return onProgress(data);
        case 'validating':
          return onPreparing(data.total === 0 ? VALIDATION_SHARE : (VALIDATION_SHARE * data.done) / data.total);
        case 'loaded':
          return end(() => resolve(data.result));
        case 'failed':
          return end(() => reject(new WorkerLoadFailure(data.message)));
        case 'broken':
          return end(() => reject(new WorkerUnavailable(`the load worker failed (${data.message})`)));
      }
    };
    const request: LoadRequest = { url, base: document.baseURI, fresh };
    worker.postMessage(request);
  });
}

/** The events from the columns and the rest as sent; a large load counts its actors and kinds too, as validation does on the page. */
function* eventSetOf(load: ColumnarLoad, onShare: (share: number) => void): Stepwise<EventSet> {
  const events = yield* eventsFromColumns(load.columns, EVENTS_PER_STEP, (made) => onShare(made / load.columns.count));
  if (events.length > DEFAULT_SLICE_SIZE) {
    yield* valueCountsStepwise(events, actorsOf, DEFAULT_SLICE_SIZE);
    yield* valueCountsStepwise(events, categoriesOf, DEFAULT_SLICE_SIZE);
  }
  return { events, rejected: load.rejected, warnings: load.warnings, eras: load.eras };
}
