/**
 * Positions sorted by `from`, then `to`, then position: a total, stable order. Sorted in runs of
 * `sliceSize` and merged run by run, so that a million events are ordered in steps of a few
 * milliseconds each instead of one sort that holds the page for most of a second.
 */
import type { Stepwise } from './stepwise.js';
import { sortInRunsStepwise } from './sort-in-runs.js';

export function timeOrderStepwise(from: Float64Array, to: Float64Array, sliceSize: number): Stepwise<Uint32Array> {
  const before = (a: number, b: number) => from[a]! - from[b]! || to[a]! - to[b]! || a - b;
  const order = new Uint32Array(from.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return sortInRunsStepwise(order, sliceSize, (a, b) => before(a, b) <= 0, before);
}
