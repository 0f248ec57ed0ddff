/**
 * The work kept in the browser's storage, so a reload (or a closed tab) loses nothing. What comes back
 * is read field by field: storage written by an older page, or edited by hand, gives what it can and
 * never breaks the page.
 */
import type { DraftEvent } from '../../src/draft/index.js';
import { isRecord } from '../../src/model/is-record.js';
import { EMPTY_STATE, type AuthorState, type DraftItem, type DraftStatus } from './author-state.js';
import { emptyRow, type EventRow, type SourceFields } from './event-row.js';

export const STORAGE_KEY = 'conflict-timeline-author';
const FORMAT = 1;

/** Saves the state; false when the browser refuses (storage full or turned off). */
export function saveState(storage: Storage, state: AuthorState): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ format: FORMAT, state }));
    return true;
  } catch {
    return false;
  }
}

export function loadState(storage: Storage): AuthorState {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return EMPTY_STATE;
  }
  if (!isRecord(saved) || saved['format'] !== FORMAT || !isRecord(saved['state'])) return EMPTY_STATE;
  const state = saved['state'];
  const rows = listOf(state['rows'], readRow);
  return {
    label: text(state['label']),
    article: text(state['article']),
    published: text(state['published']),
    cells: text(state['cells']),
    drafts: listOf(state['drafts'], readDraftItem),
    rows,
    embedKind: state['embedKind'] === 'frame' ? 'frame' : 'list',
    dataUrl: text(state['dataUrl']),
    lastKey: Math.max(wholeNumber(state['lastKey']), ...rows.map((row) => wholeNumber(Number(row.key.slice(1))))),
    loadNotes: listOf(state['loadNotes'], (note) => (typeof note === 'string' ? note : undefined)),
  };
}

export function clearState(storage: Storage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to clear where storage is off.
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function wholeNumber(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

function listOf<T>(value: unknown, read: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const read_ = read(item);
    return read_ === undefined ? [] : [read_];
  });
}

const ROW_KEY = /^e\d+$/;

function readSource(value: unknown): SourceFields {
  return isRecord(value) ? { name: text(value['name']), url: text(value['url']) } : { name: '', url: '' };
}

function readRow(value: unknown): EventRow | undefined {
  if (!isRecord(value) || typeof value['key'] !== 'string' || !ROW_KEY.test(value['key'])) return undefined;
  const given = isRecord(value['given']) ? value['given'] : {};
  return {
    ...emptyRow(value['key']),
    id: text(value['id']),
    start: text(value['start']),
    end: text(value['end']),
    title: text(value['title']),
    description: text(value['description']),
    actors: text(value['actors']),
    category: text(value['category']),
    dateText: text(value['dateText']),
    dateNote: text(value['dateNote']),
    source: readSource(value['source']),
    moreSources: listOf(value['moreSources'], readSource),
    given: { start: text(given['start']), end: text(given['end']), dateNote: text(given['dateNote']) },
  };
}

const STATUSES: ReadonlySet<string> = new Set<DraftStatus>(['open', 'accepted', 'dismissed']);

function readDraftItem(value: unknown): DraftItem | undefined {
  if (!isRecord(value) || !isRecord(value['draft'])) return undefined;
  const status = value['status'];
  const draft = readDraft(value['draft']);
  if (draft === undefined || typeof status !== 'string' || !STATUSES.has(status)) return undefined;
  return { draft, status: status as DraftStatus };
}

function readDraft(value: Readonly<Record<string, unknown>>): DraftEvent | undefined {
  if (typeof value['id'] !== 'string' || typeof value['title'] !== 'string') return undefined;
  const { start, end, reason } = value;
  return {
    id: value['id'],
    title: value['title'],
    description: text(value['description']),
    dateText: text(value['dateText']),
    dateNote: text(value['dateNote']),
    offset: wholeNumber(value['offset']),
    ...(typeof start === 'string' ? { start } : {}),
    ...(typeof end === 'string' ? { end } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
  };
}
