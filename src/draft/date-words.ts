/** Dates in English words, for the notes that say how each draft date was read. */
import { edtfYear, weekdayOf, type CalendarDay, type CalendarMonth } from './calendar-day.js';
import { MONTH_NAMES, WEEKDAY_NAMES, SEASON_FIRST_MONTHS, type SeasonName } from './english-words.js';

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1]!;
}

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday]!;
}

/** "11 February 2019" */
export function dayWords(day: CalendarDay): string {
  return `${day.day} ${monthName(day.month)} ${edtfYear(day.year)}`;
}

/** "Monday 11 February 2019" */
export function dayWithWeekdayWords(day: CalendarDay): string {
  return `${weekdayName(weekdayOf(day))} ${dayWords(day)}`;
}

/** "September 2018" */
export function monthWords(month: CalendarMonth): string {
  return `${monthName(month.month)} ${edtfYear(month.year)}`;
}

/** "4 to 10 February 2019", "28 January to 3 February 2019", "30 December 2018 to 5 January 2019" */
export function dayRangeWords(first: CalendarDay, last: CalendarDay): string {
  if (first.year !== last.year) return `${dayWords(first)} to ${dayWords(last)}`;
  if (first.month !== last.month) return `${first.day} ${monthName(first.month)} to ${dayWords(last)}`;
  return `${first.day} to ${dayWords(last)}`;
}

/** "autumn 2018 (September to November 2018)", "winter 2018 (December 2018 to February 2019)" */
export function seasonWords(season: SeasonName, year: number): string {
  const first = SEASON_FIRST_MONTHS[season];
  const lastMonth = ((first + 1) % 12) + 1;
  const lastYear = first === 12 ? year + 1 : year;
  const span =
    lastYear === year
      ? `${monthName(first)} to ${monthWords({ year, month: lastMonth })}`
      : `${monthWords({ year, month: first })} to ${monthWords({ year: lastYear, month: lastMonth })}`;
  return `${season} ${edtfYear(year)} (${span})`;
}
