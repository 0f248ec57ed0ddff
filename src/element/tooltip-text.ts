import { displayText } from '../model/display-text.js';
import type { HoverTarget } from '../render/mark-hover.js';
import type { TimelineWords } from './timeline-words.js';

/** What the tooltip says about a mark or cluster. */
export interface TooltipText {
  readonly title: string;
  /** The date in words, in the pack's language. */
  readonly when: string;
  /** The title is the element's own words (a cluster's count), not the event's text. */
  readonly titleIsOwnWords: boolean;
}

/** An event's title and its date in words; a cluster's count and the time it covers ("14 events", "March 2011"). */
export function tooltipText(target: HoverTarget, words: TimelineWords): TooltipText {
  if (target.kind === 'mark') {
    const event = target.mark.event;
    return { title: displayText(event.title), when: words.whenOf(event), titleIsOwnWords: false };
  }
  const { count, from, to } = target.cluster;
  // The same words as the cluster's accessible name.
  return { title: words.pack.ui.eventCount(count), when: words.stretch(from, to), titleIsOwnWords: true };
}
