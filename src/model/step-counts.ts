/**
 * Times that are whole numbers of some step from the earliest (whole days, whole seconds), as those
 * counts (halves too, doubled first: the middles of spans of whole times): in a few decades of days a count takes 16 bits where the time's own number takes 64, so a
 * radix sort of the counts needs two passes where one of the numbers needs eight.
 */

import type { Stepwise } from './stepwise.js';

/** The most a step count may be: it must fit one 32-bit word. */
const MAX_STEPS = 2 ** 32 - 1;

export interface StepCounts {
  /** Each time's number of steps from `min`, by position. */
  readonly counts: Uint32Array;
  /** The times were multiplied by `scale` (1, or 2 for halves) to make them whole. */
  readonly scale: 1 | 2;
  /** The least time, times `scale`. */
  readonly min: number;
  /** The greatest common divisor of the scaled times' differences from `min`; 0 when all are equal. */
  readonly step: number;
}

/**
 * The counts when every time is a whole number, or else every time a whole number or a half (the
 * middle of two whole ones: a lane's midpoints), the scaled times all within 2^53 of the least (so
 * differences are exact) and the most steps fit 32 bits; undefined otherwise. Counts sort as the times
 * do, equal times equal (-0 and 0 among them), and `(min + count * step) / scale` is the time again.
 * Yields after every `sliceSize` times of each pass.
 */
export function* stepCountsStepwise(times: Float64Array, sliceSize: number): Stepwise<StepCounts | undefined> {
  const n = times.length;
  // Three passes over the times (the least and most, the step, the counts): a turn for the page between
  // slices of each, as a million times take tens of milliseconds.
  const step = Math.max(1, sliceSize);
  let slice = 0;
  let scale: 1 | 2 = 1;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = times[i]!;
    if (!Number.isInteger(t)) {
      if (!Number.isInteger(2 * t)) return undefined;
      scale = 2;
    }
    if (t < min) min = t;
    if (t > max) max = t;
    if (++slice === step) {
      slice = 0;
      yield;
    }
  }
  min *= scale;
  max *= scale;
  if (n > 0 && max - min > Number.MAX_SAFE_INTEGER) return undefined;
  let divisor = 0;
  for (let i = 0; i < n && divisor !== 1; i++) {
    const difference = scale * times[i]! - min;
    // Most differences are whole steps of the divisor found so far: one remainder, no Euclid.
    if (divisor === 0 ? difference !== 0 : difference % divisor !== 0) divisor = greatestCommonDivisor(divisor, difference);
    if (++slice === step) {
      slice = 0;
      yield;
    }
  }
  if (divisor !== 0 && (max - min) / divisor > MAX_STEPS) return undefined;
  const counts = new Uint32Array(n);
  if (divisor !== 0) {
    for (let i = 0; i < n; i++) {
      counts[i] = (scale * times[i]! - min) / divisor;
      if (++slice === step) {
        slice = 0;
        yield;
      }
    }
  }
  return { counts, scale, min: n > 0 ? min : 0, step: divisor };
}

/** Of two whole numbers, each 0 or more and at most 2^53. */
function greatestCommonDivisor(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
