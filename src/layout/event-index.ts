import type { TimelineEvent } from '../model/timeline-event.js';
import { isOpen, reachesInto } from './open-reach.js';
import { runToEnd, type Stepwise, type WorkMeter } from '../model/stepwise.js';
import type { TimeView } from './time-view.js';

/**
 * Events sorted by start, with a running maximum of their ends, so the events
 * overlapping a view are found by two binary searches instead of a scan: a
 * frame's cost follows what is visible, not how much data there is.
 */
export interface EventIndex {
  readonly events: readonly TimelineEvent[];
  readonly from: Float64Array;
  /** maxTo[i] = the latest `to` among events[0..i]; non-decreasing. */
  readonly maxTo: Float64Array;
  /**
   * Events with an open or unknown start or end (see open-reach.ts). Their
   * `from`/`to` above are their known dates only: an ongoing event would
   * otherwise set maxTo to +∞ and make every later view scan from it. They
   * are few, and visibleEvents checks them apart.
   */
  readonly open: readonly TimelineEvent[];
}

/** Builds the index; `events` must already be sorted by `from` (validateEvents guarantees it). */
export function buildEventIndex(events: readonly TimelineEvent[]): EventIndex {
  return runToEnd(buildEventIndexStepwise(events, Infinity));
}

/** buildEventIndex, yielding after every `sliceSize` events. */
export function* buildEventIndexStepwise(events: readonly TimelineEvent[], sliceSize: number, meter?: WorkMeter): Stepwise<EventIndex> {
  const n = events.length;
  const from = new Float64Array(n);
  const maxTo = new Float64Array(n);
  const open: TimelineEvent[] = [];
  let runningMax = -Infinity;
  let slice = 0;
  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    from[i] = event.from;
    runningMax = Math.max(runningMax, event.to);
    maxTo[i] = runningMax;
    if (isOpen(event)) open.push(event);
    if (++slice === sliceSize) {
      slice = 0;
      if (meter) meter.done += sliceSize;
      yield;
    }
  }
  if (meter) meter.done += slice;
  return { events, from, maxTo, open: open.length === 0 ? NO_EVENTS : open };
}

const NO_EVENTS: readonly TimelineEvent[] = Object.freeze([]);

/** First index whose value is >= target in a non-decreasing array. */
export function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > target in a non-decreasing array. */
export function upperBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index range [lo, hi) that holds every event overlapping the view.
 * Events inside it that end before the view starts must still be skipped
 * (see `visibleEvents`); with few long spans there are few of them.
 */
export function candidateRange(index: EventIndex, view: TimeView): [number, number] {
  const lo = lowerBound(index.maxTo, view.start);
  const hi = upperBound(index.from, view.end);
  return [lo, Math.max(lo, hi)];
}

/** The events that overlap the view, open ends and starts included, in start order. */
export function visibleEvents(index: EventIndex, view: TimeView): TimelineEvent[] {
  const [lo, hi] = candidateRange(index, view);
  const out: TimelineEvent[] = [];
  for (let i = lo; i < hi; i++) {
    const event = index.events[i]!;
    if (event.to >= view.start) out.push(event);
  }
  const reaching = openBeyondKnownDates(index, view);
  if (reaching.length === 0) return out;
  return [...out, ...reaching].sort((a, b) => a.from - b.from);
}

/** Open events that reach into the view only by their open side: the candidate range does not hold them. */
export function openBeyondKnownDates(index: EventIndex, view: TimeView): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const event of index.open) {
    const known = event.to >= view.start && event.from <= view.end;
    if (!known && reachesInto(event, view)) out.push(event);
  }
  return out;
}
