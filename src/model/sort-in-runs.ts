import type { Stepwise } from './stepwise.js';

/**
 * Sorts `values` in place in runs of `sliceSize`, then merges the runs pair by pair, yielding after each
 * run and every `sliceSize` values merged: a million values are ordered in steps of a few milliseconds
 * instead of one sort that holds the page for most of a second. The runs are put in the array's own
 * numeric order; `notAfter(a, b)` says a may stay before b while merging, and must agree with it.
 * Returns the sorted array: `values` or a buffer of its length.
 */
export function* sortInRunsStepwise(
  values: Float64Array<ArrayBuffer>,
  sliceSize: number,
  notAfter: (a: number, b: number) => boolean,
): Stepwise<Float64Array<ArrayBuffer>> {
  const n = values.length;
  const run = Math.max(1, Math.min(n, sliceSize));
  for (let start = 0; start < n; start += run) {
    values.subarray(start, Math.min(n, start + run)).sort();
    if (start + run < n) yield;
  }
  let from = values;
  let into = new Float64Array(n);
  let merged = 0;
  for (let width = run; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(n, left + width);
      const right = Math.min(n, left + 2 * width);
      let i = left;
      let j = mid;
      for (let k = left; k < right; k++) {
        into[k] = j >= right || (i < mid && notAfter(from[i]!, from[j]!)) ? from[i++]! : from[j++]!;
        if (++merged % run === 0) yield;
      }
    }
    [from, into] = [into, from];
  }
  return from;
}
