/**
 * A row's columns that a reader did not turn into the record's own fields, for `fields`: kept as
 * text under their column names, so lanes can group by them and search can find them.
 */
import { textOf } from './plain-text.js';

/** The row's non-empty cells whose column is not in `consumed`, or undefined when there are none. */
export function otherColumns(row: Readonly<Record<string, unknown>>, consumed: ReadonlySet<string>): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  let any = false;
  for (const [column, value] of Object.entries(row)) {
    const text = textOf(value);
    if (text === undefined || consumed.has(column) || column === '') continue;
    // Defined, not assigned, so a column named __proto__ is a field like any other.
    Object.defineProperty(fields, column, { value: text, enumerable: true, writable: true, configurable: true });
    any = true;
  }
  return any ? fields : undefined;
}
