/**
 * Turning messy cell values into the plain text the timeline shows
 * (markup: html-to-text.ts).
 */

/** Some editors start UTF-8 files with U+FEFF; it is no part of the data. */
const BYTE_ORDER_MARK = '\uFEFF';

/** The text without a leading byte-order mark, so a header or JSON reads as written. */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
}

/** Collapses runs of whitespace (including newlines and NBSP) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A trimmed string, or undefined when the value is not a string or number, or is blank. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** Splits a list cell ("Russia; Turkey") into its non-empty, trimmed names. */
export function splitList(text: string | undefined, separator: string | RegExp): string[] {
  if (text === undefined) return [];
  return text
    .split(separator)
    .map((part) => collapseWhitespace(part))
    .filter((part) => part !== '');
}
