/**
 * Proleptic Gregorian calendar arithmetic on UTC epoch milliseconds.
 *
 * Computed with integer day counts rather than `Date`, because `Date.UTC`
 * maps years 0–99 to 1900–1999 and local-time constructors depend on the
 * reader's time zone; a calendar date must be the same instant everywhere.
 */

export const MS_PER_SECOND = 1000;
export const MS_PER_MINUTE = 60 * MS_PER_SECOND;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

/** `Date` can represent ±100,000,000 days around the epoch (ECMA-262 §21.4.1.1). */
export const MAX_DATE_MS = 8.64e15;

const DAYS_PER_ERA = 146097; // 400 Gregorian years
const YEARS_PER_ERA = 400;
const DAYS_FROM_0000_03_01_TO_EPOCH = 719468;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1–12, day 1–31).
 * Howard Hinnant's `days_from_civil`, valid for any integer year.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / YEARS_PER_ERA);
  const yearOfEra = y - era * YEARS_PER_ERA;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAYS_FROM_0000_03_01_TO_EPOCH;
}

/** UTC epoch ms of the first instant of a calendar day (month 1–12). */
export function utcDayStart(year: number, month = 1, day = 1): number {
  return daysFromCivil(year, month, day) * MS_PER_DAY;
}

/** UTC epoch ms of the last millisecond of a calendar day (month 1–12). */
export function utcDayEnd(year: number, month = 12, day = daysInMonth(year, month)): number {
  return utcDayStart(year, month, day) + MS_PER_DAY - 1;
}

/** First and last millisecond of `months` whole months starting at year/month (month 1–12, may overflow). */
export function utcMonthsSpan(year: number, month: number, months: number): [number, number] {
  const lastMonthIndex = year * 12 + (month - 1) + months - 1;
  const lastYear = Math.floor(lastMonthIndex / 12);
  const lastMonth = lastMonthIndex - lastYear * 12 + 1;
  return [utcDayStart(year, month, 1), utcDayEnd(lastYear, lastMonth)];
}

/** The UTC calendar year of an instant (works for every `Date`-representable ms). */
export function utcYearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/** Whether ms can be turned into a valid `Date`. */
export function isDateRepresentable(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS;
}

const LOCAL_TO_UTC_METHODS = [
  'FullYear',
  'Month',
  'Date',
  'Day',
  'Hours',
  'Minutes',
  'Seconds',
  'Milliseconds',
] as const;

/**
 * A Date whose local-time getters and setters read and write its UTC fields,
 * so date-fns (which works in local time, and builds new dates through
 * `date.constructor`) formats and computes in UTC whatever the reader's zone,
 * including across daylight-saving gaps where a local wall time does not exist.
 */
class UtcFieldsDate extends Date {
  override getTimezoneOffset(): number {
    return 0;
  }
}

for (const field of LOCAL_TO_UTC_METHODS) {
  const proto = UtcFieldsDate.prototype as unknown as Record<string, unknown>;
  const dateProto = Date.prototype as unknown as Record<string, unknown>;
  proto[`get${field}`] = dateProto[`getUTC${field}`];
  if (field !== 'Day') proto[`set${field}`] = dateProto[`setUTC${field}`];
}

/**
 * A Date whose local Y/M/D/h/m/s equal the UTC ones of `ms`, for formatting
 * with date-fns: the output then never depends on the reader's time zone.
 */
export function utcFieldsAsLocal(ms: number): Date {
  return new UtcFieldsDate(ms);
}

// ---- ISO 8601 week dates ------------------------------------------------------------

const DAYS_PER_WEEK = 7;
/** 1970-01-01 was a Thursday, ISO weekday 4 (Monday 1 … Sunday 7). */
const EPOCH_ISO_WEEKDAY = 4;
/** ISO 8601: week 1 of a year is the week that holds 4 January (so, its first Thursday). */
const WEEK_ONE_DAY = 4;

/** ISO weekday of a day count since 1970-01-01: Monday 1 … Sunday 7. */
function isoWeekdayOf(days: number): number {
  return ((((days + EPOCH_ISO_WEEKDAY - 1) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK) + 1;
}

/** Days since 1970-01-01 of the Monday that starts ISO week 1 of `year`. */
function isoWeekOneMonday(year: number): number {
  const fourthOfJanuary = daysFromCivil(year, 1, WEEK_ONE_DAY);
  return fourthOfJanuary - (isoWeekdayOf(fourthOfJanuary) - 1);
}

/** 52 or 53: how many ISO weeks the ISO week-numbering year has. */
export function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / DAYS_PER_WEEK;
}

/** First and last millisecond (UTC) of ISO week `week` of `year`: Monday 00:00 to Sunday 23:59:59.999. */
export function utcIsoWeekSpan(year: number, week: number): [number, number] {
  const monday = isoWeekOneMonday(year) + (week - 1) * DAYS_PER_WEEK;
  return [monday * MS_PER_DAY, (monday + DAYS_PER_WEEK) * MS_PER_DAY - 1];
}

/** The ISO week (and its week-numbering year, which differs near New Year) holding a calendar day. */
export function isoWeekOf(year: number, month: number, day: number): { year: number; week: number } {
  const days = daysFromCivil(year, month, day);
  // The week-numbering year is the calendar year of the week's Thursday.
  const thursday = days - isoWeekdayOf(days) + WEEK_ONE_DAY;
  const weekYear = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  return { year: weekYear, week: Math.floor((thursday - isoWeekOneMonday(weekYear)) / DAYS_PER_WEEK) + 1 };
}
