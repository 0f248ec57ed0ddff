/**
 * A calendar day as readers find it in a cell, and its EDTF forms at the precisions exports give:
 * the day, its ISO week, its month.
 */
import { daysInMonth, isoWeekOf } from '../model/utc-calendar.js';

/** A calendar day kept as numbers, so its precision can be coarsened to the week or the month. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** EDTF's year: four digits at least, astronomical numbering (`-0490`). */
export function formatEdtfYear(year: number): string {
  return `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`;
}

export function formatEdtfDay({ year, month, day }: CalendarDay): string {
  return `${formatEdtfYear(year)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatEdtfMonth({ year, month }: CalendarDay): string {
  return `${formatEdtfYear(year)}-${pad(month, 2)}`;
}

/** The ISO 8601 week date (`2020-W19`) of the week holding the day; near New Year its year may differ. */
export function formatIsoWeek({ year, month, day }: CalendarDay): string {
  const week = isoWeekOf(year, month, day);
  return `${formatEdtfYear(week.year)}-W${pad(week.week, 2)}`;
}

/** The day, if those numbers name one of the proleptic Gregorian calendar. */
export function calendarDay(year: number, month: number, day: number): CalendarDay | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}
