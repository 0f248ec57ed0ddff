import type { Stepwise } from '../model/stepwise.js';

/**
 * Numbers in ascending order (NaN last, as Float64Array.prototype.sort puts them), sorted in place in
 * runs of `sliceSize` and merged run by run, yielding between: a lane of a million ends is sorted in
 * steps of a few milliseconds instead of one sort that holds the page. Returns the sorted array, which
 * is `values` or a buffer of the same length.
 */
export function* sortFloatsStepwise(values: Float64Array<ArrayBuffer>, sliceSize: number): Stepwise<Float64Array<ArrayBuffer>> {
  const n = values.length;
  const run = Math.max(1, Math.min(n, sliceSize));
  if (run >= n) return values.sort();
  for (let start = 0; start < n; start += run) {
    values.subarray(start, Math.min(n, start + run)).sort();
    yield;
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
        if (++merged === run) {
          merged = 0;
          yield;
        }
      }
    }
    [from, into] = [into, from];
  }
  return from;
}

/** a may stay before b: ascending, NaN last. */
function notAfter(a: number, b: number): boolean {
  return a <= b || b !== b;
}
