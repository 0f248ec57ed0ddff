/**
 * TimelineJS3 date objects (`{ year, month, day, hour, minute, second,
 * millisecond, display_date }`) to EDTF strings, keeping the precision the
 * author gave: a year alone stays a year, it does not become 1 January.
 */
import { isRecord } from '../model/is-record.js';
import { textOf } from './plain-text.js';

/** EDTF writes years beyond four digits with a `Y` prefix (`Y-13800000000`) and no month or day. */
const MAX_FOUR_DIGIT_YEAR = 9999;
/** ISO 8601 expanded years (`-000044`) for date-times outside 0000–9999. */
const EXPANDED_YEAR_DIGITS = 6;
const INTEGER = /^[+-]?\d+$/;

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
 * - an hour → an ISO date-time in UTC (TimelineJS itself reads it in the
 *   viewer's zone, which would put one event at different instants for
 *   different readers);
 * - a year that is not a number (e.g. "c. 1850") is passed on as text, so
 *   validation reports it with the author's own words;
 * - no year at all → undefined (validation reports the missing date).
 */
export function timelineJsDateToEdtf(date: unknown): string | undefined {
  if (!isRecord(date)) return textOf(date);
  const year = component(date['year']);
  if (year === undefined) return textOf(date['year']);
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
