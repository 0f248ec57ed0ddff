/**
 * Step 3: the events, one row each, every field a box; each date box says beside it what it reads as.
 * Below the table, every row the timeline cannot show, with the reason and a button to go and fix it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AuthorActions } from './author-actions.js';
import type { AuthorEvents, RowReport } from './author-events.js';
import type { EventRow } from './event-row.js';
import type { TypedDate } from './typed-date.js';

export function eventsTableView(rows: readonly EventRow[], events: AuthorEvents, actions: AuthorActions): TemplateResult {
  const rejected = new Set(events.rejected.map((report) => report.key));
  return html`
    <section class="step" aria-labelledby="events-title">
      <h2 id="events-title" tabindex="-1">3. Events</h2>
      <p class="intro">
        Type dates as <code>2019-02-11</code>, <code>2011-03</code> (a month), <code>2018-23</code> (autumn 2018),
        <code>2019-02-11?</code> (uncertain), <code>2019-01~</code> (approximate), or in words such as
        “14 February 2019” or “last fall”, which are read from the publication date. Separate actors with “;”.
      </p>
      ${rows.length === 0
        ? html`<p class="empty">No events yet: accept drafts, paste cells, load a file, or add one by hand.</p>`
        : html`<div class="table-scroll" role="region" aria-label="Table of events" tabindex="0">
            <table class="events">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Date</th>
                  <th scope="col">The date in the source</th>
                  <th scope="col">Event</th>
                  <th scope="col">Actors</th>
                  <th scope="col">Source</th>
                  <th scope="col"><span class="visually-hidden">Remove</span></th>
                </tr>
              </thead>
              <tbody>
                ${repeat(rows, (row) => row.key, (row, index) => eventRow(row, index + 1, events, rejected.has(row.key), actions))}
              </tbody>
            </table>
          </div>`}
      <div class="actions">
        <button type="button" @click=${() => actions.addRow()}>Add an event</button>
        ${rows.length > 1 ? html`<button type="button" @click=${() => actions.sortRows()}>Sort by date</button>` : nothing}
      </div>
      ${reports('rejected-title', 'Not on the timeline', 'These rows are left out of the preview, the code and the files until they are fixed.', events.rejected, actions)}
      ${reports('warnings-title', 'Changed to be shown', 'These rows are shown, with the change described.', events.warnings, actions)}
    </section>
  `;
}

function eventRow(row: EventRow, number: number, events: AuthorEvents, rejected: boolean, actions: AuthorActions): TemplateResult {
  const dates = events.dates.get(row.key);
  const key = row.key;
  const onText = (field: 'title' | 'description' | 'actors' | 'dateText' | 'dateNote') => (event: Event) =>
    actions.rowText(key, field, (event.target as HTMLInputElement).value);
  return html`
    <tr data-key=${key} class=${rejected ? 'rejected' : ''}>
      <th scope="row">${number}${rejected ? html`<span class="row-flag">not shown</span>` : nothing}</th>
      <td class="when">
        ${dateField(row, 'start', 'Start', dates?.start, actions)} ${dateField(row, 'end', 'End (if it lasted)', dates?.end, actions)}
      </td>
      <td class="wording">
        <label>Wording <input name="dateText" .value=${live(row.dateText)} @input=${onText('dateText')} placeholder="on Monday" /></label>
        <label>How it was dated <textarea name="dateNote" rows="2" .value=${live(row.dateNote)} @input=${onText('dateNote')}></textarea></label>
      </td>
      <td class="what">
        <label>Title <input name="title" .value=${live(row.title)} @input=${onText('title')} /></label>
        <label>Description <textarea name="description" rows="3" .value=${live(row.description)} @input=${onText('description')}></textarea></label>
      </td>
      <td class="who">
        <label>Actors <input name="actors" .value=${live(row.actors)} @input=${onText('actors')} placeholder="Russia; Turkey" /></label>
      </td>
      <td class="source">
        <label>Name <input name="sourceName" .value=${live(row.source.name)} @input=${(event: Event) => actions.rowSource(key, 'name', (event.target as HTMLInputElement).value)} /></label>
        <label>Link <input name="sourceUrl" type="url" .value=${live(row.source.url)} @input=${(event: Event) => actions.rowSource(key, 'url', (event.target as HTMLInputElement).value)} placeholder="https://" /></label>
        ${row.moreSources.length > 0
          ? html`<p class="hint">and ${row.moreSources.length} more from the file: ${row.moreSources.map((source) => source.name || source.url).join('; ')}</p>`
          : nothing}
      </td>
      <td class="remove">
        <button type="button" aria-label=${`Remove event ${number}${row.title.trim() ? `: ${row.title.trim()}` : ''}`} @click=${() => actions.removeRow(key)}>Remove</button>
      </td>
    </tr>
  `;
}

function dateField(row: EventRow, field: 'start' | 'end', label: string, reading: TypedDate | undefined, actions: AuthorActions): TemplateResult {
  const wordsId = `${field}-words-${row.key}`;
  const invalid = reading?.kind === 'invalid';
  return html`
    <label>${label}
      <input name=${field} class="date" .value=${live(row[field])} aria-describedby=${wordsId} aria-invalid=${invalid ? 'true' : 'false'}
        @input=${(event: Event) => actions.rowDate(row.key, field, (event.target as HTMLInputElement).value)} />
    </label>
    <span class="words ${invalid ? 'problem' : ''}" id=${wordsId}>${readingWords(reading, field)}</span>
  `;
}

function readingWords(reading: TypedDate | undefined, field: 'start' | 'end'): string {
  switch (reading?.kind) {
    case 'edtf':
      return reading.words;
    case 'words':
      return `${reading.words} (${reading.end === undefined ? reading.value : `${reading.value} to ${reading.end}`})`;
    case 'invalid':
      return reading.problem;
    default:
      return field === 'start' ? 'needed' : 'none';
  }
}

function reports(id: string, title: string, intro: string, list: readonly RowReport[], actions: AuthorActions): TemplateResult | typeof nothing {
  if (list.length === 0) return nothing;
  return html`
    <div class="reports" role="group" aria-labelledby=${id}>
      <h3 id=${id}>${title} (${list.length})</h3>
      <p class="hint">${intro}</p>
      <ul class="report-list">
        ${list.map(
          (report) => html`<li>
            <span>Event ${report.number}${report.title ? html` (<q>${report.title}</q>)` : nothing}: ${report.reason}</span>
            <button type="button" class="go" @click=${() => actions.goToRow(report.key)}>Edit event ${report.number}</button>
          </li>`,
        )}
      </ul>
    </div>
  `;
}
