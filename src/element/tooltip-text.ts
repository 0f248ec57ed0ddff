import { describeDate, describeEventDate, type DescribeOptions } from '../model/describe-date.js';
import { displayText } from '../model/display-text.js';
import type { HoverTarget } from '../render/mark-hover.js';
import type { LocalePack } from './locale-pack.js';
import { stretchInWords } from './view-words.js';

/** What the tooltip says about a mark or cluster. */
export interface TooltipText {
  readonly title: string;
  /** The date in words, in the pack's language. */
  readonly when: string;
  /** The title is the element's own words (a cluster's count), not the event's text. */
  readonly titleIsOwnWords: boolean;
}

/** An event's title and its date in words; a cluster's count and the time it covers ("14 events", "March 2011"). */
export function tooltipText(target: HoverTarget, pack: LocalePack): TooltipText {
  const options: DescribeOptions = { words: pack.words, ...(pack.dateFns ? { locale: pack.dateFns } : {}) };
  if (target.kind === 'mark') {
    const event = target.mark.event;
    return { title: displayText(event.title), when: describeEventDate(event, options), titleIsOwnWords: false };
  }
  const { count, from, to } = target.cluster;
  return {
    title: pack.ui.eventCount(count),
    // The same words as the cluster's accessible name.
    when: stretchInWords(from, to, (date) => describeDate(date, options), pack.words.range),
    titleIsOwnWords: true,
  };
}
