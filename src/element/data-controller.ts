import { Task, TaskStatus } from '@lit/task';
import { isPending, whenSettled } from './task-state.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readLightDomList } from '../data/read-light-dom.js';
import type { RecordBatch } from '../data/record-batch.js';
import type { EventSet } from '../model/timeline-event.js';
import { validateUntrusted } from '../model/validate-events.js';
import type { LoadStatus } from './load-notice.js';
import type { LoadProgress } from '../worker/load-protocol.js';
import { withReaderWarnings } from '../data/reader-warnings.js';
import type { DiagnosticsDetail } from './timeline-events.js';

/**
 * The readers for fetched data (JSON, TimelineJS, CSV) load with the first
 * `src`: pages that pass `events` or a list never download them. A `src` is
 * loaded in a worker (with its own copy of the readers); these are for when
 * no worker can be made.
 */
const loadSourceModule = () => import('../data/load-source.js');
/** The page's side of a load in a worker: loaded with the first `src`, as the readers are. */
const workerModule = () => import('../worker/load-in-worker.js');

/** How long a `src` load may take by default: a slow newsroom server answers well within it, a dead one does not. */
export const DEFAULT_LOAD_TIMEOUT_MS = 30_000;

export type DataOrigin = DiagnosticsDetail['origin'];

/** Where the data comes from now: `events` while set, else `src`, else the light-DOM list. */
export type DataInput =
  /** The value of `events` as set: the args of the task are compared by identity, so it is not wrapped here. */
  | readonly ['events', unknown]
  | readonly ['src', string]
  | readonly ['list', RecordBatch | undefined];

/** Validated data and where it came from. */
export interface LoadedData {
  readonly eventSet: EventSet;
  readonly origin: DataOrigin;
  /** The file's own title slide (TimelineJS), when it has one. */
  readonly heading?: { readonly title: string; readonly text?: string };
}

/** How a `src` load ended without data: the server's or reader's reason, no answer in time, or the reader's Cancel. */
type FailureKind = 'failed' | 'timed-out' | 'cancelled';

/** A `src` load that failed, in words a person can act on. */
class LoadFailure extends Error {
  constructor(
    readonly url: string,
    message: string,
    readonly kind: FailureKind = 'failed',
  ) {
    super(message);
  }
}

export interface DataOptions {
  /** The host's `events` and `src`: the first that is set supplies the data. */
  readonly events: () => unknown;
  readonly src: () => string | undefined;
  /** Loads that take longer than this (ms) show their progress. */
  readonly progressDelayMs: () => number;
  /** A `src` load with no complete answer after this long (ms) fails, with a retry. */
  readonly timeoutMs: () => number;
  readonly onData: (data: LoadedData) => void;
  readonly onLoadError: (url: string, message: string) => void;
}

type DataHost = ReactiveControllerHost & HTMLElement;

/**
 * Turns the host's data (the `events` property, the `src` URL or the list in its light DOM) into a
 * validated EventSet, through one @lit/task: the latest input wins, and starting a load aborts the one
 * it replaces, the fetch and the sliced validation alike. `settled` waits for the current load.
 */
export class DataController implements ReactiveController {
  /** Share of a large load validated so far, once it has taken long enough to show. */
  private progress?: number;
  /** What a `src` load has read so far (bytes, rows), as its worker reports it. */
  private received?: LoadProgress;
  /** Where the load in progress reads from. */
  private loading?: DataOrigin;
  /** The light-DOM list as last read; re-read on a mutation while the list is in charge. */
  private list?: RecordBatch;
  private listObserver?: MutationObserver;
  /** A load cut off by disconnection, to finish on reconnection (the element was moved, not removed for good). */
  private interrupted = false;
  /** The reader asked to try again: the next load asks the server, not the browser's cache. */
  private freshNext = false;
  /** Stops the `src` load in progress on the reader's Cancel. */
  private cancelSource?: AbortController;

  private readonly task: Task<DataInput, LoadedData | undefined>;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => this.input(),
      task: (input, { signal }) => this.load(input, signal),
      onComplete: (data) => data && options.onData(data),
      onError: (error) => {
        if (error instanceof LoadFailure && error.kind !== 'cancelled') options.onLoadError(error.url, error.message);
      },
    });
  }

  /** What the notice shows: loading, validation progress, or a failed load. */
  get status(): LoadStatus {
    if (this.task.status === TaskStatus.PENDING) {
      const cancellable = this.cancelSource !== undefined;
      if (this.progress !== undefined) return { kind: 'preparing', share: this.progress, cancellable };
      if (this.loading !== 'src') return { kind: 'idle' };
      return this.received ? { kind: 'loading', progress: this.received } : { kind: 'loading' };
    }
    const error = this.task.error;
    if (this.task.status !== TaskStatus.ERROR || !(error instanceof LoadFailure)) return { kind: 'idle' };
    if (error.kind === 'timed-out') return { kind: 'timed-out', seconds: this.limitSeconds() };
    return error.kind === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', message: error.message };
  }

  get pending(): boolean {
    return isPending(this.task);
  }

  /** Resolves when the current load has ended, in whichever way. */
  get settled(): Promise<void> {
    return whenSettled(this.task);
  }

  retry(): void {
    this.freshNext = true;
    void this.task.run();
  }

  /** The reader's Cancel: stops the `src` load in progress and keeps what was shown. */
  cancel(): void {
    this.cancelSource?.abort();
  }

  hostConnected(): void {
    this.listObserver = new MutationObserver((mutations) => {
      // The host's own attributes (theme, locale, gaps reflected) are not the list: only what is inside it is.
      if (mutations.some((m) => m.target !== this.host || m.type !== 'attributes')) this.listChanged();
    });
    this.listObserver.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
    if (this.interrupted) {
      this.interrupted = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.listObserver?.disconnect();
    this.listObserver = undefined;
    if (this.task.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.task.abort();
  }

  private input(): DataInput {
    const events = this.options.events();
    if (events !== undefined) return ['events', events];
    const src = this.options.src();
    if (src) return ['src', src];
    this.list ??= readList(this.host);
    return ['list', this.list];
  }

  private async load(input: DataInput, signal: AbortSignal): Promise<LoadedData | undefined> {
    this.progress = undefined;
    this.received = undefined;
    this.loading = input[0];
    // Only the load the reader's retry starts goes past the browser's cache.
    const fresh = this.freshNext;
    this.freshNext = false;
    if (input[0] === 'src') return this.loadSrc(input[1], signal, fresh);
    const batch = input[0] === 'events' ? recordsOnly(input[1]) : input[1];
    if (!batch) return undefined;
    return this.validate(batch, input[0], signal);
  }

  /** Validates a batch on the page, in slices, showing its progress once it takes long enough. */
  private async validate(batch: RecordBatch, origin: DataOrigin, signal: AbortSignal): Promise<LoadedData> {
    const started = performance.now();
    const eventSet = await validateUntrusted(batch.records, batch.eras, {
      signal,
      onProgress: (done, total) => this.showPreparing(signal, started, done / total),
    });
    this.progress = undefined;
    return { eventSet: withReaderWarnings(eventSet, batch), origin, ...headingOf(batch) };
  }

  private showPreparing(signal: AbortSignal, started: number, share: number): void {
    if (signal.aborted || performance.now() - started < this.options.progressDelayMs()) return;
    // The notice shows whole percents: a slice that moves none of them is no reason to render the element.
    const shown = this.progress === undefined ? undefined : Math.floor(this.progress * 100);
    this.progress = share;
    if (Math.floor(share * 100) !== shown) this.host.requestUpdate();
  }

  /**
   * Loads `src` in a worker, or on the page when no worker can be made; ends with a LoadFailure on the
   * server's error, the time limit or Cancel.
   */
  private async loadSrc(url: string, signal: AbortSignal, fresh: boolean): Promise<LoadedData | undefined> {
    const cancel = new AbortController();
    this.cancelSource = cancel;
    // The time limit is the server's: it ends once the whole file has arrived, whether a worker or the
    // page then reads it. A large file's preparation may take longer, and Cancel still stops it.
    const limiter = new AbortController();
    const limit = limiter.signal;
    const timer = setTimeout(() => limiter.abort(), this.options.timeoutMs());
    const arrived = () => clearTimeout(timer);
    const stop = AbortSignal.any([signal, cancel.signal, limit]);
    try {
      const inWorker = await this.loadInWorker(url, stop, fresh, arrived);
      if (inWorker) return inWorker;
      const { loadSource } = await loadSourceModule();
      const batch = await loadSource(url, { signal: stop, fresh });
      arrived();
      this.cancelSource = undefined;
      return await this.validate(batch, 'src', signal);
    } catch (error) {
      // A newer load replaced this one: nothing to report.
      if (signal.aborted) throw error;
      if (limit.aborted) throw new LoadFailure(url, `no answer within ${this.limitSeconds()} s`, 'timed-out');
      if (cancel.signal.aborted) throw new LoadFailure(url, 'cancelled', 'cancelled');
      throw new LoadFailure(url, error instanceof Error ? error.message : String(error));
    } finally {
      arrived();
      if (this.cancelSource === cancel) this.cancelSource = undefined;
      this.received = undefined;
    }
  }

  /** The load done in a worker; undefined when no worker could do it (then the page loads it). */
  private async loadInWorker(url: string, signal: AbortSignal, fresh: boolean, arrived: () => void): Promise<LoadedData | undefined> {
    const { loadInWorker, WorkerUnavailable } = await workerModule();
    const started = performance.now();
    try {
      const { eventSet, title, titleText } = await loadInWorker(url, {
        fresh,
        signal,
        onProgress: (progress) => {
          this.received = progress;
          this.host.requestUpdate();
        },
        // The worker validates once the whole file is in.
        onPreparing: (share) => {
          arrived();
          this.showPreparing(signal, started, share);
        },
      });
      this.progress = undefined;
      return { eventSet, origin: 'src', ...headingOf({ title, titleText }) };
    } catch (error) {
      if (error instanceof WorkerUnavailable && !signal.aborted) {
        this.received = undefined;
        this.progress = undefined;
        return undefined;
      }
      throw error;
    }
  }

  /** The time limit in seconds, to a tenth. */
  private limitSeconds(): number {
    return Math.round(this.options.timeoutMs() / 100) / 10;
  }

  /** Re-reads the list when the host's light DOM changed, and reloads only if what it says changed. */
  private listChanged(): void {
    if (this.options.events() !== undefined || this.options.src()) {
      this.list = undefined;
      return;
    }
    const fresh = readList(this.host);
    if (sameBatch(fresh, this.list)) return;
    this.list = fresh;
    this.host.requestUpdate();
  }
}

/** `events` as a batch: a value that is not an array is one record (which validation then judges). */
function recordsOnly(events: unknown): RecordBatch {
  return { records: Array.isArray(events) ? events : [events], eras: [], format: 'json' };
}


/** The host's list as records; undefined when it has none (then the data stays as it was). */
function readList(host: HTMLElement): RecordBatch | undefined {
  const batch = readLightDomList(host);
  return batch.records.length === 0 && !host.querySelector('ol, ul') ? undefined : batch;
}

/** Whether two reads of the list say the same: a mutation that changed nothing the reader uses changes nothing. */
function sameBatch(a: RecordBatch | undefined, b: RecordBatch | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return JSON.stringify([a.records, a.eras]) === JSON.stringify([b.records, b.eras]);
}

/** A title slide's headline and text, when the batch has one. */
function headingOf(batch: Pick<RecordBatch, 'title' | 'titleText'>): Pick<LoadedData, 'heading'> {
  if (batch.title === undefined) return {};
  const text = batch.titleText;
  return { heading: { title: batch.title, ...(text === undefined ? {} : { text }) } };
}
