/**
 * Which reader a text needs: by the server's content type, then the URL's
 * extension, then the text itself. HTML is named so callers can say "you
 * got a web page" instead of a puzzling CSV header error.
 */

/** `csv` is any delimited table: CSV, or tab-separated text (the table reader tells them apart). */
export type TextFormat = 'json' | 'csv' | 'html';

export interface FormatHint {
  readonly contentType?: string | null;
  readonly url?: string;
}

const JSON_TYPES = new Set(['application/json', 'text/json']);
const JSON_SUFFIX = '+json';
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values', 'text/tab-separated-values']);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const EXTENSION_FORMATS: Readonly<Record<string, TextFormat>> = {
  json: 'json',
  geojson: 'json',
  csv: 'csv',
  tsv: 'csv',
  html: 'html',
  htm: 'html',
};
const JSON_OPENERS = new Set(['[', '{']);
const HTML_START = /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|!--)/i;
/** Relative URLs are resolved against this so their path can be read outside a page. */
const PLACEHOLDER_BASE = 'http://localhost/';

function mediaType(contentType: string | null | undefined): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === '' ? undefined : type;
}

function formatOfContentType(contentType: string | null | undefined): TextFormat | undefined {
  const type = mediaType(contentType);
  if (type === undefined) return undefined;
  if (JSON_TYPES.has(type) || type.endsWith(JSON_SUFFIX)) return 'json';
  if (CSV_TYPES.has(type)) return 'csv';
  if (HTML_TYPES.has(type)) return 'html';
  return undefined; // text/plain, application/octet-stream, …: the type says nothing, so look further
}

function formatOfUrl(url: string | undefined): TextFormat | undefined {
  if (url === undefined) return undefined;
  let path: string;
  try {
    path = new URL(url, PLACEHOLDER_BASE).pathname;
  } catch {
    return undefined;
  }
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : EXTENSION_FORMATS[extension];
}

function formatOfText(text: string): TextFormat {
  const start = text.trimStart();
  if (JSON_OPENERS.has(start.charAt(0))) return 'json';
  if (HTML_START.test(start)) return 'html';
  return 'csv';
}

/** True when the text is an HTML page whatever the server called it (an error page served as 200). */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.trimStart());
}

export function detectFormat(text: string, hint: FormatHint = {}): TextFormat {
  // A page is a page even when a misconfigured server calls it JSON or a .csv URL returns a login form.
  if (looksLikeHtml(text)) return 'html';
  return formatOfContentType(hint.contentType) ?? formatOfUrl(hint.url) ?? formatOfText(text);
}
