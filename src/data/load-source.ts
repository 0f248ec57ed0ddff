/**
 * Fetching a `src` URL and reading it. Every failure becomes a
 * `SourceLoadError` whose message names the file and what went wrong, in
 * words a page author can act on, except cancellation: an AbortError is
 * rethrown as is, because callers abort stale loads on purpose.
 */
import { DataFormatError, type RecordBatch } from './record-batch.js';
import { looksLikeHtml, type FormatHint } from './detect-format.js';
import { collapseWhitespace } from './plain-text.js';
import { readText } from './read-text.js';

/** Reason phrases for when the server (or HTTP/2, which has none) sends no status text. */
const STATUS_TEXTS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;
const NETWORK_FAILURE =
  'the request failed before the server answered (offline, blocked by CORS, or the server is unreachable)';
const HTML_INSTEAD_OF_DATA =
  'got a web page, not JSON or CSV; check that the address points at the data file itself';

export class SourceLoadError extends Error {
  override readonly name = 'SourceLoadError';
  readonly url: string;
  /** The HTTP status when the server answered with an error. */
  readonly status?: number;

  constructor(url: string, reason: string, options: { status?: number; cause?: unknown } = {}) {
    super(`Could not load ${fileLabel(url)}: ${reason}`, { cause: options.cause });
    this.url = url;
    if (options.status !== undefined) this.status = options.status;
  }
}

/** The last path segment ("data.json") reads better than a long URL; fall back to the URL. */
function fileLabel(url: string): string {
  // A blob: path is a random id and a data: path is the data itself: neither names anything a person knows.
  if (/^\s*(blob|data):/i.test(url)) return 'the data';
  try {
    const path = new URL(url, globalThis.location?.href).pathname;
    const name = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '');
    return name === '' ? url : name;
  } catch {
    return url;
  }
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return (error instanceof DOMException && error.name === 'AbortError') || signal?.aborted === true;
}

function statusReason(response: Response): string {
  const text = response.statusText.trim() || STATUS_TEXTS[response.status] || 'an error';
  return `the server answered ${response.status} ${text}`;
}

/** A page (or a fragment of one, served as HTML) where data was expected: a login wall, a 200 error page. */
function isWebPage(text: string, contentType: string | null): boolean {
  return looksLikeHtml(text) || (HTML_TYPE.test(contentType ?? '') && text.trimStart().startsWith('<'));
}

async function fetchResponse(url: string, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    throw new SourceLoadError(url, NETWORK_FAILURE, { cause: error });
  }
}

async function responseText(url: string, response: Response, signal: AbortSignal | undefined): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    throw new SourceLoadError(url, 'the connection broke while the data was downloading', { cause: error });
  }
}

/** Turns fetched text into records; `readText` unless the caller reads it another way. */
export type TextReader = (text: string, hint: FormatHint) => RecordBatch;

export async function loadSource(url: string, signal?: AbortSignal, read: TextReader = readText): Promise<RecordBatch> {
  const response = await fetchResponse(url, signal);
  if (!response.ok) throw new SourceLoadError(url, statusReason(response), { status: response.status });
  const text = await responseText(url, response, signal);
  const contentType = response.headers.get('content-type');
  if (isWebPage(text, contentType)) throw new SourceLoadError(url, HTML_INSTEAD_OF_DATA);
  try {
    // Some servers label every file text/html; once the body is known not to be a page, ignore that label.
    return read(text, { contentType: HTML_TYPE.test(contentType ?? '') ? null : contentType, url });
  } catch (error) {
    // Whatever went wrong in reading, it is this file that did not load, and the page is told so.
    throw new SourceLoadError(url, readFailureReason(error), { cause: error });
  }
}

function readFailureReason(error: unknown): string {
  if (error instanceof DataFormatError) return lowerFirst(error.message);
  const detail = collapseWhitespace(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  return `its data could not be read (${detail})`;
}

/** DataFormatError messages are sentences; after "Could not load x:" they continue one. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
