/**
 * Text of unknown kind (a fetched file, a pasted string) to raw records,
 * choosing the JSON or CSV reader by content type, URL extension or content
 * (and for a table, CSV or tab-separated by its header line).
 */
import { DataFormatError, type RecordBatch } from './record-batch.js';
import { detectFormat, type FormatHint } from './detect-format.js';
import { jsonErrorPosition } from './json-error-position.js';
import { collapseWhitespace, withoutByteOrderMark } from './plain-text.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { isTabSeparated, readTsv } from './read-tsv.js';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = collapseWhitespace(error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    // The engine names a position only for some mistakes; say where the first one is in any case.
    const position = jsonErrorPosition(text);
    const where = position === undefined ? '' : ` at line ${position.line}, column ${position.column}`;
    throw new DataFormatError(`The JSON could not be read${where}: ${reason}.`, { cause: error });
  }
}

export function readText(text: string, hint: FormatHint = {}): RecordBatch {
  const content = withoutByteOrderMark(text);
  if (content.trim() === '') throw new DataFormatError('The data is empty: expected JSON or CSV text.');
  switch (detectFormat(content, hint)) {
    case 'json':
      return readJson(parseJson(content));
    case 'csv':
      return isTabSeparated(content) ? readTsv(content) : readCsv(content);
    case 'html':
      throw new DataFormatError('This is a web page (HTML), not JSON or CSV: check that the address points at the data file itself.');
  }
}
