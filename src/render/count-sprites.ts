import type { CanvasPalette } from './canvas-palette.js';

/** The count's font in a density column (density.styles.ts), with the labels' family. */
const COUNT_FONT = '10px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif';
/** The halo around a count's digits, in the background's colour, as the SVG's stroke. */
const HALO_PX = 2.5;
/** Room around the digits for the halo, px. */
const PAD_PX = 2;
/**
 * The sheet the counts are drawn on, CSS px. Shelves of one count's height fill it; a full sheet is
 * cleared and filled again. At 512 × 512 it holds some 450 counts of four digits, more than a view shows.
 */
const SHEET_PX = 512;
/** Space between counts on the sheet, px: a copy at a fractional pixel ratio samples none of its neighbour. */
const GAP_PX = 1;

interface Sprite {
  /** Where on the sheet, and the size, in CSS px; the baseline's depth from the top. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly ascent: number;
}

/**
 * Density columns' counts, each drawn once (per text, colours and pixel ratio) onto one sheet and then
 * copied where it stands: shaping and stroking text is the dearest thing a frame paints, and a view's
 * counts repeat (a few dozen numbers over hundreds of columns). One sheet, not a canvas per count:
 * making a canvas and its context cost more than drawing the digits, at 100,000 events a few ms a frame.
 */
export class CountSprites {
  private readonly sprites = new Map<string, Sprite>();
  private sheet?: CanvasRenderingContext2D;
  private drawnFor = '';
  /** The free corner: the current shelf's top, its next free x, and its height. */
  private shelfY = 0;
  private shelfX = 0;
  private shelfHeight = 0;

  /**
   * Draws onto the sheet each of a frame's `texts` not there yet. Called before the frame's copies: a
   * canvas read after a change is snapshotted whole, so the copies must all read one unchanged sheet
   * (drawing and copying in turn cost a 1 MB copy a count).
   */
  prepare(texts: readonly string[], palette: CanvasPalette, dpr: number): void {
    const key = `${palette.key}@${dpr}`;
    if (key !== this.drawnFor) this.restart(key, palette, dpr);
    for (const text of texts) {
      if (this.sprites.has(text)) continue;
      const sprite = this.place(text);
      if (sprite) {
        this.sprites.set(text, sprite);
        continue;
      }
      // The sheet is full: start it again with this frame's counts only.
      this.restart(key, palette, dpr);
      for (const again of texts) {
        const placed = this.sprites.has(again) ? undefined : this.place(again);
        // More counts than a sheet holds (never seen): those past it are not drawn this frame.
        if (placed) this.sprites.set(again, placed);
      }
      return;
    }
  }

  /** Copies `text` (prepared) centred on `x`, its baseline at `y` (CSS px). */
  draw(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, dpr: number): void {
    const sprite = this.sprites.get(text);
    if (!sprite || !this.sheet) return;
    // On whole device pixels, so the copy is as sharp as the drawing.
    const left = Math.round((x - sprite.width / 2) * dpr) / dpr;
    const top = Math.round((y - sprite.ascent) * dpr) / dpr;
    ctx.drawImage(this.sheet.canvas, sprite.x * dpr, sprite.y * dpr, sprite.width * dpr, sprite.height * dpr, left, top, sprite.width, sprite.height);
  }

  /** An empty sheet for these colours and this pixel ratio. */
  private restart(key: string, palette: CanvasPalette, dpr: number): void {
    this.drawnFor = key;
    this.sprites.clear();
    this.shelfX = this.shelfY = this.shelfHeight = 0;
    const size = Math.ceil(SHEET_PX * dpr);
    if (!this.sheet || this.sheet.canvas.width !== size) {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      this.sheet = canvas.getContext('2d')!;
    } else {
      this.sheet.setTransform(1, 0, 0, 1, 0, 0);
      this.sheet.clearRect(0, 0, size, size);
    }
    const sheet = this.sheet;
    sheet.setTransform(dpr, 0, 0, dpr, 0, 0);
    sheet.font = COUNT_FONT;
    sheet.textAlign = 'center';
    sheet.lineJoin = 'round';
    sheet.strokeStyle = palette.bg;
    sheet.lineWidth = HALO_PX;
    sheet.fillStyle = palette.text;
  }

  /** Draws `text` in the sheet's free corner; `undefined` when the sheet has no room left. */
  private place(text: string): Sprite | undefined {
    const sheet = this.sheet!;
    const metrics = sheet.measureText(text);
    const ascent = Math.ceil(metrics.actualBoundingBoxAscent) + PAD_PX;
    const height = ascent + Math.ceil(metrics.actualBoundingBoxDescent) + PAD_PX;
    // An even width, so that the digits' centre falls on a whole px.
    const width = 2 * Math.ceil(metrics.width / 2 + PAD_PX);
    if (this.shelfX + width > SHEET_PX) {
      this.shelfY += this.shelfHeight;
      this.shelfX = this.shelfHeight = 0;
    }
    if (width > SHEET_PX || this.shelfY + height > SHEET_PX) return undefined;
    const sprite = { x: this.shelfX, y: this.shelfY, width, height, ascent };
    this.shelfX += width + GAP_PX;
    this.shelfHeight = Math.max(this.shelfHeight, height + GAP_PX);
    sheet.strokeText(text, sprite.x + width / 2, sprite.y + ascent);
    sheet.fillText(text, sprite.x + width / 2, sprite.y + ascent);
    return sprite;
  }
}
