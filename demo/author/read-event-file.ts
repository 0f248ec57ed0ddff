/**
 * A file the journalist dropped or chose, as records: JSON (events, `{ "events" }` or TimelineJS) and
 * comma-separated files go to the package's readers as a `src` would; tab-separated text (a sheet saved
 * as TSV) to the reader of pasted cells. Its bytes are decoded as the element decodes a fetched file,
 * so a UTF-16 export reads and a spreadsheet saved as .xlsx says to save it as CSV.
 */
import { decodeText } from '../../src/data/decode-text.js';
import { readPastedTable } from '../../src/data/read-pasted.js';
import type { RecordBatch } from '../../src/data/record-batch.js';
import { readText } from '../../src/data/read-text.js';

const TAB_SEPARATED = /\.(tsv|tab)$/i;

export async function readEventFile(file: File): Promise<RecordBatch> {
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (TAB_SEPARATED.test(file.name) || (firstLine.includes('\t') && !/^\s*[[{]/.test(text))) return readPastedTable(text);
  return readText(text, { contentType: file.type === '' ? null : file.type, url: file.name });
}
