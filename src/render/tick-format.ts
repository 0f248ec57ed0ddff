import { format, type Locale } from 'date-fns';
import { utcFieldsAsLocal } from '../model/utc-calendar.js';

const DAY_MS = 86_400_000;
const MONTH_MS = 28 * DAY_MS;
const YEAR_MS = 365 * DAY_MS;
/** The language of era words when no date-fns locale is given: date-fns' own default. */
const DEFAULT_LANGUAGE = 'en-US';

/** The unit the axis is counting in, read off the spacing of its ticks. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour';

export interface TickFormatOptions {
  /**
   * Name the era on every year the axis writes ("600 BC", "200 AD", in the locale's words and order):
   * set when the view shows a year before AD 1, so the years after it are not read as BC too.
   */
  readonly era?: boolean;
}

export function tickUnit(ticks: readonly Date[]): TickUnit {
  if (ticks.length < 2) return 'year';
  const step = ticks[1]!.getTime() - ticks[0]!.getTime();
  if (step >= YEAR_MS * 0.9) return 'year';
  if (step >= MONTH_MS) return 'month';
  if (step >= DAY_MS) return 'day';
  return 'hour';
}

/**
 * Years with their era in the locale's words and order ("600 BC", "MÖ 600", "600 г. до н. э.",
 * "600 ق.م"), from Intl, which knows where each language puts the era. Always the Gregorian calendar
 * (the axis's, whatever the locale's default: Persian would otherwise get its own) and Latin digits,
 * as date-fns writes every other label of the axis.
 */
function eraFormats(locale: Locale | undefined): { year: Intl.DateTimeFormat; month: Intl.DateTimeFormat; day: Intl.DateTimeFormat } {
  const language = locale?.code ?? DEFAULT_LANGUAGE;
  const base = { era: 'short', year: 'numeric', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' } as const;
  return {
    year: new Intl.DateTimeFormat(language, base),
    month: new Intl.DateTimeFormat(language, { ...base, month: 'short' }),
    day: new Intl.DateTimeFormat(language, { ...base, month: 'short', day: 'numeric' }),
  };
}

/**
 * Formats axis ticks with date-fns in the reader's locale, from UTC fields so a
 * tick reads the same in every time zone. The first tick and each turn of the
 * larger unit carry it ("Jan 2019", "1 Feb"), so the reader never loses the year.
 * Years are never padded ("200", not "0200"); a year before AD 1, or any year
 * when `era` is set, names its era ("1 BC", "AD 1").
 */
export function tickFormatter(
  ticks: readonly Date[],
  locale?: Locale,
  { era = false }: TickFormatOptions = {},
): (tick: Date, i: number) => string {
  const unit = tickUnit(ticks);
  const options = locale ? { locale } : {};
  let eras: ReturnType<typeof eraFormats> | undefined;
  const withEra = (tick: Date): boolean => era || tick.getUTCFullYear() <= 0;
  const eraFormat = (kind: keyof ReturnType<typeof eraFormats>, tick: Date): string =>
    (eras ??= eraFormats(locale))[kind].format(tick);
  return (tick, i) => {
    const d = utcFieldsAsLocal(tick.getTime());
    switch (unit) {
      case 'year':
        return withEra(tick) ? eraFormat('year', tick) : format(d, 'y', options);
      case 'month':
        if (i !== 0 && d.getMonth() !== 0) return format(d, 'LLL', options);
        return withEra(tick) ? eraFormat('month', tick) : format(d, 'LLL y', options);
      case 'day':
        if (i !== 0 && d.getDate() !== 1) return format(d, 'd', options);
        return withEra(tick) ? eraFormat('day', tick) : format(d, 'd LLL y', options);
      case 'hour':
        return i === 0 || (d.getHours() === 0 && d.getMinutes() === 0)
          ? format(d, 'd LLL, HH:mm', options)
          : format(d, 'HH:mm', options);
    }
  };
}
