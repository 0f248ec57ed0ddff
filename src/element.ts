/**
 * conflict-timeline/element: the element's class and the package's helpers and types, without defining
 * `<conflict-timeline>`, for a page that registers the class itself (another tag name, a scoped registry)
 * or only needs a helper. The main entry (index.ts) is this plus the definition.
 */
export { ConflictTimeline } from './element/conflict-timeline.js';

/** The tag name the main entry defines the element under. */
export const TAG_NAME = 'conflict-timeline';

export type {
  DiagnosticsDetail,
  DiagnosticsEvent,
  FilterChangeDetail,
  FilterChangeEvent,
  LoadErrorDetail,
  LoadErrorEvent,
  LocaleChangeDetail,
  LocaleChangeEvent,
  SelectDetail,
  SelectEvent,
  TimelineEventMap,
  TimelineFilter,
  ViewChangeDetail,
  ViewChangeEvent,
} from './element/timeline-events.js';
export type { UiStrings } from './element/ui-strings.js';
export type { DatePrecision, DateSet, DateSetMember, EventDate, OpenBound, Season } from './model/event-date.js';
export type {
  DateClaim,
  DateClaimInput,
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
