/**
 * conflict-timeline: importing this module defines `<conflict-timeline>`.
 */
import { ConflictTimeline } from './element/conflict-timeline.js';

export const TAG_NAME = 'conflict-timeline';

// Guarded so that the package and the standalone bundle can meet on one page.
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, ConflictTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}

export { ConflictTimeline };
export type {
  DiagnosticsDetail,
  DiagnosticsEvent,
  LoadErrorDetail,
  LoadErrorEvent,
  LocaleChangeDetail,
  LocaleChangeEvent,
  SelectDetail,
  SelectEvent,
  ViewChangeDetail,
  ViewChangeEvent,
} from './element/timeline-events.js';
export type { UiStrings } from './element/ui-strings.js';
export type { DatePrecision, EventDate, OpenBound, Season } from './model/event-date.js';
export type {
  DateInput,
  EventSet,
  EventSource,
  EventSourceInput,
  RecordDiagnostic,
  TimelineEra,
  TimelineEvent,
  TimelineEventInput,
} from './model/timeline-event.js';
export { parseEventDate } from './model/parse-event-date.js';
export { validateEvents } from './model/validate-events.js';
export { describeDate, describeEventDate } from './model/describe-date.js';
