import { visibleEvents, type EventIndex } from './event-index.js';
import { isWide, wideLaneBins } from './lane-summary.js';
import { densityBins, isDense, type LaneDetail } from './level-of-detail.js';
import type { TimeView } from './time-view.js';

/** A lane's visible events as singles, or as a density strip where they would crowd (or always, when `strip`). */
export function laneDetail(index: EventIndex, view: TimeView, msPerPx: number, widthPx: number, strip = false): LaneDetail {
  if (isWide(index, view)) {
    const wide = wideLaneBins(index, view, msPerPx);
    if (strip || isDense(wide.visibleCount, widthPx)) return { singles: [], ...wide };
  }
  const visible = visibleEvents(index, view);
  return strip || isDense(visible.length, widthPx)
    ? { singles: [], bins: densityBins(visible, view, msPerPx), visibleCount: visible.length }
    : { singles: visible, bins: [], visibleCount: visible.length };
}
