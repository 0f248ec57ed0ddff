import type { TimelineEvent } from '../model/timeline-event.js';
import type { TimeView } from './time-view.js';

/**
 * Level of detail: where a lane has more visible events than it has room to
 * show one by one, it becomes a density strip: every visible event is
 * counted in one bin of time, and no event of that lane is drawn singly (a
 * bar drawn over the strip would hide counts and catch the clicks that zoom).
 * Bins are aligned to the epoch, not to the view, and their length is a
 * power of two milliseconds, so they stay put while panning and through small
 * zooms (a bin keeps its node), and split in two when zooming in past a level.
 */

/** Below this many px per visible event on average, a lane switches to bins. */
export const MIN_PX_PER_MARK = 8;
/** Least width of a bin on screen, in px (bins are 1 to 2 times this). */
export const BIN_PX = 20;

export interface TimeBin {
  /** Bin start and end, UTC ms. */
  readonly from: number;
  readonly to: number;
  /** How many events the bin holds. */
  readonly count: number;
}

export interface LaneDetail {
  /** Events to draw one by one: all visible ones in a sparse lane, none in a dense one. */
  readonly singles: readonly TimelineEvent[];
  /** The density strip (empty when the lane is sparse): bins holding one event or more, in time order. */
  readonly bins: readonly TimeBin[];
  /** Visible events in the lane, each once: the singles, or the sum of the bins' counts. */
  readonly visibleCount: number;
}

/** The length of a bin at a zoom level: the power of two ms that is at least BIN_PX on screen. */
export function binMsFor(msPerPx: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, BIN_PX * msPerPx)));
}

export function isDense(visibleCount: number, widthPx: number): boolean {
  return visibleCount * MIN_PX_PER_MARK > widthPx;
}

/**
 * The bin an event is counted in: the one holding its middle, or, when its
 * middle is off screen (a long or open-ended event reaching in), the nearest
 * bin on screen. So each visible event is counted once, in a bin one can see.
 */
export function binIndexOf(event: TimelineEvent, view: TimeView, binMs: number): number {
  const mid = Math.min(Math.max((event.from + event.to) / 2, view.start), view.end);
  return Math.floor(mid / binMs);
}

/** Bins of the given (visible) events, each counted once; bins in time order. */
export function densityBins(visible: readonly TimelineEvent[], view: TimeView, msPerPx: number): TimeBin[] {
  const binMs = binMsFor(msPerPx);
  const counts = new Map<number, number>();
  for (const event of visible) {
    const b = binIndexOf(event, view, binMs);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return [...counts.keys()]
    .sort((a, b) => a - b)
    .map((b) => ({ from: b * binMs, to: (b + 1) * binMs, count: counts.get(b)! }));
}
