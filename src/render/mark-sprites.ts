import type { CanvasPalette } from './canvas-palette.js';

/** A sprite's cell, CSS px: room for the largest lane symbol (about 9 px from its centre) and its edge. */
const CELL_PX = 24;
/** Positions between device pixels a sprite is drawn at, per axis: a copy stands within 1/8 px of its mark. */
const PHASES = 4;
/** Rows the sheet starts with; it doubles when a view needs more. */
const FIRST_ROWS = 8;

/** How one kind of plain point is drawn, as paintMark would: its shape about 0,0, its fill, its edge. */
export interface PointLook {
  readonly path: Path2D;
  /** A colour, or a gradient made on the context drawn on (the soft fade). */
  readonly fill: (ctx: CanvasRenderingContext2D) => string | CanvasGradient;
  /** The edge's colour and width, if it has one. */
  readonly edge?: { readonly colour: string; readonly width: number };
}

/**
 * The plain points of a dense view (an exact date's lane symbol, a month's or season's faded bar), each
 * look drawn once at each of PHASES² positions between device pixels onto one sheet, and then copied
 * where a mark stands, on whole device pixels. A zoom's heaviest frames at 10,000 events spent most
 * of the canvas's cost at commit, where its recorded drawing is rasterised on the main thread, filling
 * and stroking these paths; a copy of whole pixels is cheaper to raster. What the styles set apart
 * (selected, highlighted, hedged and discounted marks) and spans are still drawn as paths.
 *
 * A frame asks for every look it copies (`prepare`) before its first copy: a canvas drawn on after a
 * copy from it in the same frame is snapshotted whole.
 */
export class MarkSprites {
  private sheet?: CanvasRenderingContext2D;
  private readonly rows = new Map<number, number>();
  private drawnFor = '';
  /** The pixel ratio the sheet is drawn for, and its cells' size in device px. */
  private dpr = 1;
  private cell = 0;

  /** Starts again, with no look drawn, when the colours or the pixel ratio differ from the last frame's. */
  startFrame(palette: CanvasPalette, dpr: number): void {
    const key = `${palette.key}@${dpr}`;
    if (key === this.drawnFor) return;
    this.drawnFor = key;
    this.dpr = dpr;
    this.rows.clear();
    // Even, so that a cell's middle is a whole device pixel.
    this.cell = 2 * Math.ceil((CELL_PX * dpr) / 2);
    this.sheet = undefined;
  }

  /** Whether the look `id` is on the sheet. */
  has(id: number): boolean {
    return this.rows.has(id);
  }

  /** Draws `look` at every phase as the look `id` (any number that names it), unless that is on the sheet. */
  prepare(id: number, look: PointLook): void {
    if (this.rows.has(id)) return;
    const row = this.rows.size;
    const sheet = this.sheetWithRow(row);
    this.rows.set(id, row);
    for (let py = 0; py < PHASES; py++) {
      for (let px = 0; px < PHASES; px++) {
        const cx = (py * PHASES + px) * this.cell + this.cell / 2 + px / PHASES;
        const cy = row * this.cell + this.cell / 2 + py / PHASES;
        sheet.setTransform(this.dpr, 0, 0, this.dpr, cx, cy);
        drawLook(sheet, look);
      }
    }
  }

  /** Copies the look `id` (prepared) centred on x, y (CSS px) onto `ctx`, whose transform scales by the pixel ratio. */
  draw(ctx: CanvasRenderingContext2D, id: number, x: number, y: number): void {
    const row = this.rows.get(id);
    if (row === undefined || !this.sheet) return;
    const { cell, dpr } = this;
    const [left, phaseX] = split(x * dpr);
    const [top, phaseY] = split(y * dpr);
    const half = cell / 2;
    ctx.drawImage(this.sheet.canvas, (phaseY * PHASES + phaseX) * cell, row * cell, cell, cell, (left - half) / dpr, (top - half) / dpr, cell / dpr, cell / dpr);
  }

  /** The sheet, with room for row `row`: made, or doubled with its rows kept. */
  private sheetWithRow(row: number): CanvasRenderingContext2D {
    const width = PHASES * PHASES * this.cell;
    const old = this.sheet;
    if (old && old.canvas.height >= (row + 1) * this.cell) return old;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = Math.max(FIRST_ROWS, 2 * (old ? old.canvas.height / this.cell : 0)) * this.cell;
    const sheet = canvas.getContext('2d')!;
    if (old) sheet.drawImage(old.canvas, 0, 0);
    this.sheet = sheet;
    return sheet;
  }
}

/** Fills and edges `look` about the origin of `ctx`'s transform, as a path drawn where its mark stands would be. */
export function drawLook(ctx: CanvasRenderingContext2D, look: PointLook): void {
  ctx.fillStyle = look.fill(ctx);
  ctx.fill(look.path);
  if (look.edge) {
    ctx.strokeStyle = look.edge.colour;
    ctx.lineWidth = look.edge.width;
    ctx.stroke(look.path);
  }
}

/** A device-pixel position as its whole pixel and the nearest of the phases past it. */
function split(devicePx: number): [number, number] {
  const whole = Math.floor(devicePx);
  const phase = Math.round((devicePx - whole) * PHASES);
  return phase === PHASES ? [whole + 1, 0] : [whole, phase];
}
