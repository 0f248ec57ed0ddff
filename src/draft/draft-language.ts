/**
 * The languages draftEvents reads: the patterns that find dates, and the words that turn a date
 * towards the future. English is the default and the fallback; Turkish dates are read through
 * their English counterparts. Notes are in English either way.
 */
import type { DatePattern } from './date-reading.js';
import { englishPatterns, numericDatePatterns } from './english-patterns.js';
import { speaksOfFuture } from './future-cue.js';
import { turkishDatePatterns } from './patterns/turkish-dates.js';

export interface DraftLanguage {
  readonly patterns: readonly DatePattern[];
  /** Whether the words around the date at [start, end) of the sentence speak of the future. */
  speaksOfFuture(sentence: string, start: number, end: number): boolean;
}

const CLAUSE_BREAK = /[,;:()\u2014\u2013]/;
/** Turkish puts the verb after the date: "Perşembe günü bir araya gelecek" (will meet on Thursday). */
const TURKISH_FUTURE = /\p{L}+(?:acak|ecek|acağ|eceğ)\p{L}*|planlan\p{L}*|bekleniyor|öngörülüyor/u;

const english: DraftLanguage = { patterns: englishPatterns, speaksOfFuture };

const turkish: DraftLanguage = {
  patterns: [...turkishDatePatterns, ...numericDatePatterns],
  speaksOfFuture: (sentence, _start, end) => TURKISH_FUTURE.test(sentence.slice(end).split(CLAUSE_BREAK)[0] ?? ''),
};

/** The language of a BCP 47 tag ('tr', 'tr-TR'); English for any other. */
export function draftLanguage(locale = 'en'): DraftLanguage {
  return /^tr\b/i.test(locale) ? turkish : english;
}

/** Languages read, by their BCP 47 primary subtag. */
export const DRAFT_LANGUAGES = ['en', 'tr'] as const;
