import type { Stepwise } from '../model/stepwise.js';
import { sortInRunsStepwise } from '../model/sort-in-runs.js';

/**
 * Numbers in ascending order (NaN last, as Float64Array.prototype.sort puts them), sorted in place in
 * runs of `sliceSize` and merged run by run, yielding between: a lane of a million ends is sorted in
 * steps of a few milliseconds instead of one sort that holds the page. Returns the sorted array, which
 * is `values` or a buffer of the same length.
 */
export function sortFloatsStepwise(values: Float64Array<ArrayBuffer>, sliceSize: number): Stepwise<Float64Array<ArrayBuffer>> {
  return sortInRunsStepwise(values, sliceSize, notAfter);
}

/** a may stay before b: ascending, NaN last. */
function notAfter(a: number, b: number): boolean {
  return a <= b || b !== b;
}
