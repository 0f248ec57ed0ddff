/**
 * One EDTF (ISO 8601-2) level 0/1 date — not an interval — as an EventDate; level 2 sets are
 * read by edtf-set.ts, each member by this.
 *
 * Agrees with the reference parser (npm `edtf`, level 1) on what is a date and
 * on its earliest/latest instants, except where that parser is wrong or does
 * not fit conflict data (each checked by test/model/edtf-agreement.test.ts):
 * - seasons are northern meteorological seasons (spring = March–May, …,
 *   winter = December–February), where `edtf` uses calendar quarters;
 * - seasons may carry `?`, `~`, `%` (`edtf` needs its `seasonUncertainty` option);
 * - 29 February of a common year is rejected (`edtf` rolls it over to 1 March);
 * - negative years with unspecified months/days span the whole unit (`edtf` swaps the ends),
 *   and negative seasons and centuries (`-19`) are read like positive ones
 *   (`edtf` ends a negative season a year late and reads `-19` as -1900…-1801);
 *   `-0000`, `-00XX`, `-000X` are rejected (`edtf` reads the latter two as positive);
 * - fractional seconds are a decimal fraction (`edtf` reads `.5` as 5 ms);
 * - `XXXX` (no digit of the year known) is rejected: no precision can say it;
 * - ISO 8601 week dates (`2020-W19`, with `?`, `~`, `%`) are read, as `edtf` does not: conflict data
 *   (ACLED, UCDP GED) often knows only the week. A week runs Monday 00:00 to Sunday 24:00 UTC.
 */
import type { DatePrecision, EventDate, Season } from './event-date.js';
import { isSingleDateSet, looksLikeSet, parseEdtfSet } from './edtf-set.js';
import {
  isoWeeksInYear,
  utcIsoWeekSpan,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  MS_PER_SECOND,
  daysInMonth,
  utcDayEnd,
  utcDayStart,
  utcMonthsSpan,
} from './utc-calendar.js';

/** Short phrases that complete "start '…' ___". */
export const DATE_PROBLEMS = {
  notADate: 'is not a date',
  empty: 'is empty',
  noYearDigit: 'gives no digit of the year',
  qualifiedUnspecified: 'cannot mark unspecified digits (X) as uncertain or approximate',
} as const;

/** EDTF season codes, as northern-hemisphere meteorological seasons. */
const SEASONS: Readonly<Record<number, { season: Season; firstMonth: number }>> = {
  21: { season: 'spring', firstMonth: 3 },
  22: { season: 'summer', firstMonth: 6 },
  23: { season: 'autumn', firstMonth: 9 },
  24: { season: 'winter', firstMonth: 12 },
};
const MONTHS_PER_SEASON = 3;
const MAX_POSITIVE_OFFSET_MINUTES = 14 * 60;
const MAX_NEGATIVE_OFFSET_MINUTES = 12 * 60;
const MS_DIGITS = 3;
/** What `edtf` allows as an interval end at level 1: no seasons, centuries or decades. */
const INTERVAL_END_PRECISIONS: ReadonlySet<DatePrecision> = new Set(['instant', 'day', 'week', 'month', 'year']);

// Bounded, unambiguous patterns (no nested quantifiers): linear time on any input.
const CALENDAR_DATE = /^(-?)(\d\d(?:\d\d|\dX|XX))(?:-(\d\d|XX)(?:-(\d\d|XX))?)?([?~%])?$/;
const DATE_TIME =
  /^(-?)(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?(Z|[+-]\d\d(?::?\d\d)?)?$/;
const LONG_YEAR = /^Y(-?)([1-9]\d{4,})$/;
/** ISO 8601 reduced precision: "19" is the century 1900–1999 (EDTF level 0 in `edtf`). */
const CENTURY = /^(-?)(\d\d)$/;
const NO_YEAR_DIGIT = /^-?XXXX/;
/** ISO 8601 week date, extended form only (`2020-W19`; `2020W19` is too easily a typo). */
const WEEK_DATE = /^(-?)(\d{4})-W(\d\d)([?~%])?$/;

/** A parsed date, or the reason it is not one. */
export type EdtfDateResult = EventDate | string;

interface Qualifiers {
  readonly uncertain: boolean;
  readonly approximate: boolean;
}
const UNQUALIFIED: Qualifiers = { uncertain: false, approximate: false };

/** Parses trimmed, non-empty `text` as one EDTF level 0/1 date, or a level 2 set of them (see edtf-set.ts). */
export function parseEdtfDate(text: string): EdtfDateResult {
  if (looksLikeSet(text)) return parseSet(text);
  return parseLevel1Date(text);
}

function parseSet(text: string): EdtfDateResult {
  const parsed = parseEdtfSet(text, parseLevel1Date);
  if (typeof parsed === 'string' || !parsed.set || !isSingleDateSet(parsed.set)) return parsed;
  // `[2019-02-14]` is that date: drawn and named as it, not as a set of one.
  return { ...parsed.set.members[0]!.date, text };
}

function parseLevel1Date(text: string): EdtfDateResult {
  return (
    parsePlainDate(text) ??
    parseCalendarDate(text) ??
    parseWeekDate(text) ??
    parseDateTime(text) ??
    parseLongYear(text) ??
    parseCentury(text) ??
    problemOf(text)
  );
}

/** Whether a parsed date may be an interval end at EDTF level 1 (as `edtf` reads it). */
export function isIntervalEndDate(date: EventDate): boolean {
  return INTERVAL_END_PRECISIONS.has(date.precision) && !date.unspecified && !date.text.startsWith('Y');
}

function problemOf(text: string): string {
  return NO_YEAR_DIGIT.test(text) ? DATE_PROBLEMS.noYearDigit : DATE_PROBLEMS.notADate;
}

function makeDate(
  text: string,
  earliest: number,
  latest: number,
  precision: DatePrecision,
  qualifiers: Qualifiers,
  extra?: { season?: Season; unspecified?: boolean },
): EventDate {
  const date: EventDate = { earliest, latest, precision, uncertain: qualifiers.uncertain, approximate: qualifiers.approximate, text };
  // Optional keys only when set, added without spreading: this runs 100,000 times per load.
  return extra === undefined ? date : Object.assign(date, extra);
}

// ---- fast path: YYYY, YYYY-MM, YYYY-MM-DD (almost all real records) -------------

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const DASH = 45;

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= DIGIT_0 && code <= DIGIT_9 ? code - DIGIT_0 : -1;
}

function twoDigits(text: string, index: number): number {
  const tens = digitAt(text, index);
  const units = digitAt(text, index + 1);
  return tens < 0 || units < 0 ? -1 : tens * 10 + units;
}

/** Undefined when `text` is not a plain, valid YYYY[-MM[-DD]]; the full parser then decides. */
function parsePlainDate(text: string): EventDate | undefined {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const century = twoDigits(text, 0);
  const yearInCentury = twoDigits(text, 2);
  if (century < 0 || yearInCentury < 0) return undefined;
  const year = century * 100 + yearInCentury;
  if (length === 4) return makeDate(text, utcDayStart(year), utcDayEnd(year), 'year', UNQUALIFIED);
  const month = twoDigits(text, 5);
  if (text.charCodeAt(4) !== DASH || month < 1 || month > 12) return undefined;
  if (length === 7) return makeDate(text, utcDayStart(year, month), utcDayEnd(year, month), 'month', UNQUALIFIED);
  const day = twoDigits(text, 8);
  if (text.charCodeAt(7) !== DASH || day < 1 || day > daysInMonth(year, month)) return undefined;
  return makeDate(text, utcDayStart(year, month, day), utcDayEnd(year, month, day), 'day', UNQUALIFIED);
}

// ---- calendar dates with seasons, qualifiers, unspecified digits ------------------

function qualifiersOf(mark: string | undefined): Qualifiers {
  if (mark === undefined) return UNQUALIFIED;
  return { uncertain: mark === '?' || mark === '%', approximate: mark === '~' || mark === '%' };
}

function parseCalendarDate(text: string): EdtfDateResult | undefined {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return undefined;
  const [, sign, yearText, monthText, dayText, mark] = match as unknown as [
    string, string, string, string | undefined, string | undefined, string | undefined,
  ];
  const negative = sign === '-';
  if (negative && /^0+X*$/.test(yearText)) return DATE_PROBLEMS.notADate; // no "minus zero" years
  const unspecifiedYearDigits = yearText.length - yearText.replace(/X/g, '').length;
  const anyUnspecified = unspecifiedYearDigits > 0 || monthText === 'XX' || dayText === 'XX';
  if (anyUnspecified && mark !== undefined) return DATE_PROBLEMS.qualifiedUnspecified;
  if (unspecifiedYearDigits > 0) {
    // EDTF level 1 allows X only in the last digits of a year given alone (201X, 19XX).
    return monthText === undefined ? unspecifiedYear(text, negative, yearText, unspecifiedYearDigits) : DATE_PROBLEMS.notADate;
  }
  const year = negative ? -Number(yearText) : Number(yearText);
  const qualifiers = qualifiersOf(mark);
  if (monthText === undefined) return makeDate(text, utcDayStart(year), utcDayEnd(year), 'year', qualifiers);
  if (monthText === 'XX') {
    if (dayText !== undefined && dayText !== 'XX') return DATE_PROBLEMS.notADate; // 2019-XX-11 is level 2
    return makeDate(text, utcDayStart(year), utcDayEnd(year), 'year', qualifiers, { unspecified: true });
  }
  const month = Number(monthText);
  const season = SEASONS[month];
  if (season) {
    if (dayText !== undefined) return DATE_PROBLEMS.notADate;
    const [earliest, latest] = utcMonthsSpan(year, season.firstMonth, MONTHS_PER_SEASON);
    return makeDate(text, earliest, latest, 'season', qualifiers, { season: season.season });
  }
  if (month < 1 || month > 12) return `has month ${monthText} (months are 01–12, seasons 21–24)`;
  if (dayText === undefined) return makeDate(text, utcDayStart(year, month), utcDayEnd(year, month), 'month', qualifiers);
  if (dayText === 'XX') {
    return makeDate(text, utcDayStart(year, month), utcDayEnd(year, month), 'month', qualifiers, { unspecified: true });
  }
  const day = Number(dayText);
  const dayProblem = checkDay(year, month, day, dayText);
  if (dayProblem) return dayProblem;
  return makeDate(text, utcDayStart(year, month, day), utcDayEnd(year, month, day), 'day', qualifiers);
}

function checkDay(year: number, month: number, day: number, dayText: string): string | undefined {
  const lastDay = daysInMonth(year, month);
  if (day >= 1 && day <= lastDay) return undefined;
  return `has day ${dayText}, but ${formatYearMonth(year, month)} has ${lastDay} days`;
}

function formatYearMonth(year: number, month: number): string {
  return `${formatYear(year)}-${String(month).padStart(2, '0')}`;
}

function unspecifiedYear(text: string, negative: boolean, yearText: string, xDigits: number): EventDate {
  const known = Number(yearText.slice(0, yearText.length - xDigits));
  return yearSpan(text, negative, known, xDigits, { unspecified: true });
}

/** The years whose first digits are `known`, followed by `freeDigits` digits: 201X → 2010–2019. */
function yearSpan(text: string, negative: boolean, known: number, freeDigits: number, extra?: { unspecified: true }): EventDate {
  const span = 10 ** freeDigits;
  const low = known * span;
  const high = low + span - 1;
  const [first, last] = negative ? [-high, -low] : [low, high];
  const precision: DatePrecision = freeDigits === 1 ? 'decade' : 'century';
  return makeDate(text, utcDayStart(first), utcDayEnd(last), precision, UNQUALIFIED, extra);
}

function parseCentury(text: string): EdtfDateResult | undefined {
  const match = CENTURY.exec(text);
  if (!match) return undefined;
  const negative = match[1] === '-';
  if (negative && match[2] === '00') return DATE_PROBLEMS.notADate;
  return yearSpan(text, negative, Number(match[2]), 2);
}

// ---- ISO week dates -----------------------------------------------------------------

function parseWeekDate(text: string): EdtfDateResult | undefined {
  const match = WEEK_DATE.exec(text);
  if (!match) return undefined;
  const [, sign, yearText, weekText, mark] = match as unknown as [string, string, string, string, string | undefined];
  if (sign === '-' && yearText === '0000') return DATE_PROBLEMS.notADate;
  const year = sign === '-' ? -Number(yearText) : Number(yearText);
  const week = Number(weekText);
  const weeks = isoWeeksInYear(year);
  if (week < 1 || week > weeks) return `has week ${weekText}, but ${formatYear(year)} has ISO weeks 01–${weeks}`;
  const [earliest, latest] = utcIsoWeekSpan(year, week);
  return makeDate(text, earliest, latest, 'week', qualifiersOf(mark));
}

function formatYear(year: number): string {
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

// ---- date-times ---------------------------------------------------------------------

function parseDateTime(text: string): EdtfDateResult | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, sign, yearText, monthText, dayText, hourText, minuteText, secondText, fraction, zone] =
    match as unknown as [string, string, string, string, string, string, string, string | undefined, string | undefined, string | undefined];
  if (sign === '-' && yearText === '0000') return DATE_PROBLEMS.notADate;
  const year = sign === '-' ? -Number(yearText) : Number(yearText);
  const month = Number(monthText);
  if (month < 1 || month > 12) return `has month ${monthText} (months are 01–12)`;
  const dayProblem = checkDay(year, month, Number(dayText), dayText);
  if (dayProblem) return dayProblem;
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  const endOfDay = hour === 24 && minute === 0 && second === 0 && fraction === undefined; // ISO 8601 24:00
  if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) return DATE_PROBLEMS.notADate;
  const offsetMinutes = zoneOffsetMinutes(zone);
  if (offsetMinutes === undefined) return DATE_PROBLEMS.notADate;
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, MS_DIGITS).padEnd(MS_DIGITS, '0'));
  const instant =
    utcDayStart(year, month, Number(dayText)) +
    hour * MS_PER_HOUR +
    (minute - offsetMinutes) * MS_PER_MINUTE +
    second * MS_PER_SECOND +
    ms;
  return makeDate(text, instant, instant, 'instant', UNQUALIFIED);
}

/** Minutes east of UTC; undefined when out of the range time zones use. No zone means UTC. */
function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z') return 0;
  const negative = zone.startsWith('-');
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  const total = hours * 60 + minutes;
  if (minutes > 59) return undefined;
  if (negative) return total === 0 || total > MAX_NEGATIVE_OFFSET_MINUTES ? undefined : -total;
  return total > MAX_POSITIVE_OFFSET_MINUTES ? undefined : total;
}

// ---- Y-prefixed years beyond four digits -------------------------------------------

function parseLongYear(text: string): EventDate | undefined {
  const match = LONG_YEAR.exec(text);
  if (!match) return undefined;
  const year = (match[1] === '-' ? -1 : 1) * Number(match[2]);
  // Beyond ±275,760 years these instants are past what Date holds and lose
  // millisecond precision; they still order and scale correctly as numbers.
  return makeDate(text, utcDayStart(year), utcDayEnd(year), 'year', UNQUALIFIED);
}
