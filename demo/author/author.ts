/**
 * The authoring page (demo/author/): from an article, spreadsheet cells or a file to a timeline a
 * journalist can paste into their page, with no code. The state is one value (author-state.ts); every
 * action makes a new one, which is drawn (author-view.ts) and kept in the browser's storage.
 */
import { render } from 'lit';
import pkg from '../../package.json';
import { readPastedTable } from '../../src/data/read-pasted.js';
import type { RecordBatch } from '../../src/data/record-batch.js';
import { draftEvents } from '../../src/draft/index.js';
import { parseDateInput } from '../../src/model/parse-event-date.js';
import type { AuthorActions } from './author-actions.js';
import { authorEvents, type AuthorEvents } from './author-events.js';
import * as change from './author-state.js';
import { EMPTY_STATE, type AuthorState } from './author-state.js';
import { clearState, loadState, saveState } from './author-storage.js';
import { authorView } from './author-view.js';
import { frameSnippet, listSnippet } from './embed-snippet.js';
import type { EventRow } from './event-row.js';
import { eventsCsv, eventsJson } from './events-files.js';
import { EXAMPLE_ARTICLE } from './example-article.js';
import { readEventFile } from './read-event-file.js';

const root = document.getElementById('author')!;
const statusLine = document.getElementById('status')!;
const storage = browserStorage();
/** The frame snippet's page: the embed page beside this one on the demo site. */
const EMBED_PAGE = new URL('../embed.html', location.href).href;
const DATA_URL_PLACEHOLDER = 'https://example.org/timeline-events.json';

let state: AuthorState = storage === undefined ? EMPTY_STATE : loadState(storage);
let events: AuthorEvents = authorEvents(state.rows, referenceDate(state));

function update(next: AuthorState, message?: string): void {
  if (next.rows !== state.rows || next.published !== state.published) events = authorEvents(next.rows, referenceDate(next));
  state = next;
  draw();
  if (storage !== undefined && !saveState(storage, state)) announce('This browser would not keep the work (its storage is full or turned off): download the events to keep them.');
  else if (message !== undefined) announce(message);
}

function draw(): void {
  render(authorView({ state, events, snippet: snippetOf(state, events) }, actions), root);
}

function snippetOf(current: AuthorState, { accepted }: AuthorEvents): string {
  if (current.embedKind === 'list') return listSnippet(accepted, { version: pkg.version, label: current.label });
  return frameSnippet({ embedPage: EMBED_PAGE, dataUrl: current.dataUrl.trim() || DATA_URL_PLACEHOLDER, label: current.label });
}

/** Relative words are read from the publication date, or from today when none is given. */
function referenceDate(current: AuthorState): string {
  if (current.published !== '') return current.published;
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** A message for everyone: shown, and read out by screen readers from the status region. */
function announce(message: string): void {
  // Emptied first, so the same message twice is still read out.
  statusLine.textContent = '';
  requestAnimationFrame(() => (statusLine.textContent = message));
}

function focus(selector: string): void {
  document.querySelector<HTMLElement>(selector)?.focus();
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const actions: AuthorActions = {
  text: (field, value) => update(change.withText(state, field, value)),

  findDrafts() {
    if (state.article.trim() === '') return needs('#article', 'Paste the article first.');
    if (state.published === '') return needs('#published', 'Give the date the article was published: relative words are read from it.');
    const drafts = draftEvents(state.article, { published: state.published });
    const unplaced = drafts.filter((draft) => draft.start === undefined).length;
    update(
      change.withDrafts(state, drafts),
      drafts.length === 0
        ? 'No dates found in the article.'
        : `Found ${count(drafts.length, 'date', 'dates')} in the article${unplaced > 0 ? ` (${unplaced} could not be placed on the calendar)` : ''}.`,
    );
    if (drafts.length > 0) focus('#drafts-title');
  },

  tryExample() {
    const replacing = state.article.trim() !== '' && state.article !== EXAMPLE_ARTICLE.text;
    if (replacing && !confirm('Replace the article text with the example article?')) return;
    state = change.withText(change.withText(state, 'article', EXAMPLE_ARTICLE.text), 'published', EXAMPLE_ARTICLE.published);
    actions.findDrafts();
  },

  acceptDraft(index) {
    update(change.acceptDraft(state, index), `Accepted: now event ${state.rows.length + 1} in the table.`);
    focusNextDraft(index);
  },

  acceptAllDrafts() {
    let next = state;
    state.drafts.forEach((item, index) => {
      if (item.status === 'open') next = change.acceptDraft(next, index);
    });
    update(next, `Accepted ${count(next.rows.length - state.rows.length, 'draft', 'drafts')}.`);
    focus('#events-title');
  },

  dismissDraft(index) {
    update(change.setDraftStatus(state, index, 'dismissed'), 'Dismissed.');
    focusNextDraft(index);
  },

  restoreDraft(index) {
    update(change.setDraftStatus(state, index, 'open'), 'Restored.');
    focus(`[data-draft="${index}"] .accept`);
  },

  readCells() {
    if (state.cells.trim() === '') return needs('#cells', 'Paste the cells first, with their header row.');
    const batch = reading(() => readPastedTable(state.cells));
    if (batch === undefined) return;
    addBatch({ ...change.withBatch(state, batch, 'The cells'), cells: '' }, batch, 'the cells');
  },

  readFile(file) {
    readEventFile(file).then(
      (batch) => addBatch(change.withBatch(state, batch, file.name), batch, file.name),
      (error: unknown) => announce(`Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`),
    );
  },

  rowDate: (key, field, value) => update(change.editRowDate(state, key, field, value)),
  rowText: (key, field, value) => update(change.editRowText(state, key, field, value)),
  rowSource: (key, field, value) => update(change.editRowSource(state, key, field, value)),

  removeRow(key) {
    const index = state.rows.findIndex((row) => row.key === key);
    update(change.removeRow(state, key), `Removed event ${index + 1}.`);
    const next = state.rows[index] ?? state.rows[index - 1];
    if (next === undefined) focus('#events-title');
    else focus(`tr[data-key="${next.key}"] .remove button`);
  },

  addRow() {
    update(change.addRow(state), `Added event ${state.rows.length + 1}.`);
    focus(`tr[data-key="${state.rows[state.rows.length - 1]!.key}"] input[name="start"]`);
  },

  sortRows: () => update(change.sortRows(state, earliestOf), 'Sorted the events by date.'),

  goToRow(key) {
    const row = `tr[data-key="${key}"]`;
    const invalid = document.querySelector<HTMLElement>(`${row} [aria-invalid="true"]`);
    if (invalid !== null) invalid.focus();
    else focus(state.rows.find((r) => r.key === key)?.start.trim() === '' ? `${row} input[name="start"]` : `${row} input[name="title"]`);
  },

  embedKind: (kind) => update(change.withEmbedKind(state, kind)),

  copySnippet() {
    const snippet = snippetOf(state, events);
    navigator.clipboard.writeText(snippet).then(
      () => announce('Copied the code: paste it into your page where the timeline should be.'),
      () => copyBySelecting(),
    );
  },

  download(format) {
    const name = fileName(state.label);
    if (format === 'json') save(`${name}.json`, eventsJson(events.accepted, state.label), 'application/json');
    else save(`${name}.csv`, eventsCsv(events.accepted), 'text/csv');
    announce(`Downloaded ${count(events.accepted.length, 'event', 'events')} as ${format.toUpperCase()}.`);
  },

  startOver() {
    if (!confirm('Forget the article, the drafts and all the events on this page?')) return;
    if (storage !== undefined) clearState(storage);
    update(EMPTY_STATE, 'Started over.');
    focus('#article');
  },
};

function needs(selector: string, message: string): void {
  announce(message);
  focus(selector);
}

/** After a draft is decided, the next open one, so a keyboard can go down the list. */
function focusNextDraft(index: number): void {
  const next = state.drafts.findIndex((item, i) => i > index && item.status === 'open');
  const any = next === -1 ? state.drafts.findIndex((item) => item.status === 'open') : next;
  if (any === -1) focus('#events-title');
  else focus(`[data-draft="${any}"] .accept`);
}

function reading(read: () => RecordBatch): RecordBatch | undefined {
  try {
    return read();
  } catch (error) {
    announce(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

function addBatch(next: AuthorState, batch: RecordBatch, what: string): void {
  const added = next.rows.length - state.rows.length;
  const skipped = batch.records.length - added;
  update(next, `Added ${count(added, 'event', 'events')} from ${what}${skipped > 0 ? `; ${skipped} could not be read` : ''}.`);
  focus('#events-title');
}

function earliestOf(row: EventRow): number | undefined {
  const reading = events.dates.get(row.key)?.start;
  if (reading?.kind !== 'edtf' && reading?.kind !== 'words') return undefined;
  const parsed = parseDateInput(reading.value);
  if (parsed.kind === 'date') return parsed.date.earliest;
  if (parsed.kind === 'interval') return (parsed.start ?? parsed.end)?.earliest;
  return undefined;
}

/** Where the clipboard is not open to the page: the code is selected, for the journalist to copy. */
function copyBySelecting(): void {
  const box = document.getElementById('snippet') as HTMLTextAreaElement;
  box.focus();
  box.select();
  announce('The browser did not let the page copy: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.');
}

function fileName(label: string): string {
  const slug = label.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
  return slug === '' ? 'timeline-events' : slug;
}

function save(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage turned off: the page works, and says so when it saves
  }
}

draw();
if (storage === undefined) announce('This browser does not let the page keep your work: download the events before you leave.');
