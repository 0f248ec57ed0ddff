/**
 * The module worker that loads a `src`: fetches it (streaming the body, to count bytes and rows as they
 * arrive), decodes and reads it, validates the records, and hands the page the events as columns of
 * transferable arrays (event-columns.ts). The page ends the worker to stop it, at once, whatever it is doing.
 */
import { loadSource, SourceLoadError } from '../data/load-source.js';
import { RowCounter } from '../data/row-counter.js';
import { withReaderWarnings } from '../data/reader-warnings.js';
import { validateUntrusted } from '../model/validate-events.js';
import { eventColumns } from './event-columns.js';
import type { LoadProgress, LoadReport, LoadRequest } from './load-protocol.js';

/** Reports of progress at most this often (ms): each one redraws the page's notice. */
const REPORT_INTERVAL_MS = 100;

interface WorkerScope {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(report: LoadReport, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => void load(data);

async function load({ url, base, fresh }: LoadRequest): Promise<void> {
  const rows = new RowCounter();
  let reported = -Infinity;
  const due = () => {
    const now = performance.now();
    if (now - reported < REPORT_INTERVAL_MS) return false;
    reported = now;
    return true;
  };
  let read: LoadProgress = { bytes: 0 };
  try {
    const batch = await loadSource(url, {
      base,
      fresh,
      onBytes: (chunk, bytes, totalBytes) => {
        rows.add(chunk);
        read = { bytes, totalBytes, rows: rows.rows };
        if (due()) scope.postMessage({ kind: 'progress', ...read });
      },
    });
    // The whole body, and the rows as read: the count in the body was the reader's best guess as it came.
    scope.postMessage({ kind: 'progress', ...read, rows: batch.records.length });
    scope.postMessage({ kind: 'validating', done: 0, total: batch.records.length });
    const eventSet = await validateUntrusted(batch.records, batch.eras, {
      onProgress: (done, total) => due() && scope.postMessage({ kind: 'validating', done, total }),
      // Nothing else runs on this thread: no turns to give.
      yieldToPage: () => Promise.resolve(),
      turnBudgetMs: Infinity,
      // Counted on the page, for the events it makes from the columns (load-in-worker.ts).
      countValues: false,
    });
    const { events, rejected, warnings, eras } = withReaderWarnings(eventSet, batch);
    const { columns, transfer } = eventColumns(events);
    const result = { columns, rejected, warnings, eras, title: batch.title, titleText: batch.titleText };
    scope.postMessage({ kind: 'loaded', result }, transfer);
  } catch (error) {
    // A load that failed for a reason the page states; anything else is the worker's own failure, and the page loads without it.
    if (error instanceof SourceLoadError) scope.postMessage({ kind: 'failed', message: error.message });
    else scope.postMessage({ kind: 'broken', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
