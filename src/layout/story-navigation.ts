import type { TimelineEvent } from '../model/timeline-event.js';
import type { TimelineLayout } from './mark-layout.js';
import { clampView, MIN_VIEW_SPAN_MS, viewSpan, type TimeView } from './time-view.js';

/** Which way a story step goes: to the event before or after, in time. */
export type StoryStep = 'previous' | 'next';

/** A step's view shows the event's own span and this share of it again as context, at the least. */
const CONTEXT_SHARE = 0.5;
/** Halvings of the view a step tries before it settles for the narrowest one. */
const MAX_ZOOM_STEPS = 40;

/**
 * The index (in `events`, which is in time order) of the event a step goes to, or
 * undefined at an end. From a selected event, its neighbour; with none selected,
 * Next is the first event starting at or after the view's start and Previous the
 * last one starting at or before the view's end.
 */
export function storyNeighbour(
  events: readonly TimelineEvent[],
  step: StoryStep,
  selectedIndex: number | undefined,
  view: TimeView,
): number | undefined {
  const target =
    selectedIndex !== undefined
      ? selectedIndex + (step === 'next' ? 1 : -1)
      : step === 'next'
        ? firstIndex(events, (e) => e.from >= view.start)
        : firstIndex(events, (e) => e.from > view.end) - 1;
  return target >= 0 && target < events.length ? target : undefined;
}

/**
 * The view a step shows its event in: the current one when the event is already
 * whole on screen and readable there, else the widest view centred on it that is
 * readable, halving from the current width (or the event's own span and some
 * context, if that is wider). Never narrower than needed.
 */
export function storyView(
  event: TimelineEvent,
  view: TimeView,
  bounds: TimeView,
  isReadable: (view: TimeView) => boolean,
): TimeView {
  if (event.from >= view.start && event.to <= view.end && isReadable(view)) return view;
  const eventSpan = event.to - event.from;
  const narrowest = Math.max(MIN_VIEW_SPAN_MS, eventSpan * (1 + CONTEXT_SHARE));
  const mid = (event.from + event.to) / 2;
  let span = Math.max(viewSpan(view), narrowest);
  let candidate = clampView({ start: mid - span / 2, end: mid + span / 2 }, bounds);
  for (let i = 0; i < MAX_ZOOM_STEPS && !isReadable(candidate) && span > narrowest; i++) {
    span = Math.max(narrowest, span / 2);
    candidate = clampView({ start: mid - span / 2, end: mid + span / 2 }, bounds);
  }
  return candidate;
}

/** Whether a layout draws an event as its own mark (not in a cluster) with its title beside it. */
export function isLabelledIn(layout: TimelineLayout, eventId: string): boolean {
  let primary = false;
  let labelled = false;
  for (const mark of layout.marks) {
    if (mark.event.id !== eventId) continue;
    primary ||= mark.primary;
    labelled ||= mark.labelShown;
  }
  return primary && labelled;
}

/** First index whose event passes `test`, which is false then true along the array; length if none. */
function firstIndex(events: readonly TimelineEvent[], test: (event: TimelineEvent) => boolean): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(events[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
