import { candidateRange, lowerBound, openBeyondKnownDates, upperBound, type EventIndex } from './event-index.js';
import { binIndexOf, binMsFor, type TimeBin } from './level-of-detail.js';
import { runToEnd, type Stepwise } from '../model/stepwise.js';
import { sortFloatsStepwise } from '../model/sort-floats.js';
import type { TimeView } from './time-view.js';

/**
 * Above this many candidate events in a lane, the density strip is counted
 * from a summary of the lane (binary searches per bin) instead of a pass over
 * every visible event: a wide view of 100,000 events then costs what the
 * screen shows, a few hundred bins, not what the data holds.
 */
export const SUMMARY_ABOVE = 5000;

/** A lane's known dates in the orders counting needs; built once per lane, on first use. */
interface LaneSummary {
  /** Midpoints ((from + to) / 2), ascending. */
  readonly mids: Float64Array;
  /** Ends, ascending: how many events finished before a view starts. */
  readonly tos: Float64Array;
}

const summaries = new WeakMap<EventIndex, LaneSummary>();

function summaryOf(index: EventIndex): LaneSummary {
  return summaries.get(index) ?? runToEnd(buildSummaryStepwise(index, Infinity));
}

/**
 * Builds the summary of a lane that a wide view would count from (one of more than SUMMARY_ABOVE
 * events), yielding after every `sliceSize` events, and keeps it for layout; a smaller lane never needs
 * one. Preparing data builds them, so that the first view of a million events does not sort them.
 */
export function* laneSummaryStepwise(index: EventIndex, sliceSize: number): Stepwise<LaneSummary | undefined> {
  const known = summaries.get(index);
  return known || index.events.length <= SUMMARY_ABOVE ? known : yield* buildSummaryStepwise(index, sliceSize);
}

function* buildSummaryStepwise(index: EventIndex, sliceSize: number): Stepwise<LaneSummary> {
  const events = index.events;
  // Plain loops: Float64Array.from with a mapping function is several times slower on a million events.
  const mids = new Float64Array(events.length);
  const tos = new Float64Array(events.length);
  let slice = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    mids[i] = (event.from + event.to) / 2;
    tos[i] = event.to;
    if (++slice === sliceSize) {
      slice = 0;
      yield;
    }
  }
  const summary = { mids: yield* sortFloatsStepwise(mids, sliceSize), tos: yield* sortFloatsStepwise(tos, sliceSize) };
  summaries.set(index, summary);
  return summary;
}

export function isWide(index: EventIndex, view: TimeView): boolean {
  const [lo, hi] = candidateRange(index, view);
  return hi - lo > SUMMARY_ABOVE;
}

/**
 * densityBins for a wide view, from the lane's summary: the same bins and
 * counts (binIndexOf's rule: an event whose middle is off screen is counted
 * in the edge bin), from binary searches instead of a pass over the events.
 */
export function wideLaneBins(
  index: EventIndex,
  view: TimeView,
  msPerPx: number,
): { readonly bins: TimeBin[]; readonly visibleCount: number } {
  const { mids, tos } = summaryOf(index);
  const n = mids.length;
  const binMs = binMsFor(msPerPx);
  // Events that overlap the view by their known dates but have their middle before or after it:
  // a middle before the start with an end at or after it (an end before it means a middle before it too).
  const reachingFromBefore = lowerBound(mids, view.start) - lowerBound(tos, view.start);
  const reachingFromAfter = n - upperBound(mids, view.end) - (n - upperBound(index.from, view.end));
  const counts = new Map<number, number>();
  const add = (b: number, k: number) => {
    if (k > 0) counts.set(b, (counts.get(b) ?? 0) + k);
  };
  const first = Math.floor(view.start / binMs);
  const last = Math.floor(view.end / binMs);
  add(first, reachingFromBefore);
  add(last, reachingFromAfter);
  let lo = lowerBound(mids, view.start);
  for (let b = first; b <= last; b++) {
    const hi = b === last ? upperBound(mids, view.end) : lowerBound(mids, (b + 1) * binMs);
    add(b, hi - lo);
    lo = hi;
  }
  let visibleCount = 0;
  for (const count of counts.values()) visibleCount += count;
  for (const event of openBeyondKnownDates(index, view)) {
    add(binIndexOf(event, view, binMs), 1);
    visibleCount++;
  }
  const bins = [...counts.keys()]
    .sort((a, b) => a - b)
    .map((b) => ({ from: b * binMs, to: (b + 1) * binMs, count: counts.get(b)! }));
  return { bins, visibleCount };
}
