/**
 * One event as the table edits it: every field as the text in its box. Rows come from accepted drafts,
 * pasted cells, files or the "Add an event" button, and become records (the package's input format)
 * only on the way out, so what the journalist typed is never rewritten under their cursor.
 */
import type { DraftEvent } from '../../src/draft/index.js';
import { isRecord } from '../../src/model/is-record.js';
import { splitNames } from '../../src/model/read-actors.js';
import { readTypedDate } from './typed-date.js';

export interface SourceFields {
  readonly name: string;
  readonly url: string;
}

export interface EventRow {
  /** The table's own key for the row: stable while rows are added, removed and reordered. */
  readonly key: string;
  /** An id the data gave, kept so links to its events go on working. */
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly title: string;
  readonly description: string;
  /** "Russia; Turkey" or "Russia, Turkey". */
  readonly actors: string;
  readonly category: string;
  /** The source's own wording of the date ("on Monday"). */
  readonly dateText: string;
  /** How the date was found ("'on Monday' in an article published …"). */
  readonly dateNote: string;
  /** The first source is edited in the table; the others a file brought are kept as they are. */
  readonly source: SourceFields;
  readonly moreSources: readonly SourceFields[];
  /** The dates and note the row arrived with, to tell a date set by hand from the draft's. */
  readonly given: { readonly start: string; readonly end: string; readonly dateNote: string };
}

/** A record as the package reads it (`TimelineEventInput`), with only the fields that have text. */
export interface EventRecord {
  id?: string;
  start: string;
  end?: string;
  title: string;
  description?: string;
  actors?: string[];
  category?: string;
  dateText?: string;
  dateNote?: string;
  sources?: Array<{ name?: string; url?: string }>;
}

const NO_SOURCE: SourceFields = { name: '', url: '' };

export function emptyRow(key: string): EventRow {
  return {
    key,
    id: '',
    start: '',
    end: '',
    title: '',
    description: '',
    actors: '',
    category: '',
    dateText: '',
    dateNote: '',
    source: NO_SOURCE,
    moreSources: [],
    given: { start: '', end: '', dateNote: '' },
  };
}

export function rowFromDraft(draft: DraftEvent, key: string): EventRow {
  const start = draft.start ?? '';
  const end = draft.end ?? '';
  return {
    ...emptyRow(key),
    start,
    end,
    title: draft.title,
    description: draft.description,
    dateText: draft.dateText,
    dateNote: draft.dateNote,
    given: { start, end, dateNote: draft.dateNote },
  };
}

/** A record a reader produced (any shape: files are not trusted) as a row of text fields. */
export function rowFromRecord(record: Readonly<Record<string, unknown>>, key: string): EventRow {
  const start = dateText(record['start']);
  const end = dateText(record['end']);
  const dateNote = text(record['dateNote']);
  const [source = NO_SOURCE, ...moreSources] = sourcesOf(record);
  return {
    key,
    id: text(record['id']),
    start,
    end,
    title: text(record['title']),
    description: text(record['description']),
    actors: actorsText(record['actors']),
    category: text(record['category']),
    dateText: text(record['dateText']),
    dateNote,
    source,
    moreSources,
    given: { start, end, dateNote },
  };
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Numbers are epoch milliseconds to the package; the table shows them as the instant they are. */
function dateText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (value === undefined || value === null) return '';
  // Anything else stays visible as text, so validation can say what is wrong with it.
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

function actorsText(value: unknown): string {
  if (Array.isArray(value)) {
    const names = value.map(text).filter((name) => name.trim() !== '');
    return names.join(names.some((name) => name.includes(',')) ? '; ' : ', ');
  }
  return text(value);
}

function sourcesOf(record: Readonly<Record<string, unknown>>): SourceFields[] {
  const given = Array.isArray(record['sources']) ? (record['sources'] as unknown[]) : [];
  const sources = given.map((source): SourceFields => {
    if (isRecord(source)) return { name: text(source['name']), url: text(source['url']) };
    return { name: text(source), url: '' };
  });
  const url = text(record['url']);
  if (url !== '') sources.push({ name: '', url });
  return sources.filter((source) => source.name.trim() !== '' || source.url.trim() !== '');
}

/**
 * A date typed in the start or end box, changed: the draft's note explained the draft's date, so once
 * the date is not the draft's the note no longer holds and is cleared; it comes back if the date does.
 * A note the journalist wrote themselves is theirs and is never touched.
 */
export function withDate(row: EventRow, field: 'start' | 'end', value: string): EventRow {
  const next = { ...row, [field]: value };
  const asGiven = next.start === row.given.start && next.end === row.given.end;
  if (!asGiven && row.dateNote === row.given.dateNote) return { ...next, dateNote: '' };
  if (asGiven && row.dateNote === '') return { ...next, dateNote: row.given.dateNote };
  return next;
}

/** The row as a record: dates typed as words are placed on the calendar against `published`. */
export function recordOfRow(row: EventRow, published: string): EventRecord {
  const start = readTypedDate(row.start, published);
  const end = readTypedDate(row.end, published);
  const record: EventRecord = { start: start.kind === 'words' ? start.value : row.start.trim(), title: row.title.trim() };
  const endValue = end.kind === 'words' ? end.value : row.end.trim();
  if (endValue !== '') record.end = endValue;
  else if (start.kind === 'words' && start.end !== undefined) record.end = start.end;
  if (row.id.trim() !== '') record.id = row.id.trim();
  if (row.description.trim() !== '') record.description = row.description.trim();
  const actors = splitNames(row.actors);
  if (actors.length > 0) record.actors = actors;
  if (row.category.trim() !== '') record.category = row.category.trim();
  if (row.dateText.trim() !== '') record.dateText = row.dateText.trim();
  const note = row.dateNote.trim() || (start.kind === 'words' ? start.note : '');
  if (note !== '') record.dateNote = note;
  const sources = [row.source, ...row.moreSources]
    .map((source) => ({ name: source.name.trim(), url: source.url.trim() }))
    .filter((source) => source.name !== '' || source.url !== '')
    .map((source) => (source.url === '' ? { name: source.name } : source.name === '' ? { url: source.url } : source));
  if (sources.length > 0) record.sources = sources;
  return record;
}
