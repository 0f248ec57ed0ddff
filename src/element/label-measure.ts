import type { TimelineEvent } from '../model/timeline-event.js';

/** Rough px per character when no canvas is available (tests on a detached element, odd environments). */
const FALLBACK_CHAR_PX = 7;

/**
 * Measures label widths with a canvas in the plot's font, once per distinct
 * title: layout asks on every frame, so the answers are cached.
 */
export class LabelMeasure {
  private readonly cache = new Map<string, number>();
  private context: CanvasRenderingContext2D | null | undefined;

  constructor(private font: string) {}

  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.cache.clear();
    if (this.context) this.context.font = font;
  }

  readonly widthOf = (event: TimelineEvent): number => {
    const text = event.title;
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
