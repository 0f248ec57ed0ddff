// The model's public pieces: pure, DOM-free types and functions over dated events.
export type { DatePrecision, EventDate, OpenBound, Season } from './event-date.js';
export type {
  DateInput,
  EventSet,
  EventSource,
  EventSourceInput,
  RecordDiagnostic,
  TimelineEra,
  TimelineEvent,
  TimelineEventInput,
} from './timeline-event.js';
export { parseDateInput, parseEventDate, DATE_PROBLEMS, INPUT_PROBLEMS } from './parse-event-date.js';
export type { ParsedDateInput } from './parse-event-date.js';
export { validateEvents, validateEventsInSlices, DEFAULT_SLICE_SIZE, type SliceOptions } from './validate-events.js';
export { describeDate, describeEventDate, EN_DATE_WORDS } from './describe-date.js';
export type { DateWords, DatePatterns, DescribeOptions } from './describe-date.js';
export { utcFieldsAsLocal } from './utc-calendar.js';
export { safeUrl } from './safe-url.js';
