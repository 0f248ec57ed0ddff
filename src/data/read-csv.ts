/**
 * CSV text to raw records, in any layout the table reader knows (simple,
 * ACLED, TimelineJS sheet), with the CSV's quoting mistakes as warnings on
 * the records they changed.
 */
import { csvParseRows } from 'd3-dsv';
import type { RecordBatch } from './record-batch.js';
import { csvStructureProblems, type CsvStructureProblem } from './csv-structure.js';
import { withoutByteOrderMark } from './plain-text.js';
import { readTable } from './read-table.js';

const QUOTING_HINT = 'a field with a comma, quote or line break is put in quotes, and a quote inside it is written ""';

function problemText(problem: CsvStructureProblem): string {
  if (problem.kind === 'text-after-quote') {
    return `on line ${problem.line}, field ${problem.field} goes on after its closing quote, so the fields after it are out of place (${QUOTING_HINT})`;
  }
  const lines = problem.lastLine === problem.line ? `line ${problem.line}` : `lines ${problem.line}–${problem.lastLine}`;
  return `a quote opening a field on line ${problem.line} is never closed, so ${lines} were read as one field (${QUOTING_HINT})`;
}

export function readCsv(text: string): RecordBatch {
  const content = withoutByteOrderMark(text);
  const [header, ...body] = csvParseRows(content);
  const problems = csvStructureProblems(content).map((problem) => ({ row: problem.row, text: problemText(problem) }));
  return readTable({ header, body, problems, noun: 'CSV' });
}
