import type { TimelineEvent } from '../model/timeline-event.js';

/** Rough px per character when no canvas is available (tests on a detached element, odd environments). */
const FALLBACK_CHAR_PX = 7;

/**
 * Measures label widths with a canvas in the plot's font, once per distinct
 * title: layout asks on every frame, so the answers are cached.
 */
export class LabelMeasure {
  private readonly cache = new Map<string, number>();
  private readonly shortened = new Map<string, string>();
  private context: CanvasRenderingContext2D | null | undefined;

  constructor(private font: string) {}

  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.cache.clear();
    this.shortened.clear();
    if (this.context) this.context.font = font;
  }

  readonly widthOf = (event: TimelineEvent): number => this.widthOfText(event.title);

  /**
   * The longest start of the title that fits in `width` px. No ellipsis is added: the plot fades the
   * cut end instead, so the visible text stays part of the mark's accessible name (WCAG 2.5.3).
   */
  readonly shorten = (event: TimelineEvent, width: number): string => {
    const text = event.title;
    if (this.widthOfText(text) <= width) return text;
    const key = `${Math.floor(width)}\u0000${text}`;
    let cut = this.shortened.get(key);
    if (cut === undefined) {
      // Whole characters only (a surrogate pair or combining mark is never split).
      const chars = Array.from(text);
      let lo = 0;
      let hi = chars.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.widthOfText(chars.slice(0, mid).join('').trimEnd()) <= width) lo = mid;
        else hi = mid - 1;
      }
      // At a word's end where one fits: a cut word reads as another word, and is not in the mark's name.
      const fits = chars.slice(0, lo).join('');
      const wordEnd = lo < chars.length && !/\s/.test(chars[lo]!) ? fits.search(/\s\S*$/) : -1;
      cut = (wordEnd > 0 ? fits.slice(0, wordEnd) : fits).trimEnd();
      this.shortened.set(key, cut);
    }
    return cut;
  };

  readonly widthOfText = (text: string): number => {
    let width = this.cache.get(text);
    if (width === undefined) {
      width = this.measure(text);
      this.cache.set(text, width);
    }
    return width;
  };

  private measure(text: string): number {
    if (this.context === undefined) {
      this.context = document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = this.font;
    }
    return this.context ? Math.ceil(this.context.measureText(text).width) : text.length * FALLBACK_CHAR_PX;
  }
}
