import type { TimelineEvent } from '../model/timeline-event.js';
import { candidateRange, lowerBound, upperBound, type EventIndex } from './event-index.js';
import { binMsFor, PX_PER_BAR, type LaneDetail, type TimeBin } from './level-of-detail.js';
import type { TimeView } from './time-view.js';

/**
 * Above this many candidate events in a lane, level of detail is computed from
 * a summary of the lane (binary searches per bin) instead of a pass over every
 * visible event: a wide view of 100,000 events then costs what the screen
 * shows, a few hundred bins, not what the data holds.
 */
export const SUMMARY_ABOVE = 5000;

/** A lane's events in the orders wide views need; built once per lane, on first use. */
interface LaneSummary {
  /** Midpoints ((from + to) / 2), ascending, and the events in that order. */
  readonly mids: Float64Array;
  readonly byMid: readonly TimelineEvent[];
  /** Ends, ascending: how many events finished before a view starts. */
  readonly tos: Float64Array;
  /** Longest first; earlier first among equals, as binDenseEvents picks bars. */
  readonly byLength: readonly TimelineEvent[];
}

const summaries = new WeakMap<EventIndex, LaneSummary>();

function summaryOf(index: EventIndex): LaneSummary {
  let summary = summaries.get(index);
  if (summary) return summary;
  const events = index.events;
  const byMid = [...events].sort((a, b) => a.from + a.to - (b.from + b.to));
  const mids = Float64Array.from(byMid, (e) => (e.from + e.to) / 2);
  const tos = Float64Array.from(events, (e) => e.to).sort();
  // events are in start order, so a stable sort by length keeps the earlier first among equals.
  const byLength = [...events].sort((a, b) => b.to - b.from - (a.to - a.from));
  summary = { mids, byMid, tos, byLength };
  summaries.set(index, summary);
  return summary;
}

export function isWide(index: EventIndex, view: TimeView): boolean {
  const [lo, hi] = candidateRange(index, view);
  return hi - lo > SUMMARY_ABOVE;
}

/**
 * binDenseEvents for a wide view, from the lane's summary: the same bars and
 * the same bins, except that bins lying wholly off screen (long events whose
 * midpoint is outside the view) are left out, since they would not be seen.
 */
export function wideLaneDetail(
  index: EventIndex,
  view: TimeView,
  msPerPx: number,
  widthPx: number,
  rows: number,
): LaneDetail & { readonly visibleCount: number } {
  const { mids, byMid, tos, byLength } = summaryOf(index);
  const visible = (e: TimelineEvent) => e.to >= view.start && e.from <= view.end;
  const visibleCount = upperBound(index.from, view.end) - lowerBound(tos, view.start);
  const binMs = binMsFor(msPerPx);

  const limit = Math.max(1, Math.floor((rows * widthPx) / PX_PER_BAR));
  const bars: TimelineEvent[] = [];
  for (const event of byLength) {
    if (event.to - event.from <= binMs || bars.length === limit) break;
    if (visible(event)) bars.push(event);
  }
  const isBar = new Set(bars);
  const barsInBin = new Map<number, number>();
  for (const bar of bars) {
    const b = Math.floor((bar.from + bar.to) / 2 / binMs);
    barsInBin.set(b, (barsInBin.get(b) ?? 0) + 1);
  }

  const singles: TimelineEvent[] = [...bars];
  const bins: TimeBin[] = [];
  const first = Math.floor(view.start / binMs);
  const last = Math.floor(view.end / binMs);
  let lo = lowerBound(mids, first * binMs);
  for (let b = first; b <= last; b++) {
    const hi = lowerBound(mids, (b + 1) * binMs);
    // A midpoint inside the view means the event overlaps it; only edge bins hold others.
    const edge = b === first || b === last;
    let count = 0;
    let single: TimelineEvent | undefined;
    if (edge || hi - lo <= bars.length + 1) {
      for (let i = lo; i < hi; i++) {
        const event = byMid[i]!;
        if (isBar.has(event) || (edge && !visible(event))) continue;
        count++;
        single = event;
      }
    } else {
      count = hi - lo - (barsInBin.get(b) ?? 0);
    }
    if (count === 1 && single) singles.push(single);
    else if (count === 1) singles.push(singleIn(byMid, lo, hi, isBar)!);
    else if (count > 1) bins.push({ from: b * binMs, to: (b + 1) * binMs, count });
    lo = hi;
  }
  return { singles, bins, visibleCount };
}

function singleIn(byMid: readonly TimelineEvent[], lo: number, hi: number, isBar: ReadonlySet<TimelineEvent>): TimelineEvent | undefined {
  for (let i = lo; i < hi; i++) if (!isBar.has(byMid[i]!)) return byMid[i];
  return undefined;
}
