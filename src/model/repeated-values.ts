/**
 * Values that records of one load repeat, made once and shared by every event that has them: a million
 * ACLED rows name a few thousand days and a few hundred actors, and an EventDate or a list of actors
 * per event was half of what the events held (about 100 bytes each). Shared values are never changed
 * (events are read-only), and lists of actors are frozen so that no page can change them for others.
 */
import { parseDateInput, type ParsedDateInput } from './parse-event-date.js';

/** Most distinct values of a kind kept: data whose every value differs gains nothing and holds no map of them all. */
const MAX_KEPT = 50_000;

const NO_NAMES: readonly string[] = Object.freeze([]);

export class RepeatedValues {
  private readonly dates = new Map<string, ParsedDateInput>();
  private readonly actorLists = new Map<string, readonly string[]>();

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
