import type { Stepwise } from '../model/stepwise.js';
import { sortFloatsStepwise as radixSortStepwise } from '../model/sort-floats.js';

/**
 * Numbers in ascending order (NaN last, as Float64Array.prototype.sort puts them), sorted by a radix
 * sort that yields after every `sliceSize` numbers handled: a lane of a million ends is sorted in steps
 * of a few milliseconds instead of one sort that holds the page. Returns a new sorted array.
 */
export function sortFloatsStepwise(values: Float64Array<ArrayBuffer>, sliceSize: number): Stepwise<Float64Array<ArrayBuffer>> {
  return radixSortStepwise(values, sliceSize);
}
