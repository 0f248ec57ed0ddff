/**
 * The confidence levels a mark shows, not by colour alone: a contested event carries a "?" badge,
 * a discounted one is drawn hollow and faint (see confidence.styles.ts). Confirmed and likely are
 * the ordinary case and draw nothing extra; the author's own words show only in the details.
 */
import type { TimelineEvent } from '../model/timeline-event.js';

export const CONFIDENCE_CUES = ['contested', 'discounted'] as const;
export type ConfidenceCue = (typeof CONFIDENCE_CUES)[number];

export function confidenceCue(event: TimelineEvent): ConfidenceCue | undefined {
  const level = event.confidence;
  return level === 'contested' || level === 'discounted' ? level : undefined;
}

/** The badge's text: a question mark reads as "in question" across the eight languages. */
export const CONTESTED_BADGE = '?';
/** The badge sits above the mark's later end, clear of its label, which starts after it. */
export const BADGE_RISE_PX = 10;
