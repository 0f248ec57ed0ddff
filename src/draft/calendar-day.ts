/**
 * A calendar day as a value (year, month 1–12, day 1–31) with the arithmetic that
 * relative dates need: days before and after, weekdays, whole months back and forth.
 * Built on the model's day counts, so no reader's time zone can move a day.
 */
import { MS_PER_DAY, daysFromCivil, daysInMonth } from '../model/utc-calendar.js';

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A calendar month (month 1–12). */
export interface CalendarMonth {
  readonly year: number;
  readonly month: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` as a day, or undefined when it is not a real calendar day. */
export function parseIsoDay(text: string): CalendarDay | undefined {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether year/month/day names a real day (29 February only in leap years). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function dayNumber(day: CalendarDay): number {
  return daysFromCivil(day.year, day.month, day.day);
}

function fromDayNumber(days: number): CalendarDay {
  // Date's UTC fields are exact for any day number: no time zone is involved.
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(dayNumber(day) + days);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(day: CalendarDay): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** The month `months` after (negative: before) the given one. */
export function addMonths(month: CalendarMonth, months: number): CalendarMonth {
  const index = month.year * 12 + (month.month - 1) + months;
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return Math.sign(dayNumber(a) - dayNumber(b));
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** EDTF of a year, `2019`. */
export function edtfYear(year: number): string {
  return pad(year, 4);
}

/** EDTF of a month, `2019-02`. */
export function edtfMonth(month: CalendarMonth): string {
  return `${edtfYear(month.year)}-${pad(month.month, 2)}`;
}

/** EDTF of a day, `2019-02-11`. */
export function edtfDay(day: CalendarDay): string {
  return `${edtfMonth(day)}-${pad(day.day, 2)}`;
}

const MONDAY = 1;

/** Monday of the week that holds `day` (weeks run Monday to Sunday, as ISO 8601 has them). */
export function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -((weekdayOf(day) - MONDAY + 7) % 7));
}
