import type { TimelineFilter } from '../model/event-filter.js';
import type { RecordDiagnostic, TimelineEvent } from '../model/timeline-event.js';

export type { TimelineFilter };

/** `ct-view-change` detail: the window of time now on screen. */
export interface ViewChangeDetail {
  readonly start: Date;
  readonly end: Date;
}

/** `ct-diagnostics` detail: how a load went, record by record. accepted + rejected.length = records given. */
export interface DiagnosticsDetail {
  readonly accepted: number;
  readonly rejected: readonly RecordDiagnostic[];
  /** Accepted records that were changed to be shown (renamed duplicate ids, dropped unsafe links). */
  readonly warnings: readonly RecordDiagnostic[];
  /** Where the records came from. */
  readonly origin: 'events' | 'src' | 'list';
}

/** `ct-locale-change` detail: the language now in use. */
export interface LocaleChangeDetail {
  /** The tag asked for (attribute `locale`, or the inherited `lang`). */
  readonly requested: string;
  /** The pack in use, e.g. 'ar'; 'en' when falling back. */
  readonly locale: string;
  /** True when the requested language is not shipped and English is used instead. */
  readonly fallback: boolean;
}

/** `ct-load-error` detail: a `src` load failed; the element shows the reason with a retry button. */
export interface LoadErrorDetail {
  readonly url: string;
  /** The reason, in words a person can act on. */
  readonly message: string;
}

/** `ct-filter-change` detail: the filter the reader set, and how many events it keeps of all. */
export interface FilterChangeDetail {
  readonly filter: TimelineFilter;
  readonly shown: number;
  readonly total: number;
}

/** `ct-select` detail: the event now selected, or null when the selection was cleared. */
export type SelectDetail = TimelineEvent | null;

/** Each event the element fires, by name, with its detail: the one place that pairs them. */
export interface TimelineEventMap {
  'ct-select': SelectDetail;
  'ct-view-change': ViewChangeDetail;
  'ct-diagnostics': DiagnosticsDetail;
  'ct-locale-change': LocaleChangeDetail;
  'ct-load-error': LoadErrorDetail;
  'ct-filter-change': FilterChangeDetail;
}

export type TimelineEventName = keyof TimelineEventMap;
export type ViewChangeEvent = CustomEvent<ViewChangeDetail>;
export type SelectEvent = CustomEvent<SelectDetail>;
export type DiagnosticsEvent = CustomEvent<DiagnosticsDetail>;
export type LocaleChangeEvent = CustomEvent<LocaleChangeDetail>;
export type LoadErrorEvent = CustomEvent<LoadErrorDetail>;
export type FilterChangeEvent = CustomEvent<FilterChangeDetail>;

// The events bubble out of the shadow root, so a listener on any ancestor, the document included, gets them typed.
declare global {
  interface GlobalEventHandlersEventMap {
    'ct-select': SelectEvent;
    'ct-view-change': ViewChangeEvent;
    'ct-diagnostics': DiagnosticsEvent;
    'ct-locale-change': LocaleChangeEvent;
    'ct-load-error': LoadErrorEvent;
    'ct-filter-change': FilterChangeEvent;
  }
}

/** Events leave the shadow root and bubble, so a page can listen on any ancestor. */
export function timelineEvent<K extends TimelineEventName>(type: K, detail: TimelineEventMap[K]): CustomEvent<TimelineEventMap[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
