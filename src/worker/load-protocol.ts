/** The messages between the page and the load worker (load-worker.ts, load-in-worker.ts). */
import type { RecordDiagnostic, TimelineEra } from '../model/timeline-event.js';
import type { EventColumns } from './event-columns.js';

/** The page asks for one load; a worker does one load and is then ended. */
export interface LoadRequest {
  readonly url: string;
  /** The page's base URL, which a relative `url` is resolved against. */
  readonly base: string;
  /** Past the browser's cache: a retry (LoadOptions.fresh). */
  readonly fresh?: boolean | undefined;
}

/** What the load has read so far: bytes of the body (and its total, when the server says it), and rows. */
export interface LoadProgress {
  readonly bytes: number;
  readonly totalBytes?: number | undefined;
  /** Rows read: counted in the body as it arrives for a table, once read for JSON; undefined until known. */
  readonly rows?: number | undefined;
}

/** What the worker reports. */
export type LoadReport =
  | ({ readonly kind: 'progress' } & LoadProgress)
  /** Records validated so far, of all. */
  | { readonly kind: 'validating'; readonly done: number; readonly total: number }
  | { readonly kind: 'loaded'; readonly result: ColumnarLoad }
  /** The load failed for a reason a person can act on (the server's answer, a file that cannot be read). */
  | { readonly kind: 'failed'; readonly message: string }
  /** The worker itself failed (a record it could not pass on, a fault): the page loads without it. */
  | { readonly kind: 'broken'; readonly message: string };

/** A validated load: the events as columns, the few other parts as they are. */
export interface ColumnarLoad {
  readonly columns: EventColumns;
  readonly rejected: readonly RecordDiagnostic[];
  readonly warnings: readonly RecordDiagnostic[];
  readonly eras: readonly TimelineEra[];
  readonly title?: string | undefined;
  readonly titleText?: string | undefined;
}
