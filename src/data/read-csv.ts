/**
 * CSV text to raw records, in one of two layouts recognised by the header:
 * the simple layout (`start,end,title,…`) or an ACLED export.
 */
import { csvParseRows } from 'd3-dsv';
import { DataFormatError, type RecordBatch } from './record-batch.js';
import { withoutByteOrderMark } from './plain-text.js';
import { ACLED_COLUMNS, ACLED_REQUIRED_COLUMNS, acledRowToRecord } from './acled-record.js';
import { SIMPLE_OPTIONAL_COLUMNS, SIMPLE_REQUIRED_COLUMNS, simpleRowToRecord } from './simple-csv-record.js';

const EXPECTED_COLUMNS =
  `expected a header with ${SIMPLE_REQUIRED_COLUMNS.join(', ')} ` +
  `(optionally ${SIMPLE_OPTIONAL_COLUMNS.join(', ')}), ` +
  `or an ACLED export with ${ACLED_COLUMNS.join(', ')}`;
/** How many unrecognised header names to quote in an error before eliding the rest. */
const COLUMNS_SHOWN = 8;

type Row = Record<string, string>;

function normaliseColumn(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Rows as objects keyed by normalised column name. Built by hand from
 * `csvParseRows` because `csvParse` compiles a row converter with
 * `new Function`, which pages with a strict Content-Security-Policy forbid.
 */
function rowObjects(header: readonly string[], rows: readonly string[][]): Row[] {
  return rows.map((cells) => {
    const row: Row = {};
    header.forEach((column, index) => {
      if (!(column in row) || row[column] === '') row[column] = cells[index] ?? '';
    });
    return row;
  });
}

/** Lines with no content at all (blank lines, `,,,` left by spreadsheets) hold no record to report. */
function hasContent(cells: readonly string[]): boolean {
  return cells.some((cell) => cell.trim() !== '');
}

function hasColumns(header: readonly string[], required: readonly string[]): boolean {
  return required.every((column) => header.includes(column));
}

function describeHeader(header: readonly string[]): string {
  const shown = header.slice(0, COLUMNS_SHOWN).join(', ');
  return header.length > COLUMNS_SHOWN ? `${shown}, …` : shown;
}

export function readCsv(text: string): RecordBatch {
  const [rawHeader, ...body] = csvParseRows(withoutByteOrderMark(text));
  if (rawHeader === undefined || !hasContent(rawHeader)) {
    throw new DataFormatError(`The CSV is empty: ${EXPECTED_COLUMNS}.`);
  }
  const header = rawHeader.map(normaliseColumn);
  const rows = rowObjects(header, body.filter(hasContent));
  if (hasColumns(header, ACLED_REQUIRED_COLUMNS)) {
    return { records: rows.map(acledRowToRecord), eras: [], format: 'acled-csv' };
  }
  if (hasColumns(header, SIMPLE_REQUIRED_COLUMNS)) {
    return { records: rows.map(simpleRowToRecord), eras: [], format: 'csv' };
  }
  throw new DataFormatError(
    `The CSV columns are not ones this timeline reads: ${EXPECTED_COLUMNS}; found ${describeHeader(rawHeader)}.`,
  );
}
