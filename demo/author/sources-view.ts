/** Step 1: where the events come from: an article with its date, spreadsheet cells, or a file. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AuthorActions } from './author-actions.js';
import type { AuthorState } from './author-state.js';

const FILE_TYPES = '.csv,.tsv,.tab,.json,.txt,text/csv,text/tab-separated-values,application/json';

export function sourcesView(state: AuthorState, actions: AuthorActions): TemplateResult {
  const onInput = (field: 'article' | 'published' | 'cells') => (event: Event) => actions.text(field, (event.target as HTMLInputElement).value);
  const submit = (then: () => void) => (event: Event) => {
    event.preventDefault();
    then();
  };
  return html`
    <section class="step" aria-labelledby="start-title">
      <h2 id="start-title">1. Start from an article, a spreadsheet or a file</h2>
      <div class="sources">
        <form class="source" aria-labelledby="article-title" @submit=${submit(() => actions.findDrafts())}>
          <h3 id="article-title">An article</h3>
          <label for="article">Article text</label>
          <textarea id="article" name="article" rows="9" .value=${live(state.article)} @input=${onInput('article')}></textarea>
          <label for="published">Published on</label>
          <input id="published" name="published" type="date" required aria-describedby="published-hint" .value=${live(state.published)} @input=${onInput('published')} />
          <p class="hint" id="published-hint">Words like “on Monday” and “last fall” are read from this date.</p>
          <div class="actions">
            <button type="submit" class="primary">Find dates</button>
            <button type="button" @click=${() => actions.tryExample()}>Try an example article</button>
          </div>
        </form>
        <form class="source" aria-labelledby="cells-title" @submit=${submit(() => actions.readCells())}>
          <h3 id="cells-title">Spreadsheet cells</h3>
          <label for="cells">Cells, copied with their header row</label>
          <textarea id="cells" name="cells" rows="9" spellcheck="false" aria-describedby="cells-hint" .value=${live(state.cells)} @input=${onInput('cells')}></textarea>
          <p class="hint" id="cells-hint">
            Copy from Google Sheets, Excel or LibreOffice: a TimelineJS sheet, or columns
            <code>start, end, title, description, actors, source, url</code>.
          </p>
          <div class="actions"><button type="submit" class="primary">Add these rows</button></div>
        </form>
        <div class="source drop-zone" role="group" aria-labelledby="file-title" @dragover=${allowDrop} @drop=${(event: DragEvent) => dropped(event, actions)}>
          <h3 id="file-title">A file</h3>
          <label for="file">A CSV, TSV or JSON file (TimelineJS too)</label>
          <input id="file" name="file" type="file" accept=${FILE_TYPES} @change=${(event: Event) => chosen(event, actions)} />
          <p class="hint">Or drop the file anywhere in this box. It is read in this browser; nothing is uploaded.</p>
        </div>
      </div>
      ${state.loadNotes.length === 0
        ? nothing
        : html`<div class="reports" role="group" aria-labelledby="notes-title">
            <h3 id="notes-title">Notes on what was read</h3>
            <ul class="report-list">${state.loadNotes.map((note) => html`<li>${note}</li>`)}</ul>
          </div>`}
    </section>
  `;
}

function allowDrop(event: DragEvent): void {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
}

function dropped(event: DragEvent, actions: AuthorActions): void {
  const file = event.dataTransfer?.files[0];
  if (file === undefined) return;
  event.preventDefault();
  actions.readFile(file);
}

function chosen(event: Event, actions: AuthorActions): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (file !== undefined) actions.readFile(file);
  // The same file can be chosen again after editing it.
  input.value = '';
}
