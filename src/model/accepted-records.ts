/**
 * The records validation accepted, held a column per part in input order until their ids and time
 * order are settled (both depend on every record); their events are then made in time order.
 *
 * Columns, not an object per record: a million records are read over seconds, and what lives that long
 * is moved to the collector's old generation, to be dropped all at once when the events are made, garbage
 * only a major collection frees. With an object per record, a million records' load had a task of 134 to
 * 148 ms; with columns, 67 to 89. Events made in time order also lie in memory in that order, the order
 * layout walks them in: made in input order instead, the million's first render took 0.6 s longer.
 */
import type { IdRequestColumns } from './assign-event-ids.js';
import type { EventDate } from './event-date.js';
import type { EventSource, TimelineEvent } from './timeline-event.js';
import { makeTimelineEvent, type RareEventParts } from './make-timeline-event.js';

export class AcceptedRecords implements IdRequestColumns {
  private size = 0;
  readonly indices: number[];
  readonly given: (string | undefined)[];
  private readonly titles: string[];
  private readonly starts: EventDate[];
  private readonly ends: (EventDate | undefined)[];
  private readonly actors: (readonly string[])[];
  private readonly sources: (readonly EventSource[])[];
  /** A record's rare parts; undefined for most records of a large load, which have none. */
  private readonly rare: (RareEventParts | undefined)[];

  /** Room for `capacity` records: the columns are made at their full length once, not grown. */
  constructor(capacity: number) {
    this.indices = new Array<number>(capacity);
    this.given = new Array<string | undefined>(capacity);
    this.titles = new Array<string>(capacity);
    this.starts = new Array<EventDate>(capacity);
    this.ends = new Array<EventDate | undefined>(capacity);
    this.actors = new Array<readonly string[]>(capacity);
    this.sources = new Array<readonly EventSource[]>(capacity);
    this.rare = new Array<RareEventParts | undefined>(capacity);
  }

  /** How many records were accepted. */
  get count(): number {
    return this.size;
  }

  add(
    index: number,
    given: string | undefined,
    title: string,
    start: EventDate,
    end: EventDate | undefined,
    actors: readonly string[],
    sources: readonly EventSource[],
    rare: RareEventParts | undefined,
  ): void {
    const k = this.size++;
    this.indices[k] = index;
    this.given[k] = given;
    this.titles[k] = title;
    this.starts[k] = start;
    this.ends[k] = end;
    this.actors[k] = actors;
    this.sources[k] = sources;
    this.rare[k] = rare;
  }

  /** Record k's event's `from`: its start's earliest instant (UTC ms). */
  from(k: number): number {
    return this.starts[k]!.earliest;
  }

  /** Record k's event's `to`: its end's, or else its start's, latest instant (UTC ms). */
  to(k: number): number {
    return (this.ends[k] ?? this.starts[k]!).latest;
  }

  /** Record k's event, with its assigned id. */
  event(k: number, id: string): TimelineEvent {
    return makeTimelineEvent(id, this.titles[k]!, this.starts[k]!, this.ends[k], this.actors[k]!, this.sources[k]!, this.rare[k]);
  }
}
