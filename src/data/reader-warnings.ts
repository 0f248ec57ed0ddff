import type { EventSet } from '../model/timeline-event.js';
import type { RecordBatch } from './record-batch.js';

/**
 * The validated set with what the reader noticed about the file's structure (a quote never closed)
 * reported among the records' own warnings, in record order.
 */
export function withReaderWarnings(eventSet: EventSet, batch: RecordBatch): EventSet {
  if (!batch.warnings?.length) return eventSet;
  return { ...eventSet, warnings: [...batch.warnings, ...eventSet.warnings].sort((a, b) => a.index - b.index) };
}
