import type { TimeBin } from './level-of-detail.js';
import type { ClusterLayout } from './mark-layout.js';
import type { TimeView } from './time-view.js';

/**
 * A dense lane's bins as the columns of a density strip: side by side, each
 * as wide as its stretch of time, with a bar whose height follows its count
 * on one scale for the whole view (every lane), so lanes compare at a glance.
 * The scale is the square root of the count over the most any bin on screen
 * holds: bursts stand out without flattening the quiet stretches to nothing.
 */

/** Room kept above the tallest bar for its count, px. */
export const COUNT_ROOM_PX = 12;
/** Gap between a column's bar and the lane's edges, px. */
const BAR_INSET_PX = 2;
/** A bin of one event still shows. */
const MIN_BAR_PX = 2;

/** The vertical band a lane's strip may use, px. */
export interface StripBand {
  readonly laneKey: string;
  readonly y0: number;
  readonly y1: number;
}

/** One column before the view-wide scale is known. */
export type UnscaledColumn = Omit<ClusterLayout, 'density' | 'barY'>;

/**
 * Columns for one lane's bins. `screenX` maps an instant to screen x (either
 * direction). Columns are clipped to the view, so an edge bin's column, its
 * name and the stretch a click zooms to are the part of it on screen.
 */
export function stripColumns(
  bins: readonly TimeBin[],
  band: StripBand,
  view: TimeView,
  screenX: (t: number) => number,
): UnscaledColumn[] {
  return bins.map((bin) => {
    const from = Math.max(bin.from, view.start);
    const to = Math.min(bin.to, view.end);
    const a = screenX(from);
    const b = screenX(to);
    return {
      key: `${band.laneKey}\u0000${bin.from}`,
      laneKey: band.laneKey,
      x0: Math.min(a, b),
      x1: Math.max(a, b),
      y0: band.y0,
      y1: band.y1,
      count: bin.count,
      from,
      to,
    };
  });
}

/** Scales every column's bar by one view-wide maximum. */
export function scaleColumns(columns: readonly UnscaledColumn[]): ClusterLayout[] {
  const max = columns.reduce((m, c) => Math.max(m, c.count), 0);
  return columns.map((c) => {
    const density = max > 0 ? Math.sqrt(c.count / max) : 0;
    const bottom = c.y1 - BAR_INSET_PX;
    const room = Math.max(MIN_BAR_PX, bottom - (c.y0 + COUNT_ROOM_PX));
    const height = Math.max(MIN_BAR_PX, density * room);
    return { ...c, density, barY: bottom - height };
  });
}
