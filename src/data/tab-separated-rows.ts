/**
 * Tab-separated text, as spreadsheets put copied cells on the clipboard
 * (Google Sheets, Excel, LibreOffice), split into rows of cells. A cell that
 * holds a line break or a tab is written in double quotes, with each quote
 * inside it doubled. A cell without them is written as it is, even when it
 * starts with a quote (`"Decisive measures" agreed`), so a quote opens a
 * quoted cell only when the quoted reading ends where a cell ends: at a tab,
 * a line break or the end of the text. Otherwise the cell is read as written.
 */

const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const QUOTE = 0x22;
const DOUBLED_QUOTE = /""/g;

function endsCell(code: number): boolean {
  return code === TAB || code === NEWLINE || code === RETURN;
}

/** Index of the quote closing a cell opened at `open`, when the cell ends right after it; else undefined. */
function quotedCellEnd(text: string, open: number, end: number): number | undefined {
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0 || quote >= end) return undefined;
    if (text.charCodeAt(quote + 1) === QUOTE && quote + 1 < end) {
      from = quote + 2;
      continue;
    }
    return quote + 1 >= end || endsCell(text.charCodeAt(quote + 1)) ? quote : undefined;
  }
}

/** Index of the first tab or line break from `from`, or `end`. */
function plainCellEnd(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && !endsCell(text.charCodeAt(index))) index++;
  return index;
}

export function tabSeparatedRows(text: string): string[][] {
  // One final line break ends the last row rather than starting an empty one.
  let end = text.length;
  if (text.charCodeAt(end - 1) === NEWLINE) end--;
  if (text.charCodeAt(end - 1) === RETURN) end--;
  if (end <= 0) return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let index = 0;
  for (;;) {
    const close = text.charCodeAt(index) === QUOTE ? quotedCellEnd(text, index, end) : undefined;
    if (close === undefined) {
      const cellEnd = plainCellEnd(text, index, end);
      row.push(text.slice(index, cellEnd));
      index = cellEnd;
    } else {
      row.push(text.slice(index + 1, close).replace(DOUBLED_QUOTE, '"'));
      index = close + 1;
    }
    if (index >= end) break;
    const separator = text.charCodeAt(index++);
    if (separator === TAB) continue;
    if (separator === RETURN && text.charCodeAt(index) === NEWLINE) index++;
    rows.push(row);
    row = [];
  }
  rows.push(row);
  return rows;
}
