/**
 * What the table's rows make: a record per row, how each typed date reads, and what validation (the
 * element's own, validateEvents) says of them. The accepted records are what the preview shows and the
 * snippet and files contain; the rejected ones are listed with their reasons, by row.
 */
import { validateEvents } from '../../src/model/validate-events.js';
import { recordOfRow, type EventRecord, type EventRow } from './event-row.js';
import { readTypedDate, type TypedDate } from './typed-date.js';

export interface RowReport {
  readonly key: string;
  /** The row's number in the table, from 1. */
  readonly number: number;
  readonly title: string;
  /** The reason without validation's "record N: ", which counts from 0 and would not match the table. */
  readonly reason: string;
}

export interface AuthorEvents {
  readonly records: readonly EventRecord[];
  readonly dates: ReadonlyMap<string, { readonly start: TypedDate; readonly end: TypedDate }>;
  /** The records validation accepts, in table order. */
  readonly accepted: readonly EventRecord[];
  readonly rejected: readonly RowReport[];
  /** Accepted records that were changed to be shown (an unsafe link dropped, a duplicate id renamed). */
  readonly warnings: readonly RowReport[];
}

const RECORD_PREFIX = /^record \d+: /;

export function authorEvents(rows: readonly EventRow[], published: string): AuthorEvents {
  const records = rows.map((row) => recordOfRow(row, published));
  const dates = new Map(rows.map((row) => [row.key, { start: readTypedDate(row.start, published), end: readTypedDate(row.end, published) }]));
  const { rejected, warnings } = validateEvents(records);
  const report = ({ index, reason }: { index: number; reason: string }): RowReport => ({
    key: rows[index]!.key,
    number: index + 1,
    title: rows[index]!.title.trim(),
    reason: reason.replace(RECORD_PREFIX, ''),
  });
  const rejectedIndexes = new Set(rejected.map((diagnostic) => diagnostic.index));
  return {
    records,
    dates,
    accepted: records.filter((_, index) => !rejectedIndexes.has(index)),
    rejected: rejected.map(report),
    warnings: warnings.map(report),
  };
}
