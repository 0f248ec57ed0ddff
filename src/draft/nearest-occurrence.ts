/**
 * Which occurrence of a repeating date ("Monday", "September", "spring", "10 February")
 * the words mean, seen from the publication date. News prose reports what happened,
 * so the default is the latest occurrence not after publication; words of the future
 * ("will", "next") turn it round.
 */
import { addDays, compareDays, isRealDay, weekdayOf, type CalendarDay, type CalendarMonth } from './calendar-day.js';
import { SEASON_FIRST_MONTHS, type SeasonName } from './english-words.js';

/**
 * - `latest`: the latest occurrence that has begun by publication ("on Monday", "in September");
 * - `previous`: the one before the occurrence publication falls in ("last Monday", "last winter");
 * - `current`: the one of the publication's week, month, or year ("this summer");
 * - `coming`: the first that has not ended before publication ("will meet on Monday");
 * - `next`: the first that begins after publication ("next Monday").
 */
export type Occurrence = 'latest' | 'previous' | 'current' | 'coming' | 'next';

/** The weekday (0 = Sunday) nearest publication in the given sense. */
export function weekdayOccurrence(weekday: number, published: CalendarDay, which: Occurrence): CalendarDay {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  switch (which) {
    case 'previous':
      return addDays(published, -(back === 0 ? 7 : back));
    case 'coming':
      return addDays(published, (7 - back) % 7);
    case 'next':
      return addDays(published, back === 0 ? 7 : 7 - back);
    default:
      return addDays(published, -back);
  }
}

/** The year of the occurrence of `month` nearest publication in the given sense. */
export function monthOccurrence(month: number, published: CalendarDay, which: Occurrence): CalendarMonth {
  const latest = month <= published.month ? published.year : published.year - 1;
  const isCurrent = month === published.month;
  switch (which) {
    case 'previous':
      return { year: isCurrent ? latest - 1 : latest, month };
    case 'current':
      return { year: published.year, month };
    case 'coming':
      return { year: isCurrent ? latest : latest + 1, month };
    case 'next':
      return { year: latest + 1, month };
    default:
      return { year: latest, month };
  }
}

/** A day of a month with no year: the year that puts it nearest publication. */
export function dayOccurrence(month: number, day: number, published: CalendarDay, which: Occurrence): CalendarDay | undefined {
  const inYear = (year: number): CalendarDay | undefined => (isRealDay(year, month, day) ? { year, month, day } : undefined);
  const order = compareDays({ year: published.year, month, day }, published);
  switch (which) {
    case 'coming':
      return inYear(order >= 0 ? published.year : published.year + 1);
    case 'next':
      return inYear(order > 0 ? published.year : published.year + 1);
    default:
      return inYear(order <= 0 ? published.year : published.year - 1);
  }
}

/** The year that names the season publication falls in (January and February belong to the winter before). */
function seasonYearContaining(season: SeasonName, published: CalendarDay): number | undefined {
  const first = SEASON_FIRST_MONTHS[season];
  const monthsIn = (published.month - first + 12) % 12;
  if (monthsIn > 2) return undefined;
  return published.month >= first ? published.year : published.year - 1;
}

/** The year of the season's occurrence nearest publication in the given sense (EDTF names a winter by its December). */
export function seasonOccurrence(season: SeasonName, published: CalendarDay, which: Occurrence): number {
  const first = SEASON_FIRST_MONTHS[season];
  const latest = published.month >= first ? published.year : published.year - 1;
  const containing = seasonYearContaining(season, published);
  switch (which) {
    case 'previous':
      return containing !== undefined ? containing - 1 : latest;
    case 'current':
      return containing ?? published.year;
    case 'coming':
      return containing ?? latest + 1;
    case 'next':
      return latest + 1;
    default:
      return latest;
  }
}
