/**
 * Where a CSV's quoting goes wrong, found by stepping through the text the
 * way d3-dsv's `csvParseRows` does, which reads on without a word: a quote
 * that never closes takes every following line into one field, and text
 * after a closing quote silently starts a new field, shifting the rest.
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const LINE_BREAK = /\r\n?|\n/g;

export type CsvStructureProblem =
  /** A quoted field opened on `line` never closes: it runs to the end of the file, on `lastLine`. */
  | { readonly kind: 'unclosed-quote'; readonly row: number; readonly line: number; readonly lastLine: number }
  /** Field number `field` (from 1) closes its quote and goes on before the next comma. */
  | { readonly kind: 'text-after-quote'; readonly row: number; readonly line: number; readonly field: number };

function lineBreaksIn(text: string, from: number, to: number): number {
  return text.slice(from, to).match(LINE_BREAK)?.length ?? 0;
}

/**
 * The quoting problems in a CSV text, each with the index of the row `csvParseRows` returns it in
 * (the header being row 0) and the line (from 1) it is on.
 */
export function csvStructureProblems(text: string): CsvStructureProblem[] {
  const problems: CsvStructureProblem[] = [];
  // As csvParseRows does: one final line break ends the last row rather than starting another.
  let end = text.length;
  if (text.charCodeAt(end - 1) === NEWLINE) end--;
  if (text.charCodeAt(end - 1) === RETURN) end--;
  let index = 0;
  let row = 0;
  let line = 1;
  let field = 1;
  while (index < end) {
    const fieldStart = index;
    let separator: number;
    if (text.charCodeAt(index) === QUOTE) {
      const close = closingQuote(text, index, end);
      if (close === undefined) {
        problems.push({ kind: 'unclosed-quote', row, line, lastLine: line + lineBreaksIn(text, index, end) });
        return problems;
      }
      line += lineBreaksIn(text, fieldStart, close);
      index = close + 1;
      if (index >= end) break;
      separator = text.charCodeAt(index);
      if (separator !== COMMA && separator !== NEWLINE && separator !== RETURN) {
        problems.push({ kind: 'text-after-quote', row, line, field });
      }
    } else {
      while (index < end && !isSeparator(text.charCodeAt(index))) index++;
      if (index >= end) break;
      separator = text.charCodeAt(index);
    }
    index++;
    if (separator === NEWLINE || separator === RETURN) {
      if (separator === RETURN && text.charCodeAt(index) === NEWLINE) index++;
      row++;
      line++;
      field = 1;
    } else {
      field++;
    }
  }
  return problems;
}

function isSeparator(code: number): boolean {
  return code === COMMA || code === NEWLINE || code === RETURN;
}

/** The index of the quote that closes the field opened at `open` (`""` is a quote inside it), if any before `end`. */
function closingQuote(text: string, open: number, end: number): number | undefined {
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0 || quote >= end) return undefined;
    if (text.charCodeAt(quote + 1) !== QUOTE) return quote;
    from = quote + 2;
  }
}
