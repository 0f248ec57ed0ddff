import type { LagUnit, ReportLag } from '../model/report-lag.js';

/**
 * "3 days", "1 month", "3 дня", "٣ أيام": a count of days, months or years in the language's own
 * plural forms (Intl's unit format knows them all, Arabic's six included). Formatters are made
 * once per pack and unit, on first use: a report date is shown one event at a time.
 */
export function lagAmount(locale: string): (lag: CountedLag) => string {
  const formats = new Map<LagUnit, Intl.NumberFormat>();
  return ({ amount, unit }) => {
    let format = formats.get(unit);
    if (format === undefined) formats.set(unit, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })));
    return format.format(amount);
  };
}

/** A lag that has an amount (later or earlier). */
export type CountedLag = Extract<ReportLag, { amount: number }>;
