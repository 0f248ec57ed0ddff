/**
 * What a date pattern makes of the words it matched: EDTF at the precision the words
 * carry, how it got there, and what later words ("the next day") may count from.
 */
import type { CalendarDay } from './calendar-day.js';

/** A date that later anaphoric words may count from. */
export interface Anchor {
  readonly day: CalendarDay;
  readonly precision: 'day' | 'month' | 'year';
}

export type ReadingBasis = 'written' | 'published' | 'previous';

export interface DateReading {
  /** EDTF; absent when the words could not be placed (then `reason` says why). */
  readonly start?: string;
  /** EDTF end, for ranges. */
  readonly end?: string;
  /** How the words were read, e.g. "the Monday before, 11 February 2019". */
  readonly explanation: string;
  /** What the words were read against: nothing (as written), the publication date, or the date before them in the text. */
  readonly basis: ReadingBasis;
  readonly reason?: string;
  readonly anchor?: Anchor;
}

export interface ReadingContext {
  readonly published: CalendarDay;
  /** The words around the date speak of the future ("will meet on Thursday"). */
  readonly future: boolean;
  /** The last date placed before these words in the text. */
  readonly previous?: Anchor;
}

/** One kind of date expression: where it is, and how to read a match. */
export interface DatePattern {
  /** What the pattern reads, for tests and debugging: 'weekday', 'season', … */
  readonly kind: string;
  /** Global, so every occurrence in a sentence is found. */
  readonly regex: RegExp;
  /** The reading, or undefined when the match is not a date after all (an amount, a name). */
  read(match: RegExpExecArray, context: ReadingContext): DateReading | undefined;
}

/** A reading with no date and the reason, for words that name no placeable time. */
export function unplaced(explanation: string, reason: string): DateReading {
  return { explanation, reason, basis: 'published' };
}
