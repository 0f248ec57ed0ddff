/**
 * Dates written with a month or a year: "17 September 2018", "Sept. 17", "March 2011",
 * "the September deal", "in 2015", "the 1990s", "2019-02-11", "11/02/2019".
 * A day or month without its year takes the year that puts it nearest publication.
 */
import { edtfDay, edtfMonth, edtfYear, isRealDay, type CalendarDay } from '../calendar-day.js';
import { readCalendarParts } from '../calendar-parts.js';
import type { DatePattern, DateReading, ReadingContext } from '../date-reading.js';
import { dayWords, monthWords } from '../date-words.js';
import {
  anyCase, anyCaseOf, DAY, MONTH_ANY, MONTH_FULL, PART_OF, PREPOSITION, WEEKDAY, WORD_START, YEAR,
} from '../english-words.js';
import { dayOccurrence, monthOccurrence, type Occurrence } from '../nearest-occurrence.js';

const LEAD = `(?:${PREPOSITION}\\s+)?`;

/** Words that, after a four-digit number, make it an amount: "2000 fighters". */
const COUNTED_NOUN =
  /^\s*(?:people|persons|troops|fighters|soldiers|civilians|families|refugees|residents|children|men|women|members|rebels|militants|homes|houses|buildings|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|dollars|euros|pounds|hectares|acres|points|votes|cases|deaths|dead|killed|wounded|%|percent|per\b)/i;
/** Words that, before a four-digit number, make it an amount or a label: "about 2000", "Resolution 2042". */
const AMOUNT_OR_LABEL =
  /(?:\b(?:about|some|around|nearly|almost|roughly|than|least|to|over|under|approximately|estimated|[Rr]esolution|[Aa]rticle|[Cc]hapter|[Rr]oute|[Hh]ighway|[Ff]light|[Rr]oom|[Ss]ection|[Pp]ages?|[Nn]o\.?|[Nn]umber|[Ll]aw)\s+|[$€£#]\s*)$/;

function precededBy(match: RegExpExecArray, pattern: RegExp): boolean {
  return pattern.test(match.input.slice(Math.max(0, match.index - 40), match.index));
}

function followedBy(match: RegExpExecArray, pattern: RegExp): boolean {
  return pattern.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 30));
}

/** Past by default; the future when the words around speak of it. */
function defaultOccurrence(context: ReadingContext): Occurrence {
  return context.future ? 'coming' : 'latest';
}

const sense = (which: Occurrence): string =>
  which === 'latest' ? 'the latest before publication' : which === 'coming' ? 'the next, as the sentence speaks of the future' : which === 'previous' ? 'the one before' : which === 'next' ? 'the next' : 'the one of the publication year';

function readDay(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const parts = readCalendarParts(match[0]);
  if (parts.month === undefined || parts.day === undefined) return undefined;
  if (parts.year !== undefined) {
    if (!isRealDay(parts.year, parts.month, parts.day)) {
      return { explanation: 'not a day of the calendar', reason: `${parts.day} ${monthWords({ year: parts.year, month: parts.month })} is not a day of the calendar`, basis: 'written' };
    }
    const day = { year: parts.year, month: parts.month, day: parts.day };
    return { start: edtfDay(day), explanation: `as written, ${dayWords(day)}`, basis: 'written', anchor: { day, precision: 'day' } };
  }
  const which = defaultOccurrence(context);
  const day = dayOccurrence(parts.month, parts.day, context.published, which);
  if (!day) return undefined;
  return { start: edtfDay(day), explanation: `a day with no year, ${sense(which)}: ${dayWords(day)}`, basis: 'published', anchor: { day, precision: 'day' } };
}

function monthReading(month: number, year: number, basis: 'written' | 'published', how: string): DateReading {
  const day: CalendarDay = { year, month, day: 1 };
  return { start: edtfMonth(day), explanation: `${how}${monthWords(day)}`, basis, anchor: { day, precision: 'month' } };
}

function readMonthYear(match: RegExpExecArray): DateReading | undefined {
  const parts = readCalendarParts(match[0]);
  if (parts.month === undefined || parts.year === undefined) return undefined;
  return monthReading(parts.month, parts.year, 'written', 'as written, ');
}

function readMonth(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const parts = readCalendarParts(match[0]);
  if (parts.month === undefined) return undefined;
  const words = match[0].toLowerCase();
  const which: Occurrence = /\blast\b/.test(words) ? 'previous' : /\bthis\b/.test(words) ? 'current' : /\bnext\b/.test(words) ? 'next' : defaultOccurrence(context);
  const { year } = monthOccurrence(parts.month, context.published, which);
  return monthReading(parts.month, year, 'published', `a month with no year, ${sense(which)}: `);
}

function readYear(match: RegExpExecArray): DateReading | undefined {
  if (followedBy(match, COUNTED_NOUN) || followedBy(match, /^\s*[-–—]\s*\d/) || precededBy(match, AMOUNT_OR_LABEL)) return undefined;
  const year = Number(/\d{4}/.exec(match[0])![0]);
  const day = { year, month: 1, day: 1 };
  return { start: edtfYear(year), explanation: `as written, the year ${edtfYear(year)}`, basis: 'written', anchor: { day, precision: 'year' } };
}

function readDecade(match: RegExpExecArray): DateReading {
  const digits = /(\d{3})0/.exec(match[0])![1]!;
  return { start: `${digits}X`, explanation: `as written, the decade ${digits}0–${digits}9`, basis: 'written' };
}

function readIsoDay(match: RegExpExecArray): DateReading | undefined {
  const [year, month, day] = /(\d{4})-(\d{2})-(\d{2})/.exec(match[0])!.slice(1).map(Number) as [number, number, number];
  if (!isRealDay(year, month, day)) return undefined;
  const value = { year, month, day };
  return { start: edtfDay(value), explanation: `as written, ${dayWords(value)}`, basis: 'written', anchor: { day: value, precision: 'day' } };
}

/** 11/02/2019: only a number above 12 says which is the day; otherwise the draft asks. */
function readNumericDay(match: RegExpExecArray): DateReading | undefined {
  const [a, b, yearText] = /(\d{1,2})\/(\d{1,2})\/(\d{2,4})/.exec(match[0])!.slice(1) as [string, string, string];
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const [first, second] = [Number(a), Number(b)];
  const dayFirst = isRealDay(year, second, first);
  const monthFirst = isRealDay(year, first, second);
  if (dayFirst && monthFirst && first !== second) {
    const one = { year, month: second, day: first };
    const other = { year, month: first, day: second };
    return { explanation: 'day and month in numbers', reason: `'${match[0].trim()}' may be ${dayWords(one)} or ${dayWords(other)}; write the month in words`, basis: 'written' };
  }
  const day = dayFirst ? { year, month: second, day: first } : monthFirst ? { year, month: first, day: second } : undefined;
  if (!day) return undefined;
  return { start: edtfDay(day), explanation: `as written, ${dayWords(day)}`, basis: 'written', anchor: { day, precision: 'day' } };
}

const RELATIVE_CUE = anyCaseOf(['last', 'this past', 'this', 'next']);

export const absoluteDatePatterns: readonly DatePattern[] = [
  {
    kind: 'day',
    regex: new RegExp(`${WORD_START}${LEAD}(?:${WEEKDAY},?\\s+)?(?:(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH_ANY}|${MONTH_ANY}\\s+(?:the\\s+)?${DAY})(?:,?\\s+${YEAR})?`, 'g'),
    read: readDay,
  },
  {
    kind: 'month and year',
    regex: new RegExp(`${WORD_START}${LEAD}${PART_OF}?${MONTH_ANY},?\\s+(?:of\\s+)?${YEAR}`, 'g'),
    read: readMonthYear,
  },
  {
    kind: 'month',
    // A month alone needs words that make it a date ("in May", "the September deal", "September's"),
    // so that "Theresa May" or "to march" are not read as months.
    regex: new RegExp(
      `${WORD_START}(?:(?:${PREPOSITION}|${anyCase('from')}|${RELATIVE_CUE})\\s+${PART_OF}?|${PART_OF}|(?<=\\b(?:[Tt]he|of)\\s+))${MONTH_FULL}|${WORD_START}(?!May)${MONTH_FULL}(?=['’]s(?![A-Za-z]))`,
      'g',
    ),
    read: readMonth,
  },
  {
    kind: 'year',
    regex: new RegExp(`${WORD_START}(?:(?:${PREPOSITION}|${anyCase('from')})\\s+)?${PART_OF}?(?:the\\s+year\\s+)?${YEAR}`, 'g'),
    read: readYear,
  },
  {
    kind: 'decade',
    regex: new RegExp(`${WORD_START}${LEAD}(?:${anyCase('the')}\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:1[89]|20)\\d0['’]?s(?![A-Za-z])`, 'g'),
    read: readDecade,
  },
  {
    kind: 'ISO day',
    regex: new RegExp(`${WORD_START}${LEAD}\\d{4}-\\d{2}-\\d{2}(?![\\d])`, 'g'),
    read: readIsoDay,
  },
  {
    kind: 'numeric day',
    regex: new RegExp(`${WORD_START}${LEAD}\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?![\\d/])`, 'g'),
    read: readNumericDay,
  },
];
