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

  constructor(url: string, reason: string, options: { status?: number; cause?: unknown; base?: string } = {}) {
    super(`Could not load ${fileLabel(url, options.base)}: ${reason}`, { cause: options.cause });
    this.url = url;
    if (options.status !== undefined) this.status = options.status;
  }
}

/** Schemes a `src` is fetched from: the web's, and blob: and data: for data the page made itself. */
const FETCHED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:', 'data:']);
/** Schemes whose path names a file a person would know. */
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);
const UNNAMED = 'the data';

/**
 * What relative addresses are resolved against, as fetch does: the page's base URL. A worker is given
 * the page's (its own location is the worker script's), so its messages and its fetch match the page's.
 */
function pageBase(base?: string): string | undefined {
  return base ?? globalThis.document?.baseURI ?? globalThis.location?.href;
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
function fileLabel(url: string, base?: string): string {
  const parsed = parsedUrl(url, pageBase(base));
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
function addressProblem(url: string, base: string | undefined): string | undefined {
  const absolute = parsedUrl(url);
  if (absolute !== undefined && !FETCHED_PROTOCOLS.has(absolute.protocol)) {
    return `its address uses ${quoteValue(absolute.protocol)}, which the timeline does not load from: give an http(s) address, or one relative to the page`;
  }
  const resolved = absolute ?? parsedUrl(url, pageBase(base));
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

async function fetchResponse(url: string, options: LoadOptions): Promise<Response> {
  const { signal, base, fresh } = options;
  try {
    // Resolved here, not by fetch: in a worker, fetch would resolve against the worker script's address.
    const address = base === undefined ? url : new URL(url, base).href;
    return await fetch(address, { ...(signal ? { signal } : {}), ...(fresh ? { cache: 'no-cache' as const } : {}) });
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    throw new SourceLoadError(url, NETWORK_FAILURE, { cause: error, base });
  }
}

async function responseBytes(url: string, response: Response, options: LoadOptions): Promise<Uint8Array> {
  try {
    const { onBytes } = options;
    if (onBytes === undefined || response.body === null) return new Uint8Array(await response.arrayBuffer());
    return await streamedBytes(response.body, declaredLength(response), onBytes);
  } catch (error) {
    if (isAbort(error, options.signal)) throw error;
    throw new SourceLoadError(url, 'the connection broke while the data was downloading', { cause: error, base: options.base });
  }
}

/** The body's length as the server declares it; undefined when it does not (or it is compressed, and counts other bytes). */
function declaredLength(response: Response): number | undefined {
  const length = Number(response.headers.get('content-length') ?? NaN);
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  return Number.isFinite(length) && length >= 0 && !encoded ? length : undefined;
}

/** The body read chunk by chunk, each chunk reported as it arrives, then joined into one array. */
async function streamedBytes(body: ReadableStream<Uint8Array>, total: number | undefined, onBytes: ByteListener): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onBytes(value, received, total);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** Turns fetched text into records; `readText` unless the caller reads it another way. */
export type TextReader = (text: string, hint: FormatHint) => RecordBatch;

/** Told of each chunk of the body as it arrives, with the bytes received so far and the total when the server says it. */
export type ByteListener = (chunk: Uint8Array, received: number, total: number | undefined) => void;

export interface LoadOptions {
  readonly signal?: AbortSignal | undefined;
  readonly read?: TextReader;
  /** What a relative `url` is resolved against: the page's base URL (by default, this document's). */
  readonly base?: string | undefined;
  /** Streams the body, telling this of every chunk; without it the body is read whole. */
  readonly onBytes?: ByteListener;
  /**
   * Asks the server again, not the browser's cache (which revalidates what it holds): the reader's
   * "Try again" after a failed load, which a cached 404 or error page would otherwise answer unchanged.
   */
  readonly fresh?: boolean | undefined;
}

export async function loadSource(url: string, options: LoadOptions = {}): Promise<RecordBatch> {
  const { base } = options;
  const problem = addressProblem(url, base);
  if (problem !== undefined) throw new SourceLoadError(url, problem, { base });
  const response = await fetchResponse(url, options);
  if (!response.ok) throw new SourceLoadError(url, statusReason(response), { status: response.status, base });
  const bytes = await responseBytes(url, response, options);
  const text = reading(url, base, () => decodeText(bytes));
  const contentType = response.headers.get('content-type');
  if (isWebPage(text, contentType)) throw new SourceLoadError(url, HTML_INSTEAD_OF_DATA, { base });
  // Some servers label every file text/html; once the body is known not to be a page, ignore that label.
  const readRecords = options.read ?? readText;
  return reading(url, base, () => readRecords(text, { contentType: HTML_TYPE.test(contentType ?? '') ? null : contentType, url }));
}

/** Whatever goes wrong in reading, it is this file that did not load, and the page is told so. */
function reading<T>(url: string, base: string | undefined, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new SourceLoadError(url, readFailureReason(error), { cause: error, base });
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
