import { html, nothing, type TemplateResult } from 'lit';
import { displayText } from '../model/display-text.js';
import type { EventDate } from '../model/event-date.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { sourceLinks } from './source-links.js';
import type { UiStrings } from './ui-strings.js';

/** Rows drawn at once; a researcher's 100,000 events are paged, not dumped into the DOM. */
export const TABLE_PAGE_SIZE = 200;

export type TableSortKey = 'date' | 'title' | 'actors' | 'source';
export interface TableSort {
  readonly key: TableSortKey;
  readonly ascending: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const SORT_VALUE: Record<Exclude<TableSortKey, 'date'>, (e: TimelineEvent) => string> = {
  title: (e) => e.title,
  actors: (e) => e.actors.join(', '),
  source: (e) => e.sources.map((s) => s.name).join(', '),
};

/** The events in table order. Events come in time order, so a date sort is that order or its reverse. */
export function sortEvents(events: readonly TimelineEvent[], sort: TableSort): readonly TimelineEvent[] {
  if (sort.key === 'date') return sort.ascending ? events : [...events].reverse();
  const value = SORT_VALUE[sort.key];
  const sign = sort.ascending ? 1 : -1;
  return [...events].sort((a, b) => sign * collator.compare(value(a), value(b)) || a.from - b.from);
}

export interface EventTableProps {
  readonly events: readonly TimelineEvent[];
  readonly sort: TableSort;
  readonly shown: number;
  readonly caption: string;
  readonly strings: UiStrings;
  /** Language of the element's own words (the pack's tag); event text keeps the page's. */
  readonly lang: string;
  readonly selectedId: string | undefined;
  readonly dateOf: (event: TimelineEvent) => string;
  /** One date in words (a source's access), at its precision. */
  readonly dateInWords: (date: EventDate) => string;
  readonly onSort: (key: TableSortKey) => void;
  readonly onSelect: (id: string) => void;
  readonly onShowMore: () => void;
}

/** The same events as a table: the alternative to the plot for screen-reader users and for scanning. */
export function eventTable(props: EventTableProps): TemplateResult {
  const { strings: s, sort } = props;
  const extras = { strings: s, lang: props.lang, describe: props.dateInWords };
  const rows = sortEvents(props.events, sort).slice(0, props.shown);
  const header = (key: TableSortKey, label: string) => html`
    <th scope="col" aria-sort=${sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <button class="sort" @click=${() => props.onSort(key)}>
        ${label}<span aria-hidden="true">${sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  `;
  return html`
    <div class="table-wrap" part="table">
      <table>
        <caption>${props.caption}</caption>
        <thead>
          <tr>
            ${header('date', s.columnDate)} ${header('title', s.columnTitle)} ${header('actors', s.actors)}
            ${header('source', s.sources)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (event) => html`
              <tr class=${event.id === props.selectedId ? 'selected' : ''}>
                <td>${props.dateOf(event)}</td>
                <td>
                  <button class="row-title" data-id=${event.id} aria-pressed=${event.id === props.selectedId ? 'true' : 'false'} @click=${() => props.onSelect(event.id)}>
                    ${displayText(event.title)}
                  </button>
                </td>
                <td>${event.actors.join(s.listSeparator)}</td>
                <td>${sourceLinks(event.sources, s.listSeparator, extras)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
      ${props.events.length > rows.length
        ? html`<p class="more">
            ${s.tableShowing(rows.length, props.events.length)}
            <button @click=${props.onShowMore}>${s.showMore}</button>
          </p>`
        : nothing}
    </div>
  `;
}
