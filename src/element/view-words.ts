import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { EventDate } from '../model/event-date.js';

const DAY_MS = 86_400_000;
/** Views wider than this are spoken in months; wider than YEAR_SPAN_MS, in years. */
const MONTH_SPAN_MS = 90 * DAY_MS;
const YEAR_SPAN_MS = 15 * 365 * DAY_MS;

/**
 * An instant as a date of the precision a reader needs at a given zoom: the
 * ends of a nine-year view are months, not milliseconds.
 */
export function instantAsDate(ms: number, viewSpanMs: number): EventDate {
  const at = new Date(ms);
  const [interval, precision] =
    viewSpanMs > YEAR_SPAN_MS
      ? ([utcYear, 'year'] as const)
      : viewSpanMs > MONTH_SPAN_MS
        ? ([utcMonth, 'month'] as const)
        : ([utcDay, 'day'] as const);
  const start = interval.floor(at).getTime();
  return {
    earliest: start,
    latest: interval.offset(new Date(start), 1).getTime() - 1,
    precision,
    uncertain: false,
    approximate: false,
    text: '',
  };
}

/**
 * A stretch of time [from, to) in words, as precise as its length makes
 * useful: "3 March 2015 – 21 April 2015", "March 2015 – August 2015".
 */
export function stretchInWords(
  from: number,
  to: number,
  describe: (date: EventDate) => string,
  range: (a: string, b: string) => string,
): string {
  const span = to - from;
  const a = describe(instantAsDate(from, span));
  const b = describe(instantAsDate(to - 1, span));
  return a === b ? a : range(a, b);
}
