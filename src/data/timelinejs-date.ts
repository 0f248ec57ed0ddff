/**
 * TimelineJS3 date objects (`{ year, month, day, hour, minute, second,
 * millisecond, display_date }`) to EDTF strings, keeping the precision the
 * author gave: a year alone stays a year, it does not become 1 January.
 * Also the `Time` cells of TimelineJS spreadsheets, read as TimelineJS reads them.
 */
import { isRecord } from '../model/is-record.js';
import { textOf } from './plain-text.js';

/** EDTF writes years beyond four digits with a `Y` prefix (`Y-13800000000`) and no month or day. */
const MAX_FOUR_DIGIT_YEAR = 9999;
/** ISO 8601 expanded years (`-000044`) for date-times outside 0000–9999. */
const EXPANDED_YEAR_DIGITS = 6;
const INTEGER = /^[+-]?\d+$/;
/**
 * TimelineJS labels a negative year with its absolute value and "BCE" (-3500 reads "3500 BCE"), so an
 * author who wrote -3500 meant 3500 BCE, which EDTF, having a year 0 (1 BCE), writes -3499. Below this
 * year TimelineJS no longer names years but counts them ago ("13.8 billion years ago"), and the year
 * is taken as written.
 */
const TIMELINEJS_BCE_FROM_YEAR = -99999;

/** A TimelineJS date component: numbers and numeric strings are both used in the wild; "" means absent. */
function component(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  const text = textOf(value);
  return text !== undefined && INTEGER.test(text) ? Number(text) : undefined;
}

function pad(value: number, digits: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).padStart(digits, '0');
}

/**
 * The EDTF year for a year as TimelineJS shows it (see TIMELINEJS_BCE_FROM_YEAR). TimelineJS has no
 * year 0 in its labels but takes one: it shows `0` with no era, and draws it where a JavaScript Date
 * puts year 0, the year before AD 1, which is 1 BCE. So 0 is read as 1 BCE (EDTF `0000`), the same
 * year as -1, not as a year between them that no calendar has.
 */
function astronomicalYear(year: number): number {
  return year < 0 && year >= TIMELINEJS_BCE_FROM_YEAR ? year + 1 : year;
}

function edtfYear(year: number): string {
  return Math.abs(year) > MAX_FOUR_DIGIT_YEAR ? `Y${year}` : pad(year, 4);
}

function isoDateTime(year: number, month: number, day: number, time: readonly number[]): string {
  const [hour = 0, minute = 0, second = 0, millisecond = 0] = time;
  const yearText =
    year < 0 || year > MAX_FOUR_DIGIT_YEAR ? (year < 0 ? '' : '+') + pad(year, EXPANDED_YEAR_DIGITS) : pad(year, 4);
  const fraction = millisecond > 0 ? `.${pad(millisecond, 3)}` : '';
  return `${yearText}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction}Z`;
}

/**
 * The EDTF (or ISO date-time) string for a TimelineJS date object.
 * - year only → `2017`; year + month → `2017-09`; + day → `2017-09-17`;
 * - a negative year is a year BCE, as TimelineJS shows it: -3500 → `-3499`
 *   (3500 BCE), -44 → `-0043`, -1 → `0000` (1 BCE); year 0 is 1 BCE too;
 * - an hour → an ISO date-time in UTC (TimelineJS itself reads it in the
 *   viewer's zone, which would put one event at different instants for
 *   different readers);
 * - a year that is not a number (e.g. "c. 1850") is passed on as text, so
 *   validation reports it with the author's own words;
 * - no year at all → undefined (validation reports the missing date).
 */
export function timelineJsDateToEdtf(date: unknown): string | undefined {
  if (!isRecord(date)) return textOf(date);
  const givenYear = component(date['year']);
  if (givenYear === undefined) return textOf(date['year']);
  const year = astronomicalYear(givenYear);
  const month = component(date['month']);
  if (month === undefined || Math.abs(year) > MAX_FOUR_DIGIT_YEAR) return edtfYear(year);
  const day = component(date['day']);
  if (day === undefined) return `${edtfYear(year)}-${pad(month, 2)}`;
  const hour = component(date['hour']);
  if (hour === undefined) return `${edtfYear(year)}-${pad(month, 2)}-${pad(day, 2)}`;
  const rest = ['minute', 'second', 'millisecond'].map((key) => component(date[key]) ?? 0);
  return isoDateTime(year, month, day, [hour, ...rest]);
}

/** The date's own `display_date`, when the author wrote one. */
export function timelineJsDisplayDate(date: unknown): string | undefined {
  return isRecord(date) ? textOf(date['display_date']) : undefined;
}

/** A time of day, as the parts of a TimelineJS date object. */
export interface TimelineJsTime {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** `14:30`, `14.30`, `14:30:15`, `14:30:15.250` (or `,250`); `1430` with no separator. */
const CLOCK_TIME = /^(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,3}))?)?)?$/;
const COMPACT_TIME = /^(\d{1,2})(\d{2})$/;
/** `2 pm`, `2:30 P.M.`, `11am`: the period, with or without dots. */
const PERIOD = /\s*([ap])\.?\s*m\.?$/i;
const HOURS_IN_HALF_DAY = 12;
const LAST_HOUR = 23;
const LAST_MINUTE = 59;
const LAST_SECOND = 59;
const MILLISECOND_DIGITS = 3;

/** The hour on a 24-hour clock, or undefined when it is not one (`13 pm`, `0 am`). */
function dayHour(hour: number, period: string | undefined): number | undefined {
  if (period === undefined) return hour <= LAST_HOUR ? hour : undefined;
  if (hour < 1 || hour > HOURS_IN_HALF_DAY) return undefined;
  const morning = period.toLowerCase() === 'a';
  return (hour % HOURS_IN_HALF_DAY) + (morning ? 0 : HOURS_IN_HALF_DAY);
}

/**
 * A spreadsheet `Time` cell as a time of day, in the forms TimelineJS reads (24-hour or with am/pm,
 * `:` or `.` between parts, or none: `1430`), or undefined when it is not one.
 */
export function parseTimelineJsTime(text: string): TimelineJsTime | undefined {
  const trimmed = text.trim();
  const period = PERIOD.exec(trimmed);
  const clock = period === null ? trimmed : trimmed.slice(0, period.index);
  const parts = COMPACT_TIME.exec(clock) ?? CLOCK_TIME.exec(clock);
  if (parts === null) return undefined;
  const [, hourText = '', minuteText = '0', secondText = '0', fractionText = ''] = parts;
  const hour = dayHour(Number(hourText), period?.[1]);
  const minute = Number(minuteText);
  const second = Number(secondText);
  if (hour === undefined || minute > LAST_MINUTE || second > LAST_SECOND) return undefined;
  // A fraction of a second: `.5` is 500 ms, `.25` is 250 ms.
  const millisecond = Number(fractionText.padEnd(MILLISECOND_DIGITS, '0'));
  return { hour, minute, second, millisecond };
}
