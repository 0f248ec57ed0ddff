/**
 * Validated events as columns of typed arrays, which a worker transfers to the page in milliseconds,
 * where posting a million event objects would have the page deserialise them for seconds.
 *
 * What every event has, and what most do (title, dates, actors, an ACLED row's 25 other columns), is
 * numbers: instants in Float64Arrays, codes in small integers, text as numbers into one string table
 * (each distinct string once). What few events have and which nests (date sets, date claims, sources
 * with their links and dates) is JSON text in that same table: rare, so parsing it costs little, and
 * shared, since a source or a set given by many rows is one string, parsed once on the page.
 */
import { DATE_PRECISIONS, type EventDate, type OpenBound, type Season } from '../model/event-date.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { NO_STRING, StringTableBuilder, stringBuffers, type StringPages } from './string-table.js';

/** A date's number meaning "no date" (an event with no end, no reported date). */
export const NO_DATE = 0xffffffff;

/** Season codes start at 1: 0 is "no season". */
export const SEASONS: readonly (Season | undefined)[] = [undefined, 'spring', 'summer', 'autumn', 'winter'];
/** Open bound codes: 0 is "not open". */
export const OPEN_BOUNDS: readonly (OpenBound | undefined)[] = [undefined, 'open', 'unknown'];

/**
 * A date's code: precision in bits 0–2, uncertain bit 3, approximate bit 4, season in bits 5–7,
 * and `unspecified` in bits 8–9 (0 absent, 1 false, 2 true): an absent key and a false one are not the same object.
 */
export const DATE_BITS = { uncertain: 1 << 3, approximate: 1 << 4, seasonShift: 5, unspecifiedShift: 8 } as const;

/** The dates of the events (start, end, reported), one row each. */
export interface DateColumns {
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
  readonly code: Uint16Array;
  readonly text: Uint32Array;
  /** The date's set as JSON (NO_STRING: none). */
  readonly set: Uint32Array;
}

/** The optional texts of an event, each a string number per event (NO_STRING: absent). */
export const TEXT_COLUMNS = ['description', 'category', 'dateText', 'dateNote', 'confidence'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

export interface EventColumns {
  readonly count: number;
  readonly strings: StringPages;
  readonly id: Uint32Array;
  readonly title: Uint32Array;
  readonly texts: Readonly<Record<TextColumn, Uint32Array>>;
  /** Date numbers into `dates`; `end` and `reported` NO_DATE when absent. */
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly reported: Uint32Array;
  /** OPEN_BOUNDS codes: openStart in bits 0–1, openEnd in bits 2–3. */
  readonly open: Uint8Array;
  /** Event i's actors are `actors[actorEnds[i-1] … actorEnds[i]]`, string numbers. */
  readonly actorEnds: Uint32Array;
  readonly actors: Uint32Array;
  /** Event i's fields are pairs (key, value) in `fields[2·fieldEnds[i-1] … 2·fieldEnds[i]]`; none: `fields` absent. */
  readonly fieldEnds: Uint32Array;
  readonly fields: Uint32Array;
  /** `sources` as JSON (NO_STRING: none) and `dateClaims` as JSON (NO_STRING: absent). */
  readonly sources: Uint32Array;
  readonly claims: Uint32Array;
  readonly dates: DateColumns;
}

/** A growable typed array: the counts of actors, fields and dates are known only once read. */
class Growing<T extends Uint32Array | Float64Array | Uint16Array> {
  length = 0;
  constructor(
    private array: T,
    private readonly make: (size: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = this.make(this.array.length * 2 + 16);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }

  /** The values pushed, in an array of their own length (for transfer). */
  done(): T {
    return this.array.slice(0, this.length) as T;
  }
}

const uint32 = (size: number) => new Growing(new Uint32Array(size), (n) => new Uint32Array(n));

/** The events as columns, and the buffers to transfer with them. */
export function eventColumns(events: readonly TimelineEvent[]): { columns: EventColumns; transfer: ArrayBuffer[] } {
  const n = events.length;
  const strings = new StringTableBuilder();
  const json = (value: unknown) => strings.add(JSON.stringify(value));
  const dates = {
    earliest: new Growing(new Float64Array(n), (size) => new Float64Array(size)),
    latest: new Growing(new Float64Array(n), (size) => new Float64Array(size)),
    code: new Growing(new Uint16Array(n), (size) => new Uint16Array(size)),
    text: uint32(n),
    set: uint32(n),
  };
  // Validation gives events with the same date text one EventDate (repeated-values.ts): it is encoded once, and shared again on the page.
  const dateNumbers = new Map<EventDate, number>();
  const addDate = (date: EventDate | undefined): number => {
    if (date === undefined) return NO_DATE;
    const known = dateNumbers.get(date);
    if (known !== undefined) return known;
    const number = dates.earliest.length;
    dateNumbers.set(date, number);
    dates.earliest.push(date.earliest);
    dates.latest.push(date.latest);
    dates.code.push(dateCode(date));
    dates.text.push(strings.add(date.text));
    dates.set.push(date.set === undefined ? NO_STRING : json(date.set));
    return number;
  };
  const id = new Uint32Array(n);
  const title = new Uint32Array(n);
  const texts = Object.fromEntries(TEXT_COLUMNS.map((column) => [column, new Uint32Array(n)])) as Record<TextColumn, Uint32Array>;
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const reported = new Uint32Array(n);
  const open = new Uint8Array(n);
  const actorEnds = new Uint32Array(n);
  const actors = uint32(n);
  const fieldEnds = new Uint32Array(n);
  const fields = uint32(n);
  const sources = new Uint32Array(n);
  const claims = new Uint32Array(n);
  events.forEach((event, i) => {
    id[i] = strings.add(event.id);
    title[i] = strings.add(event.title);
    for (const column of TEXT_COLUMNS) texts[column][i] = strings.add(event[column]);
    start[i] = addDate(event.start);
    end[i] = addDate(event.end);
    reported[i] = addDate(event.reported);
    open[i] = openCode(event.openStart) | (openCode(event.openEnd) << 2);
    for (const actor of event.actors) actors.push(strings.add(actor));
    actorEnds[i] = actors.length;
    if (event.fields) {
      for (const [key, value] of event.fields) {
        fields.push(strings.add(key));
        fields.push(strings.add(value));
      }
    }
    fieldEnds[i] = fields.length / 2;
    sources[i] = event.sources.length === 0 ? NO_STRING : json(event.sources);
    claims[i] = event.dateClaims === undefined ? NO_STRING : json(event.dateClaims);
  });
  const columns: EventColumns = {
    count: n,
    strings: strings.finish(),
    id,
    title,
    texts,
    start,
    end,
    reported,
    open,
    actorEnds,
    actors: actors.done(),
    fieldEnds,
    fields: fields.done(),
    sources,
    claims,
    dates: { earliest: dates.earliest.done(), latest: dates.latest.done(), code: dates.code.done(), text: dates.text.done(), set: dates.set.done() },
  };
  const arrays = [id, title, ...Object.values(texts), start, end, reported, open, actorEnds, columns.actors, fieldEnds, columns.fields, sources, claims, ...Object.values(columns.dates)];
  return { columns, transfer: [...arrays.map((array) => array.buffer as ArrayBuffer), ...stringBuffers(columns.strings)] };
}

function dateCode(date: EventDate): number {
  let code = DATE_PRECISIONS.indexOf(date.precision);
  if (date.uncertain) code |= DATE_BITS.uncertain;
  if (date.approximate) code |= DATE_BITS.approximate;
  if (date.season !== undefined) code |= SEASONS.indexOf(date.season) << DATE_BITS.seasonShift;
  if ('unspecified' in date) code |= (date.unspecified ? 2 : 1) << DATE_BITS.unspecifiedShift;
  return code;
}

function openCode(bound: OpenBound | undefined): number {
  return bound === undefined ? 0 : OPEN_BOUNDS.indexOf(bound);
}
