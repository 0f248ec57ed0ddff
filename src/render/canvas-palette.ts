import { PALETTE_SIZE } from './palette.js';

/**
 * The colours the canvas paints with, resolved from the same custom properties the SVG's styles read
 * (the page's --ct-* over the theme's), so the canvas follows the page, the theme and dark mode. A
 * canvas cannot read var(): they are looked up on the plot's SVG and turned into colours the canvas
 * accepts when a dense view starts and after each update of the element (plot-renderer.ts).
 */
export interface CanvasPalette {
  /** `--_ct-lane-N-drawn`, N < PALETTE_SIZE. */
  readonly lanes: readonly string[];
  readonly bg: string;
  readonly text: string;
  readonly accent: string;
  /** Equal palettes have equal keys: a frame repaints for a theme change only when one changed. */
  readonly key: string;
}

/** Reads the palette from the computed style of a node inside the plot, where the lane colours are declared. */
export function readCanvasPalette(style: CSSStyleDeclaration, ctx: CanvasRenderingContext2D): CanvasPalette {
  const read = (name: string, fallback: string) => canvasColour(ctx, style.getPropertyValue(name).trim() || fallback);
  const lanes = Array.from({ length: PALETTE_SIZE }, (_, n) => read(`--_ct-lane-${n}-drawn`, '#000'));
  const bg = read('--_ct-bg', '#fff');
  const text = read('--_ct-text', '#000');
  const accent = read('--_ct-accent', '#00f');
  return { lanes, bg, text, accent, key: [...lanes, bg, text, accent].join() };
}

/** A colour as the canvas normalises it (`#rrggbb` or `rgba(…)`): the form withAlpha reads. */
function canvasColour(ctx: CanvasRenderingContext2D, colour: string): string {
  ctx.fillStyle = '#000';
  ctx.fillStyle = colour;
  return String(ctx.fillStyle);
}

/** A normalised canvas colour with its alpha multiplied by `alpha` (for the soft dates' fading ends). */
export function withAlpha(colour: string, alpha: number): string {
  if (colour.startsWith('#')) {
    const n = parseInt(colour.slice(1, 7), 16);
    return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
  }
  const parts = colour.slice(colour.indexOf('(') + 1, -1).split(',');
  const own = parts.length > 3 ? Number(parts[3]) : 1;
  return `rgba(${parts[0]},${parts[1]},${parts[2]},${own * alpha})`;
}
