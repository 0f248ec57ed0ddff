import type { TimelineEvent } from '../model/timeline-event.js';
import type { TimeView } from './time-view.js';

/**
 * How far an event with an open or unknown end (EDTF `2011-03/..`, `2011-03/`,
 * `../2019`) reaches in time. Its dates give only the known side; the other
 * side runs on without limit: an open end reaches +∞ and an open start −∞.
 * Not "now": the data does not say when it was last true, and a reader who
 * pans past today should still see that nothing ended it.
 */

/** The side(s) where the date is open or unknown, as MarkLayout.open names them. */
export type OpenSide = 'start' | 'end' | 'both';

/** Room the open-end chevrons take inside the plot at its edge, px: a label keeps clear of it. */
export const OPEN_END_ROOM_PX = 16;

/** How far past the view's edge an open bar runs, px, so that its own end is never seen. */
export const OPEN_OVERSHOOT_PX = 8;

export function openSideOf(event: TimelineEvent): OpenSide | undefined {
  if (event.openStart && event.openEnd) return 'both';
  if (event.openStart) return 'start';
  return event.openEnd ? 'end' : undefined;
}

export function isOpen(event: TimelineEvent): boolean {
  return event.openStart !== undefined || event.openEnd !== undefined;
}

/** The earliest instant the event may touch, with an open start as −∞. */
export function reachStart(event: TimelineEvent): number {
  return event.openStart ? -Infinity : event.from;
}

/** The latest instant the event may touch, with an open end as +∞. */
export function reachEnd(event: TimelineEvent): number {
  return event.openEnd ? Infinity : event.to;
}

/** Whether the event, open sides included, overlaps the view. */
export function reachesInto(event: TimelineEvent, view: TimeView): boolean {
  return reachEnd(event) >= view.start && reachStart(event) <= view.end;
}

/**
 * A bar's extent along the time direction (px from the view's start), with
 * its open side(s) run past the view's edge(s) of a plot `widthPx` wide.
 */
export function openExtent(u0: number, u1: number, side: OpenSide | undefined, widthPx: number): readonly [number, number] {
  const start = side === 'start' || side === 'both' ? Math.min(u0, -OPEN_OVERSHOOT_PX) : u0;
  const end = side === 'end' || side === 'both' ? Math.max(u1, widthPx + OPEN_OVERSHOOT_PX) : u1;
  return [start, end];
}
