/**
 * Positions sorted by `from`, then `to`, then position: a total, stable order. Sorted in runs of
 * `sliceSize` and merged run by run, so that a million events are ordered in steps of a few
 * milliseconds each instead of one sort that holds the page for most of a second.
 */
import type { Stepwise } from './stepwise.js';

export function* timeOrderStepwise(from: Float64Array, to: Float64Array, sliceSize: number): Stepwise<Uint32Array> {
  const n = from.length;
  const before = (a: number, b: number) => from[a]! - from[b]! || to[a]! - to[b]! || a - b;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const run = Math.max(1, Math.min(n, sliceSize));
  for (let start = 0; start < n; start += run) {
    order.subarray(start, Math.min(n, start + run)).sort(before);
    if (start + run < n) yield;
  }
  let spare = new Uint32Array(n);
  let merged = 0;
  for (let width = run; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(n, left + width);
      const right = Math.min(n, left + 2 * width);
      let i = left;
      let j = mid;
      for (let k = left; k < right; k++) {
        spare[k] = j >= right || (i < mid && before(order[i]!, order[j]!) <= 0) ? order[i++]! : order[j++]!;
        if (++merged % run === 0) yield;
      }
    }
    [order, spare] = [spare, order];
  }
  return order;
}
