import type { TimelineEvent } from '../model/timeline-event.js';
import type { TimeView } from './time-view.js';

/**
 * The instant + and − zoom around: the first of `candidates` (the selected
 * event, then the one whose mark holds focus) that is on screen, else none, and
 * the zoom keeps the view's centre. A span partly off screen anchors on its
 * middle as far as the view shows it, so the zoom never pulls it further out.
 */
export function zoomAnchor(view: TimeView, candidates: ReadonlyArray<TimelineEvent | undefined>): number | undefined {
  for (const event of candidates) {
    if (!event || event.to < view.start || event.from > view.end) continue;
    return (Math.max(event.from, view.start) + Math.min(event.to, view.end)) / 2;
  }
  return undefined;
}
