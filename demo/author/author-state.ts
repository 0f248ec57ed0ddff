/**
 * Everything the journalist has done on the page, as one value: what they pasted, the drafts and what
 * they decided about each, the events table, and how they want to embed it. Every change makes a new
 * state (these functions), which the page then draws and saves; nothing else holds work.
 */
import type { DraftEvent } from '../../src/draft/index.js';
import { isRecord } from '../../src/model/is-record.js';
import type { RecordBatch } from '../../src/data/record-batch.js';
import { emptyRow, rowFromDraft, rowFromRecord, withDate, type EventRow, type SourceFields } from './event-row.js';

export type DraftStatus = 'open' | 'accepted' | 'dismissed';

export interface DraftItem {
  readonly draft: DraftEvent;
  readonly status: DraftStatus;
}

/** The script and the list inline, or the embed page in a frame. */
export type EmbedKind = 'list' | 'frame';

export interface AuthorState {
  /** The timeline's name: its `label`, the JSON's title. */
  readonly label: string;
  readonly article: string;
  /** YYYY-MM-DD, as a date input gives it. */
  readonly published: string;
  readonly cells: string;
  readonly drafts: readonly DraftItem[];
  readonly rows: readonly EventRow[];
  readonly embedKind: EmbedKind;
  /** Where the journalist put the JSON file, for the frame snippet. */
  readonly dataUrl: string;
  /** The last row key handed out. */
  readonly lastKey: number;
  /** What the last paste or file brought that is not an event row: the reader's warnings, non-records. */
  readonly loadNotes: readonly string[];
}

export const EMPTY_STATE: AuthorState = {
  label: '',
  article: '',
  published: '',
  cells: '',
  drafts: [],
  rows: [],
  embedKind: 'list',
  dataUrl: '',
  lastKey: 0,
  loadNotes: [],
};

export type TextField = 'label' | 'article' | 'published' | 'cells' | 'dataUrl';
export type RowTextField = 'title' | 'description' | 'actors' | 'dateText' | 'dateNote';

export function withText(state: AuthorState, field: TextField, value: string): AuthorState {
  return { ...state, [field]: value };
}

export function withEmbedKind(state: AuthorState, embedKind: EmbedKind): AuthorState {
  return { ...state, embedKind };
}

/** New drafts replace the open and dismissed ones; accepted ones are rows by now. */
export function withDrafts(state: AuthorState, drafts: readonly DraftEvent[]): AuthorState {
  return { ...state, drafts: drafts.map((draft) => ({ draft, status: 'open' })) };
}

export function acceptDraft(state: AuthorState, index: number): AuthorState {
  const item = state.drafts[index];
  if (item === undefined || item.status === 'accepted') return state;
  const key = state.lastKey + 1;
  return {
    ...state,
    lastKey: key,
    drafts: replaceAt(state.drafts, index, { ...item, status: 'accepted' }),
    rows: [...state.rows, rowFromDraft(item.draft, rowKey(key))],
  };
}

export function setDraftStatus(state: AuthorState, index: number, status: 'open' | 'dismissed'): AuthorState {
  const item = state.drafts[index];
  if (item === undefined || item.status === 'accepted') return state;
  return { ...state, drafts: replaceAt(state.drafts, index, { ...item, status }) };
}

/** Rows for a reader's records; records that are not objects cannot be rows and are noted instead. */
export function withBatch(state: AuthorState, batch: RecordBatch, what: string): AuthorState {
  let lastKey = state.lastKey;
  const rows: EventRow[] = [];
  const notes: string[] = [];
  batch.records.forEach((record, index) => {
    if (isRecord(record)) rows.push(rowFromRecord(record, rowKey(++lastKey)));
    else notes.push(`${what}, record ${index + 1}: not an event (a ${record === null ? 'null' : typeof record}), so it was left out.`);
  });
  for (const warning of batch.warnings ?? []) notes.push(`${what}: ${warning.reason}`);
  if (batch.eras.length > 0) notes.push(`${what}: ${batch.eras.length === 1 ? '1 era (a background span) was' : `${batch.eras.length} eras (background spans) were`} left out: this page edits events only.`);
  const label = state.label === '' && batch.title !== undefined ? batch.title : state.label;
  return { ...state, label, lastKey, rows: [...state.rows, ...rows], loadNotes: notes };
}

export function addRow(state: AuthorState): AuthorState {
  const key = state.lastKey + 1;
  return { ...state, lastKey: key, rows: [...state.rows, emptyRow(rowKey(key))] };
}

export function removeRow(state: AuthorState, key: string): AuthorState {
  return { ...state, rows: state.rows.filter((row) => row.key !== key) };
}

export function editRowDate(state: AuthorState, key: string, field: 'start' | 'end', value: string): AuthorState {
  return updateRow(state, key, (row) => withDate(row, field, value));
}

export function editRowText(state: AuthorState, key: string, field: RowTextField, value: string): AuthorState {
  return updateRow(state, key, (row) => ({ ...row, [field]: value }));
}

export function editRowSource(state: AuthorState, key: string, field: keyof SourceFields, value: string): AuthorState {
  return updateRow(state, key, (row) => ({ ...row, source: { ...row.source, [field]: value } }));
}

/** Rows in the order of their earliest instant (from `earliest`), undated ones last, ties as they were. */
export function sortRows(state: AuthorState, earliest: (row: EventRow) => number | undefined): AuthorState {
  const keyed = state.rows.map((row, index) => ({ row, index, at: earliest(row) ?? Number.POSITIVE_INFINITY }));
  keyed.sort((a, b) => a.at - b.at || a.index - b.index);
  return { ...state, rows: keyed.map(({ row }) => row) };
}

function updateRow(state: AuthorState, key: string, change: (row: EventRow) => EventRow): AuthorState {
  return { ...state, rows: state.rows.map((row) => (row.key === key ? change(row) : row)) };
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

function rowKey(n: number): string {
  return `e${n}`;
}
