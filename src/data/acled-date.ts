/**
 * ACLED `event_date` cells to calendar days, as exports and spreadsheets write them.
 *
 * ACLED's exports write `2020-05-09`, `9 May 2020` or `09-May-2020`; a file opened and saved again in
 * a spreadsheet comes back as `9-May-20`, `09/05/2020`, `5/9/2020`, `09.05.2020`, `May 9, 2020`,
 * `2020/05/09` or `2020-05-09 00:00:00`. Each names a calendar day, never an instant: a midnight time
 * is the day itself, and any other time is not an ACLED date (the cell is then left unread).
 *
 * Two-digit years follow the spreadsheet rule (Excel's and LibreOffice's default): 00–29 are
 * 2000–2029, 30–99 are 1930–1999. ACLED's data begins in 1997, so every ACLED year reads right.
 *
 * Numeric dates with the year last (`09/05/2020`) are day-first or month-first by the file, not by
 * the cell: `numericDateOrder` says what one cell proves, and the caller decides for the column.
 */
import { calendarDay, type CalendarDay } from './calendar-day.js';

export type { CalendarDay } from './calendar-day.js';

/** How a file writes numeric dates with the year last. */
export type NumericOrder = 'day-first' | 'month-first';

/** A trailing midnight, as spreadsheets and databases add it: ` 00:00`, `T00:00:00`, ` 0:00:00.000`. */
const MIDNIGHT = /(?:[ T]0?0:00(?::00(?:\.0+)?)?Z?)?$/;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;
/** Day, month name, year: `9 May 2020`, `09-May-20`, `9/Sept./2020`. */
const DAY_MONTH_YEAR = /^(\d{1,2})[\s/-]+([A-Za-z]+)\.?,?[\s/-]+(\d{2}|\d{4})$/;
/** Month name, day, year: `May 9, 2020`, `Sep 9 2020`. */
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{2}|\d{4})$/;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
/** "Sept" is common enough in hand-edited exports to accept alongside "Sep". */
const MONTH_ALIASES: Readonly<Record<string, number>> = { sept: 9 };
const SHORTEST_MONTH_PREFIX = 3;
const MONTHS_PER_YEAR = 12;
/** The spreadsheet rule for two-digit years: below this, 20xx; from it, 19xx. */
const TWO_DIGIT_YEAR_PIVOT = 30;

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const alias = MONTH_ALIASES[lower];
  if (alias !== undefined) return alias;
  if (lower.length < SHORTEST_MONTH_PREFIX) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

/** A year as written: four digits as they are, two by the spreadsheet rule (29 → 2029, 30 → 1930). */
export function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

/** The cell without surrounding space and without a midnight time; undefined when it has another time. */
function dateOnly(text: string): string | undefined {
  const trimmed = text.trim();
  const withoutMidnight = trimmed.replace(MIDNIGHT, '');
  // A time left over is not midnight: ACLED gives no times, so the cell is something else.
  return /\d:\d/.test(withoutMidnight) ? undefined : withoutMidnight;
}

/**
 * What a cell proves about the file's numeric order: `day-first` when its first number is over 12,
 * `month-first` when its second is, `ambiguous` when both could be a month and differ; undefined when
 * the cell is not a numeric date with the year last, reads the same both ways, or is no day at all.
 */
export function numericDateOrder(text: string): NumericOrder | 'ambiguous' | undefined {
  const cell = dateOnly(text);
  const match = cell === undefined ? null : YEAR_LAST.exec(cell);
  if (!match) return undefined;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = fullYear(match[4]!);
  const asDayFirst = calendarDay(year, second, first);
  const asMonthFirst = calendarDay(year, first, second);
  // 05/05/2020 reads the same either way: it neither needs nor gives an order.
  if (asDayFirst && asMonthFirst) return first === second ? undefined : 'ambiguous';
  if (asDayFirst) return 'day-first';
  return asMonthFirst ? 'month-first' : undefined;
}

/**
 * The calendar day an ACLED date cell names, reading numeric dates with the year last in `order`;
 * undefined when the cell is none of the layouts above or names no real day (31 April).
 */
export function parseAcledDate(text: string, order: NumericOrder = 'day-first'): CalendarDay | undefined {
  const cell = dateOnly(text);
  if (cell === undefined) return undefined;
  const yearFirst = YEAR_FIRST.exec(cell);
  if (yearFirst) return calendarDay(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  const yearLast = YEAR_LAST.exec(cell);
  if (yearLast) {
    const [first, second] = [Number(yearLast[1]), Number(yearLast[3])];
    const year = fullYear(yearLast[4]!);
    return order === 'day-first' ? calendarDay(year, second, first) : calendarDay(year, first, second);
  }
  const dayMonthYear = DAY_MONTH_YEAR.exec(cell);
  if (dayMonthYear) return namedMonthDay(dayMonthYear[3]!, dayMonthYear[2]!, dayMonthYear[1]!);
  const monthDayYear = MONTH_DAY_YEAR.exec(cell);
  if (monthDayYear) return namedMonthDay(monthDayYear[3]!, monthDayYear[1]!, monthDayYear[2]!);
  return undefined;
}

function namedMonthDay(yearText: string, monthName: string, dayText: string): CalendarDay | undefined {
  const month = monthNumber(monthName);
  if (month === undefined || month > MONTHS_PER_YEAR) return undefined;
  return calendarDay(fullYear(yearText), month, Number(dayText));
}
