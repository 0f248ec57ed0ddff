import type { Stepwise, WorkMeter } from '../model/stepwise.js';

/**
 * A time warp: a monotone, piecewise linear map from real time (UTC ms) to a
 * "warped" time in which long empty stretches between events are collapsed.
 *
 * Real data is lumpy: the Idlib article's events are one in 2011 and the rest
 * in 2017–2019, so a linear axis leaves most of the plot empty and squeezes
 * the story into a corner. The warp keeps time linear (one rate) wherever
 * there are events, keeps a margin of linear context on each side of a long
 * gap, and squeezes the middle of the gap into a short, visibly broken
 * stretch of the axis. It depends on the data only, not on the view, so zoom
 * and pan (done in warped time) stay continuous: a break widens smoothly as
 * the reader zooms into it.
 */

/** An empty stretch longer than this share of the warped whole is collapsed. */
export const MAX_EMPTY_SHARE = 0.22;
/** Share of the warped whole that each collapsed stretch's break takes. */
export const BREAK_SHARE = 0.035;
/** Linear context kept on each side of a break, as a share of the warped whole. */
export const CONTEXT_SHARE = 0.025;
/** The least linear time the warped whole is reckoned from: see chooseCollapsedGaps. */
const MIN_LINEAR_MS = 14 * 24 * 60 * 60 * 1000;
/** Breaks and their context never take more than this share of the whole. */
const MAX_COLLAPSED_SHARE = 0.6;

/** A stretch of real time drawn squeezed, between two stretches drawn at the common rate. */
export interface TimeBreak {
  /** Real time squeezed into the break, UTC ms. */
  readonly from: number;
  readonly to: number;
  /** Where the break lies in warped time. */
  readonly warpedFrom: number;
  readonly warpedTo: number;
}

export interface TimeWarp {
  /** Warped time of a real instant. Outside the knots, warped time runs at the real rate. */
  readonly toWarped: (t: number) => number;
  /** The real instant of a warped time. */
  readonly fromWarped: (w: number) => number;
  readonly breaks: readonly TimeBreak[];
}

export const IDENTITY_WARP: TimeWarp = { toWarped: (t) => t, fromWarped: (w) => w, breaks: [] };

/** The warp for a set of occupied intervals (events' extents), collapsing their long gaps. */
export function buildTimeWarp(intervals: Iterable<readonly [number, number]>): TimeWarp {
  return warpOfOccupied(mergeIntervals(intervals));
}

/** The warp for occupied stretches of time, disjoint and in order. */
function warpOfOccupied(occupied: ReadonlyArray<readonly [number, number]>): TimeWarp {
  if (occupied.length < 2) return IDENTITY_WARP;
  const gaps = occupied.slice(1).map((next, i) => ({ from: occupied[i]![1], to: next[0], length: next[0] - occupied[i]![1] }));
  const collapsed = chooseCollapsedGaps(gaps, occupied[occupied.length - 1]![1] - occupied[0]![0]);
  if (collapsed.length === 0) return IDENTITY_WARP;
  return warpFromBreaks(collapsed, occupied[0]![0]);
}

/**
 * buildTimeWarp for events sorted by `from` (an EventSet's), merged as they come: no list of a million
 * pairs and no sort. Yields after every `sliceSize` events. Events out of order fall back to buildTimeWarp.
 */
export function* buildTimeWarpStepwise(
  events: readonly { readonly from: number; readonly to: number }[],
  sliceSize: number,
  meter?: WorkMeter,
): Stepwise<TimeWarp> {
  const merged: Array<[number, number]> = [];
  let last: [number, number] | undefined;
  let slice = 0;
  for (let i = 0; i < events.length; i++) {
    const { from: a, to: b } = events[i]!;
    // What mergeIntervals makes of the pair: its finite ends, in order.
    let lo: number;
    let hi: number;
    if (Number.isFinite(a) && Number.isFinite(b)) [lo, hi] = a <= b ? [a, b] : [b, a];
    else if (Number.isFinite(a)) lo = hi = a;
    else if (Number.isFinite(b)) lo = hi = b;
    else continue;
    if (last && lo < last[0]) return buildTimeWarp(events.map((event) => [event.from, event.to] as const));
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else merged.push((last = [lo, hi]));
    if (++slice === sliceSize) {
      slice = 0;
      if (meter) meter.done += sliceSize;
      yield;
    }
  }
  if (meter) meter.done += slice;
  return warpOfOccupied(merged);
}

interface Gap {
  readonly from: number;
  readonly to: number;
  readonly length: number;
}

/** Share of the whole that one collapsed gap takes: its break and the context either side. */
const COLLAPSED_GAP_SHARE = BREAK_SHARE + 2 * CONTEXT_SHARE;

/**
 * Collapses the longest gap while it is longer than MAX_EMPTY_SHARE of the
 * warped whole. Each collapse shrinks the whole, so the next gap is judged
 * against the picture the reader will see, not against the raw span.
 */
function chooseCollapsedGaps(gaps: readonly Gap[], span: number): Gap[] {
  const byLength = [...gaps].sort((a, b) => b.length - a.length);
  const chosen: Gap[] = [];
  let linear = span;
  // The whole the reader sees once `share` of it is breaks; never less than a fortnight of linear
  // time, so lone instants keep context and a break never squeezes years into minutes.
  const wholeOf = (linearTime: number, share: number) => Math.max(linearTime, MIN_LINEAR_MS) / (1 - share);
  for (const gap of byLength) {
    const share = chosen.length * COLLAPSED_GAP_SHARE;
    if (gap.length <= MAX_EMPTY_SHARE * wholeOf(linear, share)) break;
    if (share + COLLAPSED_GAP_SHARE > MAX_COLLAPSED_SHARE) break;
    // Collapsing must save room: the gap must be longer than what it would take once collapsed.
    if (gap.length <= COLLAPSED_GAP_SHARE * wholeOf(linear - gap.length, share + COLLAPSED_GAP_SHARE)) break;
    chosen.push(gap);
    linear -= gap.length;
  }
  const whole = wholeOf(linear, chosen.length * COLLAPSED_GAP_SHARE);
  const context = CONTEXT_SHARE * whole;
  // A collapse keeps `context` of real time either side; the rest of the gap is the break.
  return chosen
    .sort((a, b) => a.from - b.from)
    .map((gap) => ({ from: gap.from + context, to: gap.to - context, length: BREAK_SHARE * whole }));
}

/** Knots of the piecewise linear map: real time → warped time, anchored so that `origin` maps to itself. */
function warpFromBreaks(collapsed: readonly Gap[], origin: number): TimeWarp {
  const real: number[] = [origin];
  const warped: number[] = [origin];
  const breaks: TimeBreak[] = [];
  let shift = 0; // warped minus real, after the breaks so far
  for (const gap of collapsed) {
    const warpedFrom = gap.from + shift;
    const warpedTo = warpedFrom + gap.length;
    real.push(gap.from, gap.to);
    warped.push(warpedFrom, warpedTo);
    breaks.push({ from: gap.from, to: gap.to, warpedFrom, warpedTo });
    shift = warpedTo - gap.to;
  }
  return {
    toWarped: (t) => interpolate(real, warped, t),
    fromWarped: (w) => interpolate(warped, real, w),
    breaks,
  };
}

/** Piecewise linear through the knots (xs ascending), with slope 1 beyond them and between break pairs. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  if (!Number.isFinite(x)) return x;
  let lo = 0;
  let hi = xs.length - 1;
  if (x <= xs[0]!) return ys[0]! + (x - xs[0]!);
  if (x >= xs[hi]!) return ys[hi]! + (x - xs[hi]!);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid;
  }
  // Knots come as [origin, (breakFrom, breakTo)…]: segments starting at an odd knot are breaks.
  const x0 = xs[lo]!;
  const x1 = xs[hi]!;
  const y0 = ys[lo]!;
  if (lo % 2 === 0) return y0 + (x - x0); // linear stretch between breaks: the real rate
  return y0 + ((x - x0) / (x1 - x0)) * (ys[hi]! - y0);
}

function mergeIntervals(intervals: Iterable<readonly [number, number]>): Array<[number, number]> {
  const list: Array<[number, number]> = [];
  for (const [a, b] of intervals) {
    if (Number.isFinite(a) && Number.isFinite(b)) list.push([Math.min(a, b), Math.max(a, b)]);
    else if (Number.isFinite(a)) list.push([a, a]);
    else if (Number.isFinite(b)) list.push([b, b]);
  }
  list.sort((p, q) => p[0] - q[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of list) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}
