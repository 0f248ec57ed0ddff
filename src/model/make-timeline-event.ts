/**
 * A TimelineEvent from its parts, in one of two forms, so that a large load holds as little per
 * event as it can while every event reads the same:
 *
 * - an event with only the usual parts (id, title, dates, actors, sources) is a PlainEvent: six fields,
 *   with `from` and `to` read from its dates. A million of them are a third of what the full form
 *   holds: each field is 4 bytes, and a time kept in a field is a number of its own (12 bytes)
 *   per event, where read from the dates it is the one shared by every event on that date;
 * - an event with anything more (an open end, a description, a kind, fields…) is an object with
 *   every key of TimelineEvent in one order (absent ones undefined), so code going over many of them
 *   stays on one object shape.
 *
 * Validation and the worker's events (events-from-columns.ts) are both made here, so that the same
 * record gives equal events either way. JSON.stringify writes both forms alike.
 */
import type { EventDate, OpenBound } from './event-date.js';
import type { DateClaim, EventSource, TimelineEvent } from './timeline-event.js';

/** The parts few events have; all absent for most of a large load. */
export interface RareEventParts {
  readonly openStart?: OpenBound | undefined;
  readonly openEnd?: OpenBound | undefined;
  readonly description?: string | undefined;
  readonly category?: string | undefined;
  readonly dateText?: string | undefined;
  readonly dateNote?: string | undefined;
  readonly reported?: EventDate | undefined;
  readonly confidence?: string | undefined;
  readonly dateClaims?: readonly DateClaim[] | undefined;
  readonly fields?: ReadonlyMap<string, string> | undefined;
}

/**
 * An event with none of the rare parts. `from` and `to` are read from its dates (as validation
 * defines them: start's earliest, end's or else start's latest); the rare parts are absent.
 */
class PlainEvent implements TimelineEvent {
  constructor(
    readonly id: string,
    readonly title: string,
    readonly start: EventDate,
    readonly end: EventDate | undefined,
    readonly actors: readonly string[],
    readonly sources: readonly EventSource[],
  ) {}

  get from(): number {
    return this.start.earliest;
  }

  get to(): number {
    return (this.end ?? this.start).latest;
  }

  /** The keys a full event writes, in its order (JSON leaves out the undefined ones). */
  toJSON(): object {
    return { id: this.id, title: this.title, start: this.start, end: this.end, actors: this.actors, sources: this.sources, from: this.from, to: this.to };
  }
}

// Enumerable, so that `for…in` (and comparisons built on it) list the times as they list the full form's.
const times = Object.getOwnPropertyDescriptors(PlainEvent.prototype);
Object.defineProperties(PlainEvent.prototype, { from: { ...times.from, enumerable: true }, to: { ...times.to, enumerable: true } });

function hasRareParts(rare: RareEventParts): boolean {
  return (
    rare.openStart !== undefined ||
    rare.openEnd !== undefined ||
    rare.description !== undefined ||
    rare.category !== undefined ||
    rare.dateText !== undefined ||
    rare.dateNote !== undefined ||
    rare.reported !== undefined ||
    rare.confidence !== undefined ||
    rare.dateClaims !== undefined ||
    rare.fields !== undefined
  );
}

/** The event with these parts; `rare` may be left out when it has none. */
export function makeTimelineEvent(
  id: string,
  title: string,
  start: EventDate,
  end: EventDate | undefined,
  actors: readonly string[],
  sources: readonly EventSource[],
  rare?: RareEventParts,
): TimelineEvent {
  if (rare === undefined || !hasRareParts(rare)) return new PlainEvent(id, title, start, end, actors, sources);
  return {
    id,
    title,
    start,
    end,
    openStart: rare.openStart,
    openEnd: rare.openEnd,
    description: rare.description,
    actors,
    category: rare.category,
    dateText: rare.dateText,
    dateNote: rare.dateNote,
    sources,
    reported: rare.reported,
    confidence: rare.confidence,
    dateClaims: rare.dateClaims,
    fields: rare.fields,
    from: start.earliest,
    // An open end is drawn by layout, not stretched here.
    to: (end ?? start).latest,
  };
}
