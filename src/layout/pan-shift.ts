import type { TimeView } from './time-view.js';
import type { TimeWarp } from './time-warp.js';

/**
 * A pan moves what is drawn by a transform, without laying the plot out again, until it has moved
 * this share of the plot's width: past it, what slides in at the edge would be blank.
 */
export const PAN_SHIFT_REACH = 0.25;

/**
 * How far (screen px) what a layout of `drawn` put on screen stands from where a layout of `next`
 * would put it, when `next` is `drawn` panned; `undefined` when it is not a pan (the span in plot
 * time differs by a pixel's worth or more). Positions are linear in plot time (see time-warp.ts), so
 * across a collapsed stretch too every drawn thing moves by this same amount.
 */
export function panShiftPx(drawn: TimeView, next: TimeView, warp: TimeWarp, width: number, rtl: boolean): number | undefined {
  const drawnStart = warp.toWarped(drawn.start);
  const nextStart = warp.toWarped(next.start);
  const drawnSpan = warp.toWarped(drawn.end) - drawnStart;
  const nextSpan = warp.toWarped(next.end) - nextStart;
  const msPerPx = drawnSpan / Math.max(1, width);
  if (!(msPerPx > 0) || Math.abs(nextSpan - drawnSpan) >= msPerPx) return undefined;
  // Later time in view moves what is drawn toward the start edge: left, or right when time runs right to left.
  const along = (drawnStart - nextStart) / msPerPx;
  return rtl ? -along : along;
}

/** Whether a pan this far (px) still shows what was drawn, moved, on a plot `width` px wide. */
export function withinPanReach(shiftPx: number, width: number): boolean {
  return Math.abs(shiftPx) <= width * PAN_SHIFT_REACH;
}
