/**
 * An event's sources from `sources` (texts and `{ name, url }`) and the `url`
 * shorthand. Links are kept only when safe (see safe-url.ts); a source whose
 * link was dropped keeps its name, and the caller is told why.
 */
import type { EventSource } from './timeline-event.js';
import { safeLink } from './safe-url.js';
import { quoteValue } from './quote-value.js';
import { isRecord } from './is-record.js';
import { readSideDate } from './read-side-date.js';

/** Text that is meant as a link rather than a name: a scheme followed by more, or `//host`. */
const LOOKS_LIKE_URL = /^(?:[a-z][a-z\d+.-]*:\S|\/\/)/i;
const UNSAFE_LINK = 'is not an http(s) or mailto link; shown as text without a link';

export interface ReadSources {
  readonly sources: readonly EventSource[];
  /** Phrases for warnings, e.g. "source 'javascript:…' is not an http(s) or mailto link; …". */
  readonly notes: readonly string[];
}

const NO_SOURCES: ReadSources = Object.freeze({ sources: Object.freeze([]), notes: Object.freeze([]) });

export function readSources(sources: unknown, url: unknown): ReadSources {
  if ((sources === undefined || sources === null) && (url === undefined || url === null)) return NO_SOURCES;
  const read: EventSource[] = [];
  const notes: string[] = [];
  for (const entry of asList(sources)) {
    const source = readSource(entry, notes);
    if (source) read.push(source);
  }
  if (url !== undefined && url !== null) {
    const source = readLinkText(url, 'url', notes);
    if (source && !read.some((known) => known.url !== undefined && known.url === source.url)) read.push(source);
  }
  return { sources: read, notes };
}

function asList(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function readSource(entry: unknown, notes: string[]): EventSource | undefined {
  if (typeof entry === 'string') return readLinkText(entry, 'source', notes);
  if (isRecord(entry)) return readNamedSource(entry, notes);
  notes.push(`source ${quoteValue(entry)} is neither text nor { name, url }; left out`);
  return undefined;
}

/** A source given as one text: a name, or a link named after its host. */
function readLinkText(value: unknown, field: string, notes: string[]): EventSource | undefined {
  if (typeof value !== 'string') {
    notes.push(`${field} ${quoteValue(value)} is not text; left out`);
    return undefined;
  }
  const text = value.trim();
  if (text === '') return undefined;
  if (!LOOKS_LIKE_URL.test(text)) return { name: text };
  const link = safeLink(text);
  if (link !== undefined) return { name: link.name, url: link.href };
  notes.push(`${field} ${quoteValue(text)} ${UNSAFE_LINK}`);
  return { name: text };
}

function readNamedSource(entry: Readonly<Record<string, unknown>>, notes: string[]): EventSource | undefined {
  const name = typeof entry.name === 'string' ? entry.name.trim() : '';
  const rawUrl = typeof entry.url === 'string' ? entry.url.trim() : '';
  const link = rawUrl === '' ? undefined : safeLink(rawUrl);
  if (rawUrl !== '' && link === undefined) notes.push(`source url ${quoteValue(rawUrl)} ${UNSAFE_LINK}`);
  const shownName = name || (link !== undefined ? link.name : rawUrl);
  if (shownName === '') {
    notes.push(`source ${quoteValue(entry)} has neither a name nor a link; left out`);
    return undefined;
  }
  const source: { -readonly [K in keyof EventSource]: EventSource[K] } = link === undefined ? { name: shownName } : { name: shownName, url: link.href };
  const archived = readArchived(entry['archived'], notes);
  if (archived !== undefined) source.archived = archived;
  const accessed = readSideDate('source accessed', entry['accessed'], notes);
  if (accessed !== undefined) source.accessed = accessed;
  return source;
}

/** An archived copy is a web page: http(s) only, as safe as a source's own link. */
function readArchived(value: unknown, notes: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (text === '') return undefined;
  const link = text === undefined ? undefined : safeLink(text);
  if (link !== undefined && /^https?:/i.test(link.href)) return link.href;
  notes.push(`source archived ${quoteValue(value)} is not an http(s) link; left out`);
  return undefined;
}
