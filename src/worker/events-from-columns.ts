/**
 * The page's side of event-columns.ts: TimelineEvent objects again, equal to the ones the worker
 * encoded, made a slice at a time (see stepwise.ts) so that no task of the page runs long.
 */
import type { DateSet, EventDate } from '../model/event-date.js';
import type { DateClaim, EventSource, TimelineEvent } from '../model/timeline-event.js';
import type { Stepwise } from '../model/stepwise.js';
import { DATE_PRECISIONS } from '../model/event-date.js';
import { makeTimelineEvent } from '../model/make-timeline-event.js';
import { DATE_BITS, NO_DATE, OPEN_BOUNDS, SEASONS, type EventColumns } from './event-columns.js';
import { NO_STRING, readStringPages } from './string-table.js';

const NO_SOURCES: readonly EventSource[] = Object.freeze([]);

/** The events the columns hold, in their order, yielding every `sliceSize` events (after telling `onMade` how many are made). */
export function* eventsFromColumns(columns: EventColumns, sliceSize: number, onMade?: (made: number) => void): Stepwise<TimelineEvent[]> {
  const strings: string[] = [];
  yield* readStringPages(columns.strings, strings);
  const text = (number: number) => (number === NO_STRING ? undefined : strings[number]);
  // JSON parts are shared by many events (one source for a whole file): parsed once each.
  const parsed = new Map<number, unknown>();
  const fromJson = <T>(number: number): T => {
    let value = parsed.get(number);
    if (value === undefined) parsed.set(number, (value = JSON.parse(strings[number]!)));
    return value as T;
  };
  const { dates } = columns;
  // A date shared by events in the worker (encoded once) is one object on the page again.
  const made = new Array<EventDate | undefined>(dates.earliest.length);
  const date = (number: number): EventDate | undefined => (number === NO_DATE ? undefined : (made[number] ??= makeDate(number)));
  const makeDate = (number: number): EventDate => {
    const code = dates.code[number]!;
    const date: { -readonly [K in keyof EventDate]: EventDate[K] } = {
      earliest: dates.earliest[number]!,
      latest: dates.latest[number]!,
      precision: DATE_PRECISIONS[code & 7]!,
      uncertain: (code & DATE_BITS.uncertain) !== 0,
      approximate: (code & DATE_BITS.approximate) !== 0,
      text: strings[dates.text[number]!]!,
    };
    const season = SEASONS[(code >> DATE_BITS.seasonShift) & 7];
    if (season !== undefined) date.season = season;
    const unspecified = (code >> DATE_BITS.unspecifiedShift) & 3;
    if (unspecified !== 0) date.unspecified = unspecified === 2;
    const set = dates.set[number]!;
    if (set !== NO_STRING) date.set = fromJson<DateSet>(set);
    return date;
  };
  const actorLists = new SharedActorLists(columns, strings);
  const { texts } = columns;
  const events = new Array<TimelineEvent>(columns.count);
  for (let i = 0; i < columns.count; i++) {
    const start = date(columns.start[i]!)!;
    const end = date(columns.end[i]!);
    const open = columns.open[i]!;
    const sources = columns.sources[i]!;
    const claims = columns.claims[i]!;
    // Made as validation makes its events (make-timeline-event.ts), so that both give equal events.
    events[i] = makeTimelineEvent(
      strings[columns.id[i]!]!,
      strings[columns.title[i]!]!,
      start,
      end,
      actorLists.of(i),
      sources === NO_STRING ? NO_SOURCES : fromJson<EventSource[]>(sources),
      {
        openStart: OPEN_BOUNDS[open & 3],
        openEnd: OPEN_BOUNDS[open >> 2],
        description: text(texts.description[i]!),
        category: text(texts.category[i]!),
        dateText: text(texts.dateText[i]!),
        dateNote: text(texts.dateNote[i]!),
        reported: date(columns.reported[i]!),
        confidence: text(texts.confidence[i]!),
        dateClaims: claims === NO_STRING ? undefined : fromJson<DateClaim[]>(claims),
        fields: fieldsOf(columns, strings, i),
      },
    );
    if ((i + 1) % sliceSize === 0) {
      onMade?.(i + 1);
      yield;
    }
  }
  return events;
}

/** Most distinct lists of actors kept, as validation keeps (repeated-values.ts). */
const MAX_ACTOR_LISTS = 50_000;

/**
 * Each event's actors, one frozen list for events that name the same ones, as validation shares them
 * (repeated-values.ts): a million rows name a few hundred actors, and a list per event was ~50 bytes each.
 */
class SharedActorLists {
  private readonly lists = new Map<string, readonly string[]>();

  constructor(
    private readonly columns: EventColumns,
    private readonly strings: readonly string[],
  ) {}

  of(i: number): readonly string[] {
    const { actorEnds, actors } = this.columns;
    const from = i === 0 ? 0 : actorEnds[i - 1]!;
    const to = actorEnds[i]!;
    const key = actors.subarray(from, to).join();
    const known = this.lists.get(key);
    if (known) return known;
    const list = new Array<string>(to - from);
    for (let k = from; k < to; k++) list[k - from] = this.strings[actors[k]!]!;
    Object.freeze(list);
    if (this.lists.size < MAX_ACTOR_LISTS) this.lists.set(key, list);
    return list;
  }
}

function fieldsOf({ fieldEnds, fields }: EventColumns, strings: readonly string[], i: number): Map<string, string> | undefined {
  const from = i === 0 ? 0 : fieldEnds[i - 1]!;
  const to = fieldEnds[i]!;
  if (from === to) return undefined;
  const map = new Map<string, string>();
  for (let k = from; k < to; k++) map.set(strings[fields[2 * k]!]!, strings[fields[2 * k + 1]!]!);
  return map;
}
