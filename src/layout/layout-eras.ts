import type { TimelineEra } from '../model/timeline-event.js';
import type { EraLayout } from './mark-layout.js';
import type { TimeView } from './time-view.js';

/**
 * Eras (TimelineJS's background spans) are drawn over the lanes' bands, and
 * named in a strip of their own between the axis and the first lane: no
 * event's label is ever placed there, so an era's name never meets one.
 */

/** Height of the strip the eras' names stand in, px; there only when the data has eras. */
export const ERA_STRIP_PX = 18;
/** An era's name starts this far in from the era's first visible px. */
const ERA_LABEL_INSET_PX = 4;

/** Room the eras' names take above the lanes: the same at every view, so lanes never jump while panning. */
export function eraStripHeight(eras: readonly TimelineEra[]): number {
  return eras.length > 0 ? ERA_STRIP_PX : 0;
}

/** The eras overlapping the view, in time order, with where each is drawn and named. */
export function layoutEras(
  eras: readonly TimelineEra[],
  view: TimeView,
  stripTop: number,
  width: number,
  screenXOf: (t: number) => number,
): EraLayout[] {
  const laid: EraLayout[] = [];
  // Tints alternate in time order over all eras, not only those in view: an era keeps its tint while panning.
  const inTimeOrder = [...eras].sort((a, b) => a.start.earliest - b.start.earliest);
  inTimeOrder.forEach((era, index) => {
    if (era.end.latest < view.start || era.start.earliest > view.end) return;
    const a = screenXOf(era.start.earliest);
    const b = screenXOf(era.end.latest);
    const x0 = Math.min(a, b);
    const x1 = Math.max(a, b);
    // Its name stays in the era's visible part: cut at the era's end (or the plot's), never over the next era.
    const seenFrom = Math.max(0, x0);
    const seenTo = Math.min(width, x1);
    laid.push({
      era,
      x0,
      x1,
      y0: stripTop,
      labelY: stripTop + ERA_STRIP_PX / 2,
      labelX0: seenFrom + ERA_LABEL_INSET_PX,
      labelX1: seenTo - ERA_LABEL_INSET_PX,
      // Eras often follow one another with no gap (TimelineJS's own example): every other one has its own tint.
      alternate: index % 2 === 1,
    });
  });
  return laid;
}
