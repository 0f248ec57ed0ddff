/**
 * Paints what the SVG would draw for plain marks and density columns onto a 2D canvas, following the
 * styles in conflict-timeline.styles.ts, density.styles.ts and confidence.styles.ts: a lane's symbol
 * or bar in its colour, soft dates fading at their ends, hedged ones inside a dashed edge, discounted
 * ones hollow and faint, the selected and the highlighted one outlined; a column's bar and its count.
 * The accessible nodes (hit areas, names, focus rings, labels) stay in the SVG above.
 */
import type { ClusterLayout, MarkLayout, TimelineLayout } from '../layout/mark-layout.js';
import { withAlpha, type CanvasPalette } from './canvas-palette.js';
import { confidenceCue } from './confidence-cue.js';
import type { CountSprites } from './count-sprites.js';
import { drawnShape, MARK_GEOMETRY, SOFT_POINT_PATH, symbolPath } from './mark-shapes.js';
import type { MarkSprites, PointLook } from './mark-sprites.js';
import { LANE_SYMBOL_ORDER } from './lane-symbols.js';
import { PALETTE_SIZE } from './palette.js';

/** A soft date's fade across its box, as the SVG's #ct-soft-edges mask: [offset, opacity]. */
const SOFT_FADE = [[0, 0.35], [0.25, 1], [0.75, 1], [1, 0.35]] as const;
const HEDGED_DASH = [3, 2];
const NO_DASH: number[] = [];

/** What a frame paints, besides the layout: the states the SVG shows by class. */
export interface DensePaintState {
  readonly palette: CanvasPalette;
  readonly selectedId: string | undefined;
  readonly linkedId: string | undefined;
  /** The column pointed at or focused: its count shows even where it does not fit. */
  readonly hotClusterKey: string | undefined;
  /** The colour index of each lane. */
  readonly laneColour: ReadonlyMap<string, number>;
  /** The count as drawn, in the reader's language. */
  readonly countText: (column: ClusterLayout) => string;
  /** Whether a count of this text fits its column (drawn always) or shows only on hover and focus. */
  readonly countFits: (column: ClusterLayout, text: string) => boolean;
  /** Where the counts' drawings are kept. */
  readonly counts: CountSprites;
  /** Where the plain points' drawings are kept. */
  readonly points: MarkSprites;
}

/** Marks the canvas paints: those with one shape. A set's alternatives and open ends stay in the SVG. */
export function paintable(mark: MarkLayout): boolean {
  return !mark.alternatives && !mark.open;
}

const paths = new Map<string, Path2D>();
function path2d(d: string): Path2D {
  let p = paths.get(d);
  if (!p) paths.set(d, (p = new Path2D(d)));
  return p;
}

/** Clears the canvas and paints the layout's columns, then its paintable marks, in CSS px scaled by `dpr`. */
export function paintDense(ctx: CanvasRenderingContext2D, layout: TimelineLayout, dpr: number, state: DensePaintState): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  for (const column of layout.clusters) paintColumn(ctx, column, state);
  paintCounts(ctx, layout.clusters, dpr, state);
  paintMarks(ctx, layout.marks, dpr, state);
}

/**
 * The paintable marks, in layout order: plain points copied from the sheet of sprites, the rest as
 * paths. Each mark's look is worked out once, and every look the frame copies is on the sheet before
 * the first copy (a canvas drawn on after a copy from it is snapshotted whole).
 */
function paintMarks(ctx: CanvasRenderingContext2D, marks: readonly MarkLayout[], dpr: number, state: DensePaintState): void {
  const { points } = state;
  points.startFrame(state.palette, dpr);
  const looks = lookScratch(marks.length);
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const look = paintable(mark) ? plainPointLook(mark, state) : NOT_PAINTED;
    looks[i] = look;
    if (look >= 0 && !points.has(look)) points.prepare(look, pointLook(mark, state));
  }
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const look = looks[i]!;
    if (look === NOT_PLAIN) paintMark(ctx, mark, state);
    else if (look >= 0) points.draw(ctx, look, pointCentre(mark), mark.y);
  }
}

/** Each frame's marks' looks, in one array kept from frame to frame. */
let looksKept = new Int32Array(0);
function lookScratch(length: number): Int32Array {
  if (looksKept.length < length) looksKept = new Int32Array(Math.max(length, 2 * looksKept.length));
  return looksKept;
}

/** A mark the canvas does not paint (see paintable). */
const NOT_PAINTED = -2;
const NOT_PLAIN = -1;
/** Lane symbols and colours repeat together every this many lanes. */
const SYMBOL_COLOURS = PALETTE_SIZE * LANE_SYMBOL_ORDER.length;

/**
 * A number naming how a mark is drawn, if it is a plain point (a sprite's): an exact date's lane symbol
 * or a month's faded bar, neither selected, highlighted, hedged nor discounted. Else NOT_PLAIN.
 */
function plainPointLook(mark: MarkLayout, state: DensePaintState): number {
  if (mark.hedged || drawnShape(mark) !== 'point') return NOT_PLAIN;
  const id = mark.event.id;
  if (id === state.selectedId || id === state.linkedId || confidenceCue(mark.event) === 'discounted') return NOT_PLAIN;
  const colorIndex = state.laneColour.get(mark.laneKey) ?? 0;
  return mark.soft ? colorIndex % PALETTE_SIZE : PALETTE_SIZE + (colorIndex % SYMBOL_COLOURS);
}

/** A plain point's drawing, as paintMark draws it. */
function pointLook(mark: MarkLayout, state: DensePaintState): PointLook {
  const colour = colourOf(state, mark.laneKey);
  if (mark.soft) {
    const width = MARK_GEOMETRY.softPointWidth;
    return { path: path2d(SOFT_POINT_PATH), fill: (sheet) => softFade(sheet, colour, -width / 2, width) };
  }
  const colorIndex = state.laneColour.get(mark.laneKey) ?? 0;
  return { path: path2d(symbolPath(colorIndex)), fill: () => colour, edge: { colour: state.palette.bg, width: 1.5 } };
}

/** Where a point is drawn: an exact date's day, or the middle of a short soft span's extent. */
function pointCentre(mark: MarkLayout): number {
  return mark.kind === 'point' ? mark.x : (mark.x0 + mark.x1) / 2;
}

function colourOf(state: DensePaintState, laneKey: string): string {
  return state.palette.lanes[(state.laneColour.get(laneKey) ?? 0) % PALETTE_SIZE]!;
}

function paintColumn(ctx: CanvasRenderingContext2D, column: ClusterLayout, state: DensePaintState): void {
  ctx.fillStyle = colourOf(state, column.laneKey);
  // As drawColumn's bar: a hairline between neighbours keeps them countable.
  ctx.fillRect(column.x0 + 0.5, column.barY, Math.max(1, column.x1 - column.x0 - 1), column.y1 - 2 - column.barY);
}

function paintCounts(ctx: CanvasRenderingContext2D, columns: readonly ClusterLayout[], dpr: number, state: DensePaintState): void {
  const shown = columns.filter((column) => state.countFits(column, state.countText(column)) || column.key === state.hotClusterKey);
  state.counts.prepare([...new Set(shown.map(state.countText))], state.palette, dpr);
  for (const column of shown) state.counts.draw(ctx, state.countText(column), (column.x0 + column.x1) / 2, column.barY - 2, dpr);
}

function paintMark(ctx: CanvasRenderingContext2D, mark: MarkLayout, state: DensePaintState): void {
  const { palette } = state;
  const colour = colourOf(state, mark.laneKey);
  const colorIndex = state.laneColour.get(mark.laneKey) ?? 0;
  const shape = drawnShape(mark);
  const discounted = confidenceCue(mark.event) === 'discounted';
  const selected = mark.event.id === state.selectedId;
  const linked = mark.event.id === state.linkedId;
  const top = mark.y - MARK_GEOMETRY.spanHeight / 2;
  const x0 = mark.x0;
  const width = Math.max(MARK_GEOMETRY.minWidth, mark.x1 - mark.x0);
  const centre = pointCentre(mark);
  // The outline, in place: a symbol's path about its centre, or a span's rounded bar.
  const outline = (): void => {
    ctx.beginPath();
    ctx.roundRect(x0, top, width, MARK_GEOMETRY.spanHeight, MARK_GEOMETRY.spanCornerRadius);
  };
  const symbol = shape === 'point' ? path2d(mark.soft ? SOFT_POINT_PATH : symbolPath(colorIndex)) : undefined;
  if (symbol) ctx.translate(centre, mark.y);
  else outline();
  const fill = (style: string | CanvasGradient) => {
    ctx.fillStyle = style;
    if (symbol) ctx.fill(symbol);
    else ctx.fill();
  };
  const stroke = (style: string, lineWidth: number, dash: number[] = NO_DASH) => {
    ctx.strokeStyle = style;
    ctx.lineWidth = lineWidth;
    ctx.setLineDash(dash);
    if (symbol) ctx.stroke(symbol);
    else ctx.stroke();
  };
  ctx.globalAlpha = discounted ? 0.6 : 1;
  if (mark.hedged && !discounted) stroke(colour, 5, HEDGED_DASH);
  if (discounted) {
    // Hollow: an outline in the lane's colour, no fill, no fade.
  } else if (mark.soft) {
    fill(softFade(ctx, colour, symbol ? -MARK_GEOMETRY.softPointWidth / 2 : x0, symbol ? MARK_GEOMETRY.softPointWidth : width));
  } else {
    fill(colour);
  }
  if (linked) stroke(palette.accent, 3);
  else if (selected) stroke(palette.text, 2.5);
  else if (discounted) stroke(colour, 1.5);
  else if (mark.hedged) stroke(palette.bg, 2);
  else if (symbol && !mark.soft) stroke(palette.bg, 1.5);
  if (symbol) ctx.translate(-centre, -mark.y);
  // The certain part of a soft or hedged span, solid over its extent.
  if (shape === 'span' && (mark.soft || mark.hedged) && mark.core && !discounted) {
    ctx.fillStyle = colour;
    ctx.fillRect(mark.core[0], top, Math.max(MARK_GEOMETRY.minWidth, mark.core[1] - mark.core[0]), MARK_GEOMETRY.spanHeight);
  }
  ctx.setLineDash(NO_DASH);
  ctx.globalAlpha = 1;
}

/** Each colour's fade stops, made once: a dense view paints hundreds of soft marks in a few colours. */
const fadeStops = new Map<string, readonly string[]>();

function softFade(ctx: CanvasRenderingContext2D, colour: string, x: number, width: number): CanvasGradient {
  let stops = fadeStops.get(colour);
  if (!stops) fadeStops.set(colour, (stops = SOFT_FADE.map(([, opacity]) => withAlpha(colour, opacity))));
  const gradient = ctx.createLinearGradient(x, 0, x + width, 0);
  SOFT_FADE.forEach(([offset], i) => gradient.addColorStop(offset, stops[i]!));
  return gradient;
}
