/**
 * The English words that dates are written in: month, weekday and season names,
 * small numbers, and the regular-expression fragments built from them.
 */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Abbreviations as wire style writes them ("Sept. 17", "Feb 13"); read only beside a number. */
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month 1–12 of a name or abbreviation ("Sept." → 9), or undefined. */
export function monthNumber(word: string): number | undefined {
  const key = word.replace(/\.$/, '').toLowerCase();
  const full = MONTH_NAMES.findIndex((name) => name.toLowerCase() === key);
  return full >= 0 ? full + 1 : MONTH_ABBREVIATIONS[key];
}

/** Weekday 0 (Sunday) … 6 of a name, or undefined. */
export function weekdayNumber(word: string): number | undefined {
  const index = WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === word.toLowerCase());
  return index >= 0 ? index : undefined;
}

export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';

/** EDTF season codes (21–24), which the model reads as northern meteorological seasons. */
export const SEASON_CODES: Readonly<Record<SeasonName, number>> = { spring: 21, summer: 22, autumn: 23, winter: 24 };
/** The first month of each season; winter runs December to February of the next year. */
export const SEASON_FIRST_MONTHS: Readonly<Record<SeasonName, number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

export function seasonName(word: string): SeasonName | undefined {
  const key = word.toLowerCase();
  if (key === 'fall') return 'autumn';
  return key === 'spring' || key === 'summer' || key === 'autumn' || key === 'winter' ? key : undefined;
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};

/** A count in words or digits ("two", "a", "3"), or undefined. */
export function countOf(word: string): number | undefined {
  const key = word.toLowerCase();
  if (/^\d{1,3}$/.test(key)) return Number(key);
  return SMALL_NUMBERS[key];
}

// ---- regular-expression fragments ------------------------------------------------------

/** A word whose first letter may be capital (sentence start) or not: "[Ll]ast". */
export function anyCase(word: string): string {
  const first = word[0]!;
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`;
}

/** Alternatives, each in any case at its first letter. */
export function anyCaseOf(words: readonly string[]): string {
  return `(?:${words.map(anyCase).join('|')})`;
}

/** A full month name, capitalized as English writes it. */
export const MONTH_FULL = `(?:${MONTH_NAMES.join('|')})(?![A-Za-z])`;
/** A month name or abbreviation (with or without its dot). */
export const MONTH_ANY = `(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?![A-Za-z])))(?![A-Za-z])`;
/** A day of the month, 1–31, with an ordinal suffix or not. */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\dA-Za-z])';
/** A year news prose is about: 1800–2099, not part of a larger number or an amount. */
export const YEAR = '(?<![\\d.,$€£])(?:1[89]\\d\\d|20\\d\\d)(?![\\d]|,\\d|\\.\\d)';
export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})(?![A-Za-z])`;
export const SEASON = `${anyCaseOf(['spring', 'summer', 'autumn', 'fall', 'winter'])}(?![A-Za-z])`;
/** A count: digits or a small number in words. */
export const COUNT = `(?:\\d{1,3}|${anyCaseOf(Object.keys(SMALL_NUMBERS))})`;
/** Not inside a word. */
export const WORD_START = '(?<![\\w\\-])';
/** Prepositions that belong to a date's words: "on Monday", "since March 2011". */
export const PREPOSITION = anyCaseOf(['on', 'in', 'since', 'by', 'until', 'till', 'during', 'throughout']);
/** Where in a month or year: "early", "mid-", "the end of". */
export const PART_OF = `(?:${anyCaseOf(['early', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the first half of', 'the second half of'])}\\s+|${anyCase('mid')}[\\s-]?)`;
