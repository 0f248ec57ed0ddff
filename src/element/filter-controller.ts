import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { actorsOf, categoriesOf, filterEventsStepwise, isEmptyFilter, NO_FILTER, normalizeFilter, valueCounts, warmSearch, type TimelineFilter } from '../model/event-filter.js';
import type { Stepwise } from '../model/stepwise.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { filterBar, type FilterChoice } from './filter-bar.js';
import type { FilterChangeDetail } from './timeline-events.js';
import type { UiStrings } from './ui-strings.js';

/** From this many events, the search box and filters are open from the start. */
const FILTERS_OPEN_FROM = 50;
/** From this many events, typed words wait for a pause in typing, this long, before they filter. */
const TYPING_PAUSE_FROM = 5000;
const TYPING_PAUSE_MS = 200;

export interface FilterOptions {
  /** All the events loaded, before filtering. */
  readonly events: () => readonly TimelineEvent[];
  /** The reader changed the filter; the plot shows it once the host has updated. */
  readonly onReaderChange: (detail: FilterChangeDetail) => void;
  /** Resolves once the host has kept and counted the events of the filter last set (large data is filtered in turns). */
  readonly counted: () => Promise<unknown>;
  /** Before when (performance.now()) the search's warm-up may not run: not while a reader moves the view. */
  readonly idleWorkAfter?: () => number;
}

/**
 * The search box and the actor and kind filters: the `filter` property's value, what the reader
 * types and chooses, which events that keeps, and when the filters show. The host filters its events
 * through `apply` when it lays them out, and re-lays them when `revision` changes.
 */
export class FilterController implements ReactiveController {
  /** Changes whenever the events kept may change. */
  revision = 0;
  private current: TimelineFilter = NO_FILTER;
  private shown = 0;
  private open?: boolean;
  private choices: { readonly actors: readonly FilterChoice[]; readonly categories: readonly FilterChoice[] } = { actors: [], categories: [] };
  private warming?: AbortController;
  private typingPause?: ReturnType<typeof setTimeout>;
  private pendingText?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FilterOptions,
  ) {
    host.addController(this);
  }

  get filter(): TimelineFilter {
    return this.current;
  }

  set filter(value: TimelineFilter | null | undefined) {
    this.current = normalizeFilter(value);
    this.revision++;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.warming?.abort();
    clearTimeout(this.typingPause);
  }

  /** New data: its choices, and its text folded for search in idle time when a reader would search it. */
  dataChanged(events: readonly TimelineEvent[]): void {
    this.choices = {
      actors: valueCounts(events, actorsOf),
      categories: valueCounts(events, categoriesOf),
    };
    this.warming?.abort();
    this.warming = new AbortController();
    if (events.length >= FILTERS_OPEN_FROM) warmSearch(events, this.warming.signal, this.options.idleWorkAfter);
  }

  /**
   * The events the filter keeps, counted for the filters' line and `ct-filter-change`, yielding after
   * every `sliceSize` events (large data is laid out in turns).
   */
  *applyStepwise(events: readonly TimelineEvent[], sliceSize: number): Stepwise<readonly TimelineEvent[]> {
    const kept = yield* filterEventsStepwise(events, this.current, sliceSize);
    this.shown = kept.length;
    return kept;
  }

  /** The filters show from the start for data a reader would search (50 events or more), else behind the toolbar's button. */
  get shownInBar(): boolean {
    const total = this.options.events().length;
    return total > 0 && (this.open ?? (total >= FILTERS_OPEN_FROM || !isEmptyFilter(this.current)));
  }

  /** The toolbar's Filter button, while there is anything to filter. */
  get toggle(): (() => void) | undefined {
    return this.options.events().length > 0 ? this.toggleBar : undefined;
  }

  render(strings: UiStrings, lang: string): TemplateResult | typeof nothing {
    if (!this.shownInBar) return nothing;
    return filterBar({
      strings,
      lang,
      filter: this.current,
      actors: this.choices.actors,
      categories: this.choices.categories,
      shown: this.shown,
      total: this.options.events().length,
      onChange: (filter) => this.changedByReader(filter),
    });
  }

  private readonly toggleBar = (): void => {
    this.open = !this.shownInBar;
    this.host.requestUpdate();
  };

  private changedByReader(filter: TimelineFilter): void {
    clearTimeout(this.typingPause);
    // Over large data, the words apply once typing pauses: each letter would re-lay thousands of events.
    const typing = filter.text !== this.current.text && this.options.events().length >= TYPING_PAUSE_FROM;
    if (typing) {
      this.typingPause = setTimeout(() => this.applyReaderFilter(filter), TYPING_PAUSE_MS);
      this.pendingText = filter.text ?? '';
      return;
    }
    // A choice made while typed words wait takes them along.
    const text = this.pendingText;
    this.applyReaderFilter(text === undefined ? filter : normalizeFilter({ ...filter, text }));
  }

  private applyReaderFilter(filter: TimelineFilter): void {
    this.pendingText = undefined;
    this.filter = filter;
    // The count the event reports is the one the plot will show.
    void this.options.counted().then(() =>
      this.options.onReaderChange({ filter: this.current, shown: this.shown, total: this.options.events().length }),
    );
  }
}
