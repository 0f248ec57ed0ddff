import type { TimelineEvent } from '../model/timeline-event.js';

/**
 * Level of detail: where a lane has more visible events than it has room to
 * show one by one, short events are counted into fixed bins of time instead
 * of drawn singly. Bins are aligned to the epoch, not to the view, and their
 * length is a power of two milliseconds, so they stay put while panning and
 * through small zooms (a cluster keeps its node), and split in two when
 * zooming in past a level.
 */

/** Below this many px per visible event on average, a lane switches to bins. */
export const MIN_PX_PER_MARK = 8;
/** Least width of a bin on screen, in px (bins are 1 to 2 times this). */
export const BIN_PX = 12;
/**
 * In a crowded lane, room each long event needs to stay a bar of its own, per
 * row: beyond that, bars overlap into a smear that reads no better than a
 * count, and cost DOM nodes in proportion to the data instead of the screen.
 */
export const PX_PER_BAR = 100;
const DEFAULT_ROWS = 3;

export interface TimeBin {
  /** Bin start and end, UTC ms. */
  readonly from: number;
  readonly to: number;
  /** How many events the bin holds. */
  readonly count: number;
  /** The events, where they were listed (not by the wide-view summary, which only counts). */
  readonly events?: readonly TimelineEvent[];
}

export interface LaneDetail {
  /** Events to draw one by one (all of them when the lane is sparse). */
  readonly singles: TimelineEvent[];
  /** Bins of two or more events (empty when the lane is sparse). */
  readonly bins: TimeBin[];
}

/** The length of a bin at a zoom level: the power of two ms that is at least BIN_PX on screen. */
export function binMsFor(msPerPx: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, BIN_PX * msPerPx)));
}

export function isDense(visibleCount: number, widthPx: number): boolean {
  return visibleCount * MIN_PX_PER_MARK > widthPx;
}

/**
 * Splits a lane's visible events (in start order) into singles and bins.
 * An event longer than a bin stays single, a bar readable at any density,
 * as long as the lane has room for it (`rows` × width ÷ PX_PER_BAR bars, the
 * longest first); the others are counted in the bin of their midpoint.
 */
export function binDenseEvents(
  visible: readonly TimelineEvent[],
  msPerPx: number,
  widthPx: number,
  rows = DEFAULT_ROWS,
): LaneDetail {
  if (!isDense(visible.length, widthPx)) return { singles: [...visible], bins: [] };
  const binMs = binMsFor(msPerPx);
  const singles: TimelineEvent[] = [];
  // Midpoints are not in start order (a longer event can end after a later one), so a bin may be
  // revisited: find it by index, or the lane would split into many one-event bins.
  const byIndex = new Map<number, { from: number; to: number; events: TimelineEvent[] }>();
  let current: { from: number; to: number; events: TimelineEvent[] } | undefined;
  let currentIndex = NaN;
  const addToBin = (event: TimelineEvent) => {
    const binIndex = Math.floor((event.from + event.to) / 2 / binMs);
    if (binIndex !== currentIndex) {
      currentIndex = binIndex;
      current = byIndex.get(binIndex);
      if (!current) byIndex.set(binIndex, (current = { from: binIndex * binMs, to: (binIndex + 1) * binMs, events: [] }));
    }
    current!.events.push(event);
  };
  const long: TimelineEvent[] = [];
  for (const event of visible) {
    if (event.to - event.from > binMs) long.push(event);
    else addToBin(event);
  }
  const limit = Math.max(1, Math.floor((rows * widthPx) / PX_PER_BAR));
  if (long.length > limit) {
    // Stable sort: among equally long events the earlier keeps its bar, so bars do not flicker while zooming.
    long.sort((a, b) => b.to - b.from - (a.to - a.from));
    for (let i = limit; i < long.length; i++) addToBin(long[i]!);
    long.length = limit;
  }
  singles.push(...long);
  const bins: TimeBin[] = [];
  for (const bin of [...byIndex.values()].sort((a, b) => a.from - b.from)) {
    if (bin.events.length === 1) singles.push(bin.events[0]!);
    else bins.push({ ...bin, count: bin.events.length });
  }
  return { singles, bins };
}
