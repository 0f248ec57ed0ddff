import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TimelineFilter, ValueCount } from '../model/event-filter.js';
import type { UiStrings } from './ui-strings.js';

/** A value a filter can keep, with how many events have it. */
export type FilterChoice = ValueCount;

export interface FilterBarProps {
  readonly strings: UiStrings;
  readonly lang: string;
  readonly filter: TimelineFilter;
  readonly actors: readonly FilterChoice[];
  readonly categories: readonly FilterChoice[];
  readonly shown: number;
  readonly total: number;
  readonly onChange: (filter: TimelineFilter) => void;
}

/**
 * Search and filters over the plot and table: one search box and a choice of actor and of kind.
 * A <select> per list, not a custom combobox: every screen reader and phone already knows it, and
 * it holds thousands of actors without a line of our own code.
 */
export function filterBar(p: FilterBarProps): TemplateResult {
  const s = p.strings;
  const actor = p.filter.actors?.[0] ?? '';
  const category = p.filter.categories?.[0] ?? '';
  const active = Boolean(p.filter.text || actor || category);
  // The filter property's setter cleans the result (blank words, empty lists): no second copy of its rules here.
  const change = (next: Partial<TimelineFilter>) => p.onChange({ ...p.filter, ...next });
  return html`<div id="filters" class="filters" part="filters" role="search" aria-label=${s.filterLabel} lang=${p.lang}>
    <input
      type="search"
      part="search"
      .value=${p.filter.text ?? ''}
      placeholder=${s.search}
      aria-label=${s.searchLabel}
      aria-describedby="filter-count"
      @input=${(e: InputEvent) => change({ text: (e.target as HTMLInputElement).value })}
    />
    ${p.actors.length > 0
      ? html`<select part="filter-actor" aria-label=${s.actors} @change=${(e: Event) => change({ actors: chosen(e) })}>
          <option value="" ?selected=${actor === ''}>${s.allActors}</option>
          ${guard([p.actors, actor], () => options(p.actors, actor))}
        </select>`
      : nothing}
    ${p.categories.length > 0
      ? html`<select part="filter-category" aria-label=${s.category} @change=${(e: Event) => change({ categories: chosen(e) })}>
          <option value="" ?selected=${category === ''}>${s.allCategories}</option>
          ${guard([p.categories, category], () => options(p.categories, category))}
        </select>`
      : nothing}
    <output id="filter-count" part="filter-count" aria-live="polite">${active ? s.filterMatches(p.shown, p.total) : ''}</output>
    ${active
      ? html`<button part="button clear-filter" @click=${() => p.onChange({})}>${s.clearFilter}</button>`
      : nothing}
  </div>`;
}

function options(choices: readonly FilterChoice[], selected: string): TemplateResult[] {
  const list = choices.some((c) => c.value === selected) || selected === '' ? choices : [{ value: selected, count: 0 }, ...choices];
  return list.map((c) => html`<option .value=${c.value} ?selected=${c.value === selected}>${c.value} (${c.count})</option>`);
}

function chosen(e: Event): string[] {
  const value = (e.target as HTMLSelectElement).value;
  return value === '' ? [] : [value];
}
