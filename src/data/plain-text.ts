/**
 * Turning markup and messy cell values into the plain text the timeline shows.
 * Nothing here ever puts a string into a live document.
 */

/** Elements whose content is not visible text, so it must not leak into descriptions. */
const INVISIBLE_ELEMENTS = 'script, style, template, noscript, iframe, object';

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

/**
 * The visible text of an HTML fragment. DOMParser builds an inert document:
 * scripts do not run, images do not load, so event handlers such as
 * `onerror` never fire. Never use innerHTML on a live element for this.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const hidden of Array.from(doc.body.querySelectorAll(INVISIBLE_ELEMENTS))) hidden.remove();
  // Line breaks and block ends would otherwise glue words together ("a<br>b" → "ab").
  for (const br of Array.from(doc.body.querySelectorAll('br'))) br.replaceWith(' ');
  for (const block of Array.from(doc.body.querySelectorAll('p, div, li, blockquote, h1, h2, h3, h4, h5, h6'))) {
    block.append(' ');
  }
  return collapseWhitespace(doc.body.textContent ?? '');
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
