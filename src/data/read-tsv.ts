/**
 * Tab-separated text (cells copied from a spreadsheet, or a .tsv file) to raw
 * records, in any layout the table reader knows (simple, ACLED, TimelineJS sheet).
 */
import type { RecordBatch } from './record-batch.js';
import { withoutByteOrderMark } from './plain-text.js';
import { readTable } from './read-table.js';
import { tabSeparatedRows } from './tab-separated-rows.js';

const TAB = '\t';
const COMMA = ',';
const LINE_BREAK = /\r|\n/;

/**
 * True when the text's first line (its header) is split by tabs rather than commas. Header names hold
 * neither, so the more frequent of the two is the separator.
 */
export function isTabSeparated(text: string): boolean {
  const firstLine = text.split(LINE_BREAK, 1)[0] ?? '';
  const count = (separator: string) => firstLine.split(separator).length - 1;
  return count(TAB) > count(COMMA);
}

export function readTsv(text: string): RecordBatch {
  // Spreadsheets never leave a quote open on the clipboard: any quote that does not make a well-formed cell is text.
  const [header, ...body] = tabSeparatedRows(withoutByteOrderMark(text));
  return readTable({ header, body, problems: [], noun: 'table' });
}
