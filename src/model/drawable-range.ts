/**
 * The instants a timeline can draw. A Date holds ±8.64e15 ms around 1970, but a view is wider than
 * the data it shows: layout pads the data's extent (FIT_MARGIN, 4% of it on each side) for the first
 * view and for the zoom bounds, and every instant of a view must still be a valid Date (the axis,
 * `view` and `ct-view-change` are Dates). So events must stay inside a narrower range: with the
 * widest data this allows, 4% of its ±250,000 years on each side still ends some 6,000 years short
 * of where Date does.
 */
import { utcDayEnd, utcDayStart } from './utc-calendar.js';

/** Astronomical years (year 0 is 1 BC): the first and last a timeline draws. */
export const FIRST_DRAWABLE_YEAR = -249_999;
export const LAST_DRAWABLE_YEAR = 250_000;

/** The same range in words, for diagnostics; keep it in step with the years above. */
export const DRAWABLE_RANGE_TEXT = '250,000 BC to AD 250,000';

/** First and last instant (UTC ms) an event may touch. */
export const MIN_DRAWABLE_MS = utcDayStart(FIRST_DRAWABLE_YEAR);
export const MAX_DRAWABLE_MS = utcDayEnd(LAST_DRAWABLE_YEAR);

/** Whether `ms` lies within the drawable range (NaN and ±Infinity do not). */
export function isDrawable(ms: number): boolean {
  return ms >= MIN_DRAWABLE_MS && ms <= MAX_DRAWABLE_MS;
}
