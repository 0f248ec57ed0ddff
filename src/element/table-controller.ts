import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EventDate } from '../model/event-date.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { eventTable, TABLE_PAGE_SIZE, type TableSort, type TableSortKey } from './event-table.js';
import type { UiStrings } from './ui-strings.js';

export interface TableRenderProps {
  readonly strings: UiStrings;
  readonly lang: string;
  readonly selectedId: string | undefined;
  /** The caption, given how many events the table lists. */
  readonly caption: (count: number) => string;
  readonly dateOf: (event: TimelineEvent) => string;
  /** One date in words: when a source was accessed. */
  readonly dateInWords: (date: EventDate) => string;
  readonly onSelect: (id: string) => void;
}

/**
 * The table view: whether it is open, how it is sorted, how many rows it shows, and which events it
 * lists (those in view when it was opened, or when new data arrived while it was open).
 */
export class TableController {
  /** The table is shown instead of the plot. */
  open = false;
  private sort: TableSort = { key: 'date', ascending: true };
  private rows = TABLE_PAGE_SIZE;
  private events: readonly TimelineEvent[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly eventsInView: () => readonly TimelineEvent[],
  ) {}

  toggle(): void {
    this.open = !this.open;
    if (this.open) this.listEventsInView();
    this.host.requestUpdate();
  }

  /** New data: an open table lists what is in view now. */
  dataChanged(): void {
    if (this.open) this.listEventsInView();
  }

  render(props: TableRenderProps): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    return eventTable({
      ...props,
      events: this.events,
      sort: this.sort,
      shown: this.rows,
      caption: props.caption(this.events.length),
      onSort: (key: TableSortKey) => this.sortBy(key),
      onShowMore: () => this.showMore(),
    });
  }

  private listEventsInView(): void {
    this.events = this.eventsInView();
    this.rows = TABLE_PAGE_SIZE;
  }

  private sortBy(key: TableSortKey): void {
    this.sort = { key, ascending: this.sort.key === key ? !this.sort.ascending : true };
    this.host.requestUpdate();
  }

  private showMore(): void {
    this.rows += TABLE_PAGE_SIZE;
    this.host.requestUpdate();
  }
}
