/**
 * Values that records of one load repeat, made once and shared by every event that has them: a million
 * ACLED rows name a few thousand days and a few hundred actors, and an EventDate or a list of actors
 * per event was half of what the events held (about 100 bytes each). Shared values are never changed
 * (events are read-only), and lists of actors are frozen so that no page can change them for others.
 */
import { parseDateInput, type ParsedDateInput } from './parse-event-date.js';
import { readActors, type ReadActors } from './read-actors.js';
import { readEventDates, type ReadDates } from './read-event-dates.js';

/** Most distinct values of a kind kept: data whose every value differs gains nothing and holds no map of them all. */
const MAX_KEPT = 50_000;

const NO_NAMES: readonly string[] = Object.freeze([]);

export class RepeatedValues {
  /** A list to note a record's warnings in while it is read, emptied for each record. */
  readonly notes: string[] = [];
  private readonly dates = new Map<string, ParsedDateInput>();
  /** Dates read from a start alone, by its text. */
  private readonly startsAlone = new Map<string, ReadDates>();
  /** Dates read from a start and an end, by start text, then end text: no key is joined per record. */
  private readonly spans = new Map<string, Map<string, ReadDates>>();
  private keptDates = 0;
  private readonly actorLists = new Map<string, readonly string[]>();
  /** Actors read from text, by the text. */
  private readonly actorTexts = new Map<string, ReadActors>();
  /**
   * Actors read from a list of one name, by the name: apart from the texts, so that no key is joined per
   * record (a million joined keys were each a new string to hash).
   */
  private readonly actorNames = new Map<string, ReadActors>();

  /** readEventDates, the same result for the same texts of start and end. */
  readDates(start: unknown, end: unknown): ReadDates {
    if (typeof start !== 'string') return readEventDates(start, end, this.parseDate);
    if (end === undefined) {
      let read = this.startsAlone.get(start);
      if (read === undefined) {
        read = readEventDates(start, end, this.parseDate);
        if (this.keptDates++ < MAX_KEPT) this.startsAlone.set(start, read);
      }
      return read;
    }
    if (typeof end !== 'string') return readEventDates(start, end, this.parseDate);
    let ends = this.spans.get(start);
    let read = ends?.get(end);
    if (read === undefined) {
      read = readEventDates(start, end, this.parseDate);
      if (this.keptDates++ < MAX_KEPT) {
        if (ends === undefined) this.spans.set(start, (ends = new Map()));
        ends.set(end, read);
      }
    }
    return read;
  }

  /** readActors, with its list shared (see `actors`), the same result for the same text or list of one name. */
  readActors(value: unknown): ReadActors {
    let kept: Map<string, ReadActors> | undefined;
    let key: string | undefined;
    if (typeof value === 'string') [kept, key] = [this.actorTexts, value];
    else if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') [kept, key] = [this.actorNames, value[0]];
    const known = key === undefined ? undefined : kept!.get(key);
    if (known !== undefined) return known;
    const read = readActors(value);
    const shared = read.ignored ? read : { actors: this.actors(read.actors), ignored: false };
    if (key !== undefined && this.actorTexts.size + this.actorNames.size < MAX_KEPT) kept!.set(key, shared);
    return shared;
  }

  /** parseDateInput, the same result for the same text. */
  readonly parseDate = (input: unknown): ParsedDateInput => {
    if (typeof input !== 'string') return parseDateInput(input);
    let parsed = this.dates.get(input);
    if (parsed === undefined) {
      parsed = parseDateInput(input);
      if (this.dates.size < MAX_KEPT) this.dates.set(input, parsed);
    }
    return parsed;
  };

  /** The list, or an equal list already given (frozen). */
  actors(names: readonly string[]): readonly string[] {
    if (names.length === 0) return NO_NAMES;
    // NUL joins the names: a name holding one could make two lists one key, so it is not shared.
    if (names.some((name) => name.includes('\u0000'))) return names;
    const key = names.join('\u0000');
    const known = this.actorLists.get(key);
    if (known !== undefined) return known;
    if (this.actorLists.size >= MAX_KEPT) return names;
    const kept = Object.freeze([...names]);
    this.actorLists.set(key, kept);
    return kept;
  }
}
