import type { EventDate, OpenBound } from './event-date.js';
import type { DateClaim } from './read-date-claims.js';

export type { DateClaim } from './read-date-claims.js';

/** What users may give for a date: EDTF/ISO text, epoch milliseconds, or a Date. */
export type DateInput = string | number | Date;

/** A source as a user may give it: a name, a URL, or both. */
export type EventSourceInput = string | { name?: string; url?: string; archived?: string; accessed?: DateInput };

/**
 * One record as users give it (property `events`, JSON, or what a reader
 * produced from CSV, TimelineJS or a light-DOM list). Nothing here is trusted.
 */
export interface TimelineEventInput {
  id?: string | number;
  /**
   * EDTF/ISO string, epoch ms or Date. An EDTF interval (`2017-09/2018-09`) sets both ends; an EDTF
   * level 2 set is one of several dates (`[2018-09-17,2018-09-18]`) or all of them (`{2019-01,2019-02}`).
   * May be left out when `dates` is given.
   */
  start?: DateInput;
  end?: DateInput;
  title: string;
  /** Plain text; never interpreted as HTML. */
  description?: string;
  /** Names of the parties involved; a string is split on `;` (and `,` when no `;`). */
  actors?: string[] | string;
  /** A kind of event (ACLED event_type, TimelineJS group, ...). */
  category?: string;
  /** The source's own wording of the date, e.g. "last fall". */
  dateText?: string;
  /** How the date was resolved, e.g. "inferred from the article's 'on Monday'". */
  dateNote?: string;
  sources?: EventSourceInput[];
  /** Shorthand for one source link. */
  url?: string;
  /** When the source published it (EDTF/ISO date): shown beside the event's date, never used to place it. */
  reported?: DateInput;
  /**
   * Where sources disagree on the date: each date with who gives it. Without `start`, the event is
   * one of these dates; with it, they are listed beside it in the details.
   */
  dates?: DateClaimInput[];
  /** `confirmed`, `likely`, `contested` or `discounted` (any case), or a word of the author's own. */
  confidence?: string;
  /**
   * The record's other columns (ACLED `admin1`, `country`, …), kept as text so that `lanes` can group
   * by any of them and search can find them. Readers put the columns they do not map here.
   */
  fields?: Record<string, string | number>;
}

/** One source's date for an event (see TimelineEventInput.dates). */
export interface DateClaimInput {
  /** One calendar date at any precision (EDTF/ISO text), not a set or an interval. */
  date: DateInput;
  source?: EventSourceInput | EventSourceInput[];
  note?: string;
}

/** A source as the timeline shows it; `url` is present only when it is http(s) or mailto. */
export interface EventSource {
  readonly name: string;
  readonly url?: string;
  /** A lasting copy of the page (web archive), http(s) only. */
  readonly archived?: string;
  /** When the source was read. */
  readonly accessed?: EventDate;
}

/**
 * A validated event: what layout, render and the element work with. Read-only. An event with only the
 * usual parts reads `from` and `to` through getters on its prototype (make-timeline-event.ts): a spread,
 * `Object.keys` or `structuredClone` leaves them out; `for…in` and JSON keep them.
 */
export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly start: EventDate;
  /** The end when the event is a span; absent for an event at one (possibly vague) date. */
  readonly end?: EventDate;
  /** Set when the end is EDTF-open (`..`) or unknown (empty). */
  readonly openEnd?: OpenBound;
  /** Set when the start is EDTF-open or unknown (`../2019`, `/2019`); `start` is then the known end's earliest. */
  readonly openStart?: OpenBound;
  readonly description?: string;
  readonly actors: readonly string[];
  readonly category?: string;
  readonly dateText?: string;
  readonly dateNote?: string;
  readonly sources: readonly EventSource[];
  /** When the source published it; absent when not given or not a date. Layout ignores it. */
  readonly reported?: EventDate | undefined;
  /** Who gives which date, where sources disagree (TimelineEventInput.dates); absent when not given. */
  readonly dateClaims?: readonly DateClaim[] | undefined;
  /** A level of CONFIDENCE_LEVELS (lower case), or the author's own word as given. */
  readonly confidence?: string | undefined;
  /** The record's other columns as text (see TimelineEventInput.fields); absent when it has none. */
  readonly fields?: ReadonlyMap<string, string> | undefined;
  /** Earliest instant the event may touch (UTC ms): start.earliest. */
  readonly from: number;
  /** Latest instant the event may touch (UTC ms): (end ?? start).latest. */
  readonly to: number;
}

/** Why one input record is not on the timeline (or, for warnings, what was changed). */
export interface RecordDiagnostic {
  /** Position of the record in the input, 0-based. */
  readonly index: number;
  readonly record: unknown;
  /** A sentence a person can act on, e.g. "record 3: start 'not a date' is not a date (expected e.g. 2018-09-17, 2011-03, 2017-23)". */
  readonly reason: string;
}

/** A background span (TimelineJS "eras"). */
export interface TimelineEra {
  readonly title: string;
  readonly start: EventDate;
  readonly end: EventDate;
}

/** The outcome of validating a batch of records: every record is in exactly one of events or rejected. */
export interface EventSet {
  /** Valid events, sorted by `from`, then `to`, then input order. */
  readonly events: readonly TimelineEvent[];
  readonly rejected: readonly RecordDiagnostic[];
  /** Accepted records that were changed to be shown (e.g. a duplicate id renamed). */
  readonly warnings: readonly RecordDiagnostic[];
  readonly eras: readonly TimelineEra[];
}
