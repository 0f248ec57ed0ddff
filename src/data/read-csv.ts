/**
 * CSV text to raw records, in one of two layouts recognised by the header:
 * the simple layout (`start,end,title,…`) or an ACLED export.
 */
import { csvParseRows } from 'd3-dsv';
import type { RecordDiagnostic } from '../model/timeline-event.js';
import { DataFormatError, type PartialEventRecord, type RecordBatch, type RecordFormat } from './record-batch.js';
import { csvStructureProblems, type CsvStructureProblem } from './csv-structure.js';
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
  const content = withoutByteOrderMark(text);
  const [rawHeader, ...body] = csvParseRows(content);
  const problems = csvStructureProblems(content);
  const headerProblem = problems.find((problem) => problem.row === 0);
  if (headerProblem !== undefined) throw new DataFormatError(`The CSV header is malformed: ${problemText(headerProblem)}.`);
  if (rawHeader === undefined || !hasContent(rawHeader)) {
    throw new DataFormatError(`The CSV is empty: ${EXPECTED_COLUMNS}.`);
  }
  const header = rawHeader.map(normaliseColumn);
  const rows = rowObjects(header, body.filter(hasContent));
  const toRecords = (rowToRecord: (row: Row) => PartialEventRecord, format: RecordFormat): RecordBatch => {
    const records = rows.map(rowToRecord);
    const warnings = problemWarnings(problems, body, records);
    return { records, eras: [], format, ...(warnings.length === 0 ? {} : { warnings }) };
  };
  if (hasColumns(header, ACLED_REQUIRED_COLUMNS)) return toRecords(acledRowToRecord, 'acled-csv');
  if (hasColumns(header, SIMPLE_REQUIRED_COLUMNS)) return toRecords(simpleRowToRecord, 'csv');
  throw new DataFormatError(
    `The CSV columns are not ones this timeline reads: ${EXPECTED_COLUMNS}; found ${describeHeader(rawHeader)}.`,
  );
}

const QUOTING_HINT = 'a field with a comma, quote or line break is put in quotes, and a quote inside it is written ""';

function problemText(problem: CsvStructureProblem): string {
  if (problem.kind === 'text-after-quote') {
    return `on line ${problem.line}, field ${problem.field} goes on after its closing quote, so the fields after it are out of place (${QUOTING_HINT})`;
  }
  const lines = problem.lastLine === problem.line ? `line ${problem.line}` : `lines ${problem.line}–${problem.lastLine}`;
  return `a quote opening a field on line ${problem.line} is never closed, so ${lines} were read as one field (${QUOTING_HINT})`;
}

/** Each problem in a body row as a warning on the record that row became; rows with no content became none. */
function problemWarnings(problems: readonly CsvStructureProblem[], body: readonly string[][], records: readonly unknown[]): RecordDiagnostic[] {
  if (problems.length === 0) return [];
  const recordOfRow = new Map<number, number>();
  body.forEach((cells, bodyIndex) => {
    if (hasContent(cells)) recordOfRow.set(bodyIndex + 1, recordOfRow.size);
  });
  return problems.flatMap((problem) => {
    const index = recordOfRow.get(problem.row);
    return index === undefined ? [] : [{ index, record: records[index], reason: `record ${index}: ${problemText(problem)}` }];
  });
}
