import type { CanvasPalette } from './canvas-palette.js';

/** The count's font in a density column (density.styles.ts), with the labels' family. */
const COUNT_FONT = '10px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif';
/** The halo around a count's digits, in the background's colour, as the SVG's stroke. */
const HALO_PX = 2.5;
/** Room around the digits for the halo, px. */
const PAD_PX = 2;
/** Counts kept at most; a view shows a few dozen distinct ones. */
const MAX_SPRITES = 400;

interface Sprite {
  readonly image: HTMLCanvasElement;
  /** Size in CSS px, and the baseline's depth from the top. */
  readonly width: number;
  readonly height: number;
  readonly ascent: number;
}

/**
 * Density columns' counts, each drawn once (per text, colours and pixel ratio) into a small canvas and
 * then copied where it stands: shaping and stroking text is the dearest thing a frame paints, and a
 * view's counts repeat (a few dozen numbers over hundreds of columns).
 */
export class CountSprites {
  private readonly sprites = new Map<string, Sprite>();
  private drawnFor = '';

  /** Draws `text` centred on `x`, its baseline at `y` (CSS px), in the palette's text colour with its halo. */
  draw(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, palette: CanvasPalette, dpr: number): void {
    const key = `${palette.key}@${dpr}`;
    if (key !== this.drawnFor || this.sprites.size >= MAX_SPRITES) {
      this.sprites.clear();
      this.drawnFor = key;
    }
    let sprite = this.sprites.get(text);
    if (!sprite) this.sprites.set(text, (sprite = drawSprite(text, palette, dpr)));
    // On whole device pixels, so the copy is as sharp as the drawing.
    const left = Math.round((x - sprite.width / 2) * dpr) / dpr;
    const top = Math.round((y - sprite.ascent) * dpr) / dpr;
    ctx.drawImage(sprite.image, left, top, sprite.width, sprite.height);
  }
}

function drawSprite(text: string, palette: CanvasPalette, dpr: number): Sprite {
  const image = document.createElement('canvas');
  const ctx = image.getContext('2d')!;
  ctx.font = COUNT_FONT;
  const metrics = ctx.measureText(text);
  const ascent = Math.ceil(metrics.actualBoundingBoxAscent) + PAD_PX;
  const height = ascent + Math.ceil(metrics.actualBoundingBoxDescent) + PAD_PX;
  // An even width, so that the digits' centre falls on a whole px.
  const width = 2 * Math.ceil(metrics.width / 2 + PAD_PX);
  image.width = Math.ceil(width * dpr);
  image.height = Math.ceil(height * dpr);
  // A new size resets the context: its state is set after.
  ctx.scale(dpr, dpr);
  ctx.font = COUNT_FONT;
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = palette.bg;
  ctx.lineWidth = HALO_PX;
  ctx.strokeText(text, width / 2, ascent);
  ctx.fillStyle = palette.text;
  ctx.fillText(text, width / 2, ascent);
  return { image, width, height, ascent };
}
