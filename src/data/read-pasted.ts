/**
 * Text pasted into a page (cells copied from Google Sheets, Excel or
 * LibreOffice, which arrive tab-separated, or CSV text) to raw records.
 */
import { DataFormatError, type RecordBatch } from './record-batch.js';
import { withoutByteOrderMark } from './plain-text.js';
import { readCsv } from './read-csv.js';
import { EXPECTED_COLUMNS } from './read-table.js';
import { isTabSeparated, readTsv } from './read-tsv.js';

/** Blank lines before the header, which a selection dragged from above the table brings along. */
const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n?|\n))+/;

/**
 * The records in pasted table text, tab-separated or CSV (told apart by the header line), in any layout
 * the CSV reader knows: simple, ACLED, or a TimelineJS sheet (whose title and eras come with it).
 * Throws a `DataFormatError` with a sentence to show when the text is no such table.
 */
export function readPastedTable(text: string): RecordBatch {
  const content = withoutByteOrderMark(text).replace(LEADING_BLANK_LINES, '');
  if (content.trim() === '') {
    throw new DataFormatError(`Nothing was pasted: copy the cells with their header row from a spreadsheet, or CSV text (${EXPECTED_COLUMNS}).`);
  }
  return isTabSeparated(content) ? readTsv(content) : readCsv(content);
}
