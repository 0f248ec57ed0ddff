import { format, type Locale } from 'date-fns';
import { utcFieldsAsLocal } from '../model/utc-calendar.js';

const DAY_MS = 86_400_000;
const MONTH_MS = 28 * DAY_MS;
const YEAR_MS = 365 * DAY_MS;

/** The unit the axis is counting in, read off the spacing of its ticks. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour';

export function tickUnit(ticks: readonly Date[]): TickUnit {
  if (ticks.length < 2) return 'year';
  const step = ticks[1]!.getTime() - ticks[0]!.getTime();
  if (step >= YEAR_MS * 0.9) return 'year';
  if (step >= MONTH_MS) return 'month';
  if (step >= DAY_MS) return 'day';
  return 'hour';
}

/**
 * Formats axis ticks with date-fns in the reader's locale, from UTC fields so a
 * tick reads the same in every time zone. The first tick and each turn of the
 * larger unit carry it ("Jan 2019", "1 Feb"), so the reader never loses the year.
 */
export function tickFormatter(ticks: readonly Date[], locale?: Locale): (tick: Date, i: number) => string {
  const unit = tickUnit(ticks);
  const options = locale ? { locale } : {};
  return (tick, i) => {
    const d = utcFieldsAsLocal(tick.getTime());
    switch (unit) {
      case 'year':
        return format(d, 'yyyy', options);
      case 'month':
        return i === 0 || d.getMonth() === 0 ? format(d, 'LLL yyyy', options) : format(d, 'LLL', options);
      case 'day':
        return i === 0 || d.getDate() === 1 ? format(d, 'd LLL yyyy', options) : format(d, 'd', options);
      case 'hour':
        return i === 0 || (d.getHours() === 0 && d.getMinutes() === 0)
          ? format(d, 'd LLL, HH:mm', options)
          : format(d, 'HH:mm', options);
    }
  };
}
