/**
 * Fetching a `src` URL and reading it. Every failure becomes a
 * `SourceLoadError` whose message names the file and what went wrong, in
 * words a page author can act on, except cancellation: an AbortError is
 * rethrown as is, because callers abort stale loads on purpose.
 */
import { quoteValue } from '../model/quote-value.js';
import { DataFormatError, type RecordBatch } from './record-batch.js';
import { looksLikeHtml, type FormatHint } from './detect-format.js';
import { collapseWhitespace } from './plain-text.js';
import { readText } from './read-text.js';
import { decodeText } from './decode-text.js';

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

/** Schemes a `src` is fetched from: the web's, and blob: and data: for data the page made itself. */
const FETCHED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:', 'data:']);
/** Schemes whose path names a file a person would know. */
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);
const UNNAMED = 'the data';

/** What relative addresses are resolved against, as fetch does: the page's base URL. */
function pageBase(): string | undefined {
  return globalThis.document?.baseURI ?? globalThis.location?.href;
}

function parsedUrl(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/**
 * The last path segment ("data.json") reads better than a long URL; the URL when it has none. A blob:
 * path is a random id, a data: path the data itself, and other schemes or a malformed address name no
 * file: those are "the data", and the reason says what is wrong with the address.
 */
function fileLabel(url: string): string {
  const parsed = parsedUrl(url, pageBase());
  if (parsed === undefined || !WEB_PROTOCOLS.has(parsed.protocol) || hasImpossibleHost(parsed)) return UNNAMED;
  let name: string;
  try {
    name = decodeURIComponent(parsed.pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return url; // a malformed %-escape: show the address as written
  }
  return name === '' ? url : name;
}

/** Why the address cannot be fetched, before trying: a scheme that is not fetched, or no URL at all. */
function addressProblem(url: string): string | undefined {
  const absolute = parsedUrl(url);
  if (absolute !== undefined && !FETCHED_PROTOCOLS.has(absolute.protocol)) {
    return `its address uses ${quoteValue(absolute.protocol)}, which the timeline does not load from: give an http(s) address, or one relative to the page`;
  }
  const resolved = absolute ?? parsedUrl(url, pageBase());
  if (resolved !== undefined && !hasImpossibleHost(resolved)) return undefined;
  return `its address ${quoteValue(url)} is not a valid URL`;
}

/**
 * Chromium's URL parser escapes a space in a host name ("exa mple.com" becomes "exa%20mple.com")
 * where the URL standard refuses it; no such host exists, so the fetch could only fail as if offline.
 */
function hasImpossibleHost(url: URL): boolean {
  return WEB_PROTOCOLS.has(url.protocol) && url.hostname.includes('%');
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

async function responseBytes(url: string, response: Response, signal: AbortSignal | undefined): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    throw new SourceLoadError(url, 'the connection broke while the data was downloading', { cause: error });
  }
}

/** Turns fetched text into records; `readText` unless the caller reads it another way. */
export type TextReader = (text: string, hint: FormatHint) => RecordBatch;

export async function loadSource(url: string, signal?: AbortSignal, read: TextReader = readText): Promise<RecordBatch> {
  const problem = addressProblem(url);
  if (problem !== undefined) throw new SourceLoadError(url, problem);
  const response = await fetchResponse(url, signal);
  if (!response.ok) throw new SourceLoadError(url, statusReason(response), { status: response.status });
  const bytes = await responseBytes(url, response, signal);
  const text = reading(url, () => decodeText(bytes));
  const contentType = response.headers.get('content-type');
  if (isWebPage(text, contentType)) throw new SourceLoadError(url, HTML_INSTEAD_OF_DATA);
  // Some servers label every file text/html; once the body is known not to be a page, ignore that label.
  return reading(url, () => read(text, { contentType: HTML_TYPE.test(contentType ?? '') ? null : contentType, url }));
}

/** Whatever goes wrong in reading, it is this file that did not load, and the page is told so. */
function reading<T>(url: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
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
