/**
 * Rows of a table (from CSV or tab-separated text) to raw records, in one of
 * the layouts recognised by the header: the simple layout (`start,end,title,…`),
 * an ACLED export, a UCDP GED export, a Wikidata query result, or a TimelineJS spreadsheet.
 */
import type { RecordDiagnostic } from '../model/timeline-event.js';
import { DataFormatError, type PartialEventRecord, type RecordBatch, type RecordFormat, type TitleSlide } from './record-batch.js';
import { ACLED_COLUMNS, ACLED_REQUIRED_COLUMNS, readAcledRows } from './acled-record.js';
import { isWikidataHeader, readWikidataRows } from './read-wikidata.js';
import { readUcdpGedRows, UCDP_GED_REQUIRED_COLUMNS } from './ucdp-ged-record.js';
import { SIMPLE_OPTIONAL_COLUMNS, SIMPLE_REQUIRED_COLUMNS, simpleRowToRecord } from './simple-csv-record.js';
import { readTimelineJsSheet, TIMELINEJS_SHEET_COLUMNS, TIMELINEJS_SHEET_REQUIRED_COLUMNS } from './timelinejs-sheet.js';

/** How many unrecognised header names to quote in an error before eliding the rest. */
const COLUMNS_SHOWN = 8;
const TIMELINEJS_COLUMNS_NAMED = ['Year', 'Month', 'Day', 'Headline', 'Text', 'Type', 'Group'];

export const EXPECTED_COLUMNS =
  `expected a header with ${SIMPLE_REQUIRED_COLUMNS.join(', ')} ` +
  `(optionally ${SIMPLE_OPTIONAL_COLUMNS.join(', ')}), ` +
  `or an ACLED export with ${ACLED_COLUMNS.join(', ')}, ` +
  `or a UCDP GED export with ${UCDP_GED_REQUIRED_COLUMNS.join(', ')}, ` +
  `or a Wikidata query result with item, itemLabel and date (or start, pointInTime, time), ` +
  `or a TimelineJS sheet with ${TIMELINEJS_COLUMNS_NAMED.join(', ')} and the template's other ` +
  `${TIMELINEJS_SHEET_COLUMNS.length - TIMELINEJS_COLUMNS_NAMED.length} columns`;

/**
 * A quoting problem in one row (found by the CSV reader), in words that complete "…is malformed: "
 * and "record 3: ". `row` is the row's index among the rows read, the header being row 0.
 */
export interface RowProblem {
  readonly row: number;
  readonly text: string;
}

/** The table as read: the header and body rows as cells, and what went wrong in their quoting. */
export interface TableRows {
  readonly header: readonly string[] | undefined;
  readonly body: readonly (readonly string[])[];
  readonly problems: readonly RowProblem[];
  /** The table's kind in messages: "CSV", "table". */
  readonly noun: string;
}

type Row = Record<string, string>;

/** How a layout reads its rows: records (each from one row, by index in `rows`), and maybe eras and a title slide. */
interface LayoutReading extends TitleSlide {
  readonly records: readonly unknown[];
  readonly recordRows: readonly number[];
  readonly eras?: readonly unknown[];
  /** Rows read as something other than a record (a title, an era), by index in `rows`. */
  readonly otherRows?: readonly number[];
  /** What the layout assumed or could not read, on the records (by index in `records`), as `record N: …`. */
  readonly warnings?: readonly RecordDiagnostic[];
}

interface Layout {
  readonly format: RecordFormat;
  readonly required: readonly string[];
  /** A test of the header beyond its required columns (a query result's variables are its own). */
  readonly matches?: (header: readonly string[]) => boolean;
  readonly read: (rows: readonly Row[], header: readonly string[]) => LayoutReading;
}

function eachRowToRecord(rowToRecord: (row: Row) => PartialEventRecord): Layout['read'] {
  return (rows) => ({ records: rows.map(rowToRecord), recordRows: rows.map((_, index) => index) });
}

function readAcled(rows: readonly Row[]): LayoutReading {
  const { records, warnings } = readAcledRows(rows);
  return { records, recordRows: rows.map((_, index) => index), warnings };
}

function readUcdpGed(rows: readonly Row[]): LayoutReading {
  const { records, warnings } = readUcdpGedRows(rows);
  return { records, recordRows: rows.map((_, index) => index), warnings };
}

function readWikidataTable(rows: readonly Row[], header: readonly string[]): LayoutReading {
  return { records: readWikidataRows(rows, header), recordRows: rows.map((_, index) => index) };
}

/** Tried in this order; the first whose required columns the header has reads the table. */
const LAYOUTS: readonly Layout[] = [
  { format: 'acled-csv', required: ACLED_REQUIRED_COLUMNS, read: readAcled },
  { format: 'ucdp-ged-csv', required: UCDP_GED_REQUIRED_COLUMNS, read: readUcdpGed },
  { format: 'csv', required: SIMPLE_REQUIRED_COLUMNS, read: eachRowToRecord(simpleRowToRecord) },
  { format: 'wikidata-csv', required: [], matches: isWikidataHeader, read: readWikidataTable },
  { format: 'timelinejs-sheet', required: TIMELINEJS_SHEET_REQUIRED_COLUMNS, read: readTimelineJsSheet },
];

/** Header names are matched trimmed, in lower case and with single spaces (`Display  Date`). */
function normaliseColumn(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A row as an object keyed by normalised column name. Built by hand because d3's `csvParse`, which
 * does this, compiles a row converter with `new Function`, which pages with a strict
 * Content-Security-Policy forbid. A repeated column keeps its first non-empty cell.
 */
function rowObject(header: readonly string[], cells: readonly string[]): Row {
  const row: Row = {};
  header.forEach((column, index) => {
    if (!(column in row) || row[column] === '') row[column] = cells[index] ?? '';
  });
  return row;
}

/** Lines with no content at all (blank lines, `,,,` left by spreadsheets) hold no record to report. */
export function hasContent(cells: readonly string[]): boolean {
  return cells.some((cell) => cell.trim() !== '');
}

function describeHeader(header: readonly string[]): string {
  const shown = header.slice(0, COLUMNS_SHOWN).join(', ');
  return header.length > COLUMNS_SHOWN ? `${shown}, …` : shown;
}

export function readTable({ header: rawHeader, body, problems, noun }: TableRows): RecordBatch {
  const headerProblem = problems.find((problem) => problem.row === 0);
  if (headerProblem !== undefined) throw new DataFormatError(`The ${noun} header is malformed: ${headerProblem.text}.`);
  if (rawHeader === undefined || !hasContent(rawHeader)) throw new DataFormatError(`The ${noun} is empty: ${EXPECTED_COLUMNS}.`);
  const header = rawHeader.map(normaliseColumn);
  const layout = LAYOUTS.find(
    ({ required, matches }) => required.every((column) => header.includes(column)) && (matches?.(header) ?? true),
  );
  if (layout === undefined) {
    throw new DataFormatError(
      `The ${noun} columns are not ones this timeline reads: ${EXPECTED_COLUMNS}; found ${describeHeader(rawHeader)}.`,
    );
  }
  // The row number (header = 0) of each row with content, as problems count them.
  const rowNumbers: number[] = [];
  const rows: Row[] = [];
  body.forEach((cells, index) => {
    if (!hasContent(cells)) return;
    rowNumbers.push(index + 1);
    rows.push(rowObject(header, cells));
  });
  const reading = layout.read(rows, header);
  const otherProblem = problems.find((problem) => reading.otherRows?.some((index) => rowNumbers[index] === problem.row));
  if (otherProblem !== undefined) {
    // A title or era row has no record to carry a warning, and a quote left open in it takes every row after it.
    throw new DataFormatError(`The ${noun}'s title or era row is malformed: ${otherProblem.text}.`);
  }
  const warnings = [
    ...problemWarnings(problems, reading.recordRows.map((index) => rowNumbers[index]!), reading.records),
    ...(reading.warnings ?? []),
  ].sort((a, b) => a.index - b.index);
  return {
    records: reading.records,
    eras: reading.eras ?? [],
    format: layout.format,
    ...(reading.title === undefined ? {} : { title: reading.title }),
    ...(reading.titleText === undefined ? {} : { titleText: reading.titleText }),
    ...(reading.titleCredit === undefined ? {} : { titleCredit: reading.titleCredit }),
    ...(warnings.length === 0 ? {} : { warnings }),
  };
}

/** Each problem in a body row as a warning on the record that row became; rows with no content became none. */
function problemWarnings(problems: readonly RowProblem[], rowOfRecord: readonly number[], records: readonly unknown[]): RecordDiagnostic[] {
  if (problems.length === 0) return [];
  const recordOfRow = new Map(rowOfRecord.map((row, index) => [row, index]));
  return problems.flatMap((problem) => {
    const index = recordOfRow.get(problem.row);
    return index === undefined ? [] : [{ index, record: records[index], reason: `record ${index}: ${problem.text}` }];
  });
}
