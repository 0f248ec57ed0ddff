import type { TimelineEvent } from '../model/timeline-event.js';

/**
 * Level of detail: where a lane has more visible events than it has room to
 * show one by one, short events are counted into fixed bins of time instead
 * of drawn singly. Bins are aligned to the epoch, not to the view, so they
 * stay put while panning and split cleanly when zooming in.
 */

/** Below this many px per visible event on average, a lane switches to bins. */
export const MIN_PX_PER_MARK = 8;
/** Width of a bin on screen, in px. */
export const BIN_PX = 12;

export interface TimeBin {
  /** Bin start and end, UTC ms. */
  readonly from: number;
  readonly to: number;
  readonly events: TimelineEvent[];
}

export interface LaneDetail {
  /** Events to draw one by one (all of them when the lane is sparse). */
  readonly singles: TimelineEvent[];
  /** Bins of two or more events (empty when the lane is sparse). */
  readonly bins: TimeBin[];
}

export function isDense(visibleCount: number, widthPx: number): boolean {
  return visibleCount * MIN_PX_PER_MARK > widthPx;
}

/**
 * Splits a lane's visible events (in start order) into singles and bins.
 * An event longer than a bin stays single: it is a bar, readable at any density.
 */
export function binDenseEvents(visible: readonly TimelineEvent[], msPerPx: number, widthPx: number): LaneDetail {
  if (!isDense(visible.length, widthPx)) return { singles: [...visible], bins: [] };
  const binMs = BIN_PX * msPerPx;
  const singles: TimelineEvent[] = [];
  const bins: TimeBin[] = [];
  let current: TimeBin | undefined;
  for (const event of visible) {
    if (event.to - event.from > binMs) {
      singles.push(event);
      continue;
    }
    const binIndex = Math.floor((event.from + event.to) / 2 / binMs);
    const from = binIndex * binMs;
    if (!current || current.from !== from) {
      if (current) flush(current, singles, bins);
      current = { from, to: from + binMs, events: [] };
    }
    current.events.push(event);
  }
  if (current) flush(current, singles, bins);
  return { singles, bins };
}

function flush(bin: TimeBin, singles: TimelineEvent[], bins: TimeBin[]): void {
  if (bin.events.length === 1) singles.push(bin.events[0]!);
  else bins.push(bin);
}
