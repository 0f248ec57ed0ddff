import { displayText } from '../model/display-text.js';
import { inIdleTurns } from '../model/idle-turns.js';
import { TextWidths } from '../render/text-widths.js';
import type { TimelineEvent } from '../model/timeline-event.js';

/**
 * Data of up to this many events has its titles measured ahead, in idle time (measureAhead). Each
 * distinct title costs 7 to 16 µs here: the bench's 10,000 events (1,343 distinct titles) took 9 to 22 ms,
 * and 20,000 distinct ones would take up to about 300 ms of idle turns and keep 20,000 widths. Larger
 * data shows a small part of its titles at any zoom, so they are measured as views meet them.
 */
export const MEASURED_AHEAD = 20_000;

/** Titles measured per idle turn: 4 to 8 ms of work at 7 to 16 µs a title. */
const MEASURED_PER_TURN = 500;
/** The longest a turn of measuring waits for idle time. */
const MEASURE_WAIT_MS = 2000;

/**
 * Measures label widths with a canvas in the plot's font, once per distinct
 * title: layout asks on every frame, so the answers are cached.
 */
export class LabelMeasure {
  private readonly widths: TextWidths;
  private readonly wordEndCache = new Map<string, ReadonlyArray<{ text: string; width: number }>>();

  constructor(font: string) {
    this.widths = new TextWidths(font);
  }

  readonly widthOf = (event: TimelineEvent): number => this.widthOfText(displayText(event.title));

  /**
   * Measures the events' titles in idle time, MEASURED_PER_TURN a turn, where there are at most
   * MEASURED_AHEAD: the first zoom into a region meets hundreds of titles at once, and measured in its
   * frames they made those frames the zoom's slowest. Stops when `signal` aborts (newer data came).
   */
  measureAhead(events: readonly TimelineEvent[], signal: AbortSignal): void {
    if (events.length > MEASURED_AHEAD) return;
    inIdleTurns(events.length, (i) => this.widthOf(events[i]!), signal, MEASURED_PER_TURN, MEASURE_WAIT_MS);
  }

  /**
   * The longest start of the title that fits in `width` px. No ellipsis is added: the plot fades the
   * cut end instead, so the visible text stays part of the mark's accessible name (WCAG 2.5.3).
   */
  readonly shorten = (event: TimelineEvent, width: number): string => {
    const text = displayText(event.title);
    if (this.widthOfText(text) <= width) return text;
    // At a word's end where one fits: a cut word reads as another word, and is not in the mark's name.
    const words = this.wordEnds(text);
    let lo = -1;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (words[mid]!.width <= width) lo = mid;
      else hi = mid - 1;
    }
    return lo >= 0 ? words[lo]!.text : this.lettersThatFit(text, width);
  };

  /** Each start of the title that ends a word, with its width: measured once per title, not per frame. */
  private wordEnds(text: string): ReadonlyArray<{ text: string; width: number }> {
    const cached = this.wordEndCache.get(text);
    if (cached) return cached;
    const ends: Array<{ text: string; width: number }> = [];
    for (const match of text.matchAll(/\S+/g)) {
      const prefix = text.slice(0, match.index! + match[0].length);
      ends.push({ text: prefix, width: this.widthOfText(prefix) });
    }
    this.wordEndCache.set(text, ends);
    return ends;
  }

  /** When not even the first word fits: whole characters (a surrogate pair is never split). */
  private lettersThatFit(text: string, width: number): string {
    const chars = Array.from(text);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.widthOfText(chars.slice(0, mid).join('')) <= width) lo = mid;
      else hi = mid - 1;
    }
    return chars.slice(0, lo).join('').trimEnd();
  }

  /** A text's width in whole px, up: a label is given at least the room it takes. */
  readonly widthOfText = (text: string): number => Math.ceil(this.widths.widthOf(text));

  /** How many distinct texts have been measured (for tests). */
  get measuredCount(): number {
    return this.widths.size;
  }
}
