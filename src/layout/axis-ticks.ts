import { utcTickInterval } from 'd3-time';
import type { TimeView } from './time-view.js';
import type { TimeWarp } from './time-warp.js';

/** Px of axis per tick label, roughly: wide enough for "Sep 2018". */
export const PX_PER_TICK = 90;
/** Ticks closer than this on screen (either side of a break) would print over each other: "30 Sep 2018" and more. */
const MIN_TICK_GAP_PX = 84;
const MONTH_MS = 28 * 86_400_000;
const YEAR_MS = 365 * 86_400_000;
/** Steps of this or more count several years a tick (2, 5, 10… years). */
const MULTI_YEAR_MS = 2 * YEAR_MS;

export interface AxisTick {
  /** The tick's instant, UTC ms. */
  readonly time: number;
  /** Screen x. */
  readonly x: number;
  /** First tick of the view, after a break, or where the larger unit turns: it says that unit too ("Sep 2018"). */
  readonly leading: boolean;
}

/** A collapsed stretch of time as drawn: where the axis breaks. */
export interface BreakLayout {
  /** Real time squeezed into the break, UTC ms. */
  readonly from: number;
  readonly to: number;
  /** Screen extent, x0 <= x1. */
  readonly x0: number;
  readonly x1: number;
}

/**
 * Calendar ticks for a view of warped time. One interval for the whole view,
 * chosen from the rate of the linear stretches (where every stretch not
 * broken runs), so the ticks mean the same on both sides of a break; no ticks
 * inside a break, where time runs faster and a tick would mislead.
 */
export function axisTicks(
  view: TimeView,
  warp: TimeWarp,
  width: number,
  screenXOf: (t: number) => number,
): { ticks: AxisTick[]; stepMs: number } {
  const warpedSpan = warp.toWarped(view.end) - warp.toWarped(view.start);
  const count = Math.max(2, Math.floor(width / PX_PER_TICK));
  const interval = utcTickInterval(new Date(0), new Date(warpedSpan), count);
  if (!interval) return { ticks: [], stepMs: 0 };
  // Ticks either side of a break are far apart in time: the unit they count in is the interval's.
  const stepMs = interval.offset(new Date(0), 1).getTime();
  const ticks: AxisTick[] = [];
  let last: AxisTick | undefined;
  for (const [from, to] of linearStretches(view, warp)) {
    let firstInStretch = true;
    for (const date of interval.range(new Date(from), new Date(to + 1))) {
      const time = historicalYearTick(date, stepMs);
      if (time > to) continue;
      const x = screenXOf(time);
      if (last && Math.abs(x - last.x) < MIN_TICK_GAP_PX) continue;
      const leading = !last || firstInStretch || largerUnitTurned(last.time, time, stepMs);
      ticks.push((last = { time, x, leading }));
      firstInStretch = false;
    }
  }
  return { ticks, stepMs };
}

/**
 * A tick counting in several years, moved to the year a reader counts in. Calendar intervals count
 * astronomical years, which have a year 0 (1 BC) and call 600 BC -599: a tick every 200 years would
 * fall on 601 BC, 401 BC, 201 BC, 1 BC. Years before AD 1 are counted back from it instead, so those
 * ticks are 600 BC, 400 BC, 200 BC and AD 1 (year 0's tick moves to the first year of the era).
 */
function historicalYearTick(date: Date, stepMs: number): number {
  const year = date.getUTCFullYear();
  if (stepMs < MULTI_YEAR_MS || year > 0) return date.getTime();
  const moved = new Date(date.getTime());
  moved.setUTCFullYear(year + 1);
  return moved.getTime();
}

/**
 * Whether the larger unit changed between two ticks (the month, for ticks days apart; the year, for
 * ticks months apart): then the later tick says it ("13 Jan 2019" after "30 Dec 2018", not "13").
 */
function largerUnitTurned(before: number, after: number, stepMs: number): boolean {
  const a = new Date(before);
  const b = new Date(after);
  if (stepMs < MONTH_MS) return a.getUTCMonth() !== b.getUTCMonth() || a.getUTCFullYear() !== b.getUTCFullYear();
  if (stepMs < YEAR_MS) return a.getUTCFullYear() !== b.getUTCFullYear();
  return false;
}

/** The breaks that overlap the view, with their screen extent. */
export function layoutBreaks(view: TimeView, warp: TimeWarp, screenXOf: (t: number) => number): BreakLayout[] {
  return warp.breaks
    .filter((b) => b.to > view.start && b.from < view.end)
    .map((b) => {
      const a = screenXOf(b.from);
      const c = screenXOf(b.to);
      return { from: b.from, to: b.to, x0: Math.min(a, c), x1: Math.max(a, c) };
    });
}

/** The parts of the view that are not inside a break, in time order. */
function linearStretches(view: TimeView, warp: TimeWarp): Array<[number, number]> {
  const stretches: Array<[number, number]> = [];
  let from = view.start;
  for (const b of warp.breaks) {
    if (b.to <= from || b.from >= view.end) continue;
    if (b.from > from) stretches.push([from, b.from]);
    from = b.to;
  }
  if (from < view.end) stretches.push([from, view.end]);
  return stretches;
}
