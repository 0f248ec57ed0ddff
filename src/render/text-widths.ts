/** Rough px per character where no canvas can measure (a detached element, odd environments). */
const FALLBACK_CHAR_PX = 7;

/**
 * Widths of texts in one font, each measured once on a canvas and kept: up to `maxKept`, then the
 * widths start afresh (a few thousand axis labels are many zooms' worth; a data set's titles are all kept).
 */
export class TextWidths {
  private readonly widths = new Map<string, number>();
  private context: CanvasRenderingContext2D | null | undefined;

  constructor(
    private readonly font: string,
    private readonly maxKept = Infinity,
  ) {}

  readonly widthOf = (text: string): number => {
    let width = this.widths.get(text);
    if (width === undefined) {
      if (this.widths.size >= this.maxKept) this.widths.clear();
      this.widths.set(text, (width = this.measure(text)));
    }
    return width;
  };

  /** How many distinct texts are measured and kept. */
  get size(): number {
    return this.widths.size;
  }

  private measure(text: string): number {
    if (this.context === undefined) {
      this.context = document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = this.font;
    }
    return this.context ? this.context.measureText(text).width : text.length * FALLBACK_CHAR_PX;
  }
}
