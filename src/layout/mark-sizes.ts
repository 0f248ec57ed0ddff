import type { DatePrecision } from '../model/event-date.js';

/**
 * Sizes every mark is laid out with, shared by a plain mark (layout-timeline.ts) and the
 * alternatives of a set (layout-alternatives.ts).
 */

/** A span narrower than this on screen is drawn as a point. */
export const MIN_SPAN_PX = 4;
/** Room a point mark takes on each side of its centre. */
export const POINT_RADIUS_PX = 6;

const COARSE_PRECISIONS: ReadonlySet<DatePrecision> = new Set(['week', 'month', 'season', 'year', 'decade', 'century']);

/** Known only to a week or coarser: drawn soft, never as a false exact point. */
export function isCoarse(precision: DatePrecision): boolean {
  return COARSE_PRECISIONS.has(precision);
}
