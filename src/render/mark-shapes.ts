/**
 * The pieces a mark is drawn with, shared by a plain mark (plot-renderer.ts) and the alternatives of
 * a set (draw-alternatives.ts): their sizes, the paths of a point, and the writes that place a hit
 * area, a dashed edge and a label.
 */
import { POINT_RADIUS_PX, SPAN_HALF_HEIGHT_PX } from '../layout/layout-timeline.js';
import type { MarkLayout } from '../layout/mark-layout.js';
import { CONTESTED_BADGE } from './confidence-cue.js';
import { laneSymbolPath } from './lane-symbols.js';
import { put, px, written } from './node-writes.js';
import { laneSymbol } from './palette.js';

/** Sizes of what is drawn where the layout puts a mark, px (areas in px²). */
export const MARK_GEOMETRY = {
  /** Area of a point's lane symbol. */
  pointSymbolArea: 90,
  /** A span's bar, as tall as the layout keeps room for, with rounded corners. */
  spanHeight: 2 * SPAN_HALF_HEIGHT_PX,
  spanCornerRadius: 3,
  /** A soft point's short bar: the room a point takes, flatter than any lane symbol so it never reads as one. */
  softPointWidth: 2 * POINT_RADIUS_PX,
  softPointHeight: 6,
  /** A mark's invisible hit area: at least this tall and wide (a 24 px touch target), and this much past its ends. */
  hitSize: 24,
  hitOverhang: 6,
  /** Nothing is drawn narrower than this, so that it shows. */
  minWidth: 1,
} as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a shape is laid out as: a mark, or one alternative of a set. */
interface ShapeExtent {
  readonly kind: 'point' | 'span';
  readonly soft: boolean;
  readonly x0: number;
  readonly x1: number;
}

/**
 * The shape a mark is drawn as. A soft span narrower than a soft point's bar would show as a
 * faded square, its fade and edge unseen: it is drawn as that bar, centred on the span, which
 * overhangs the span by less than the gap the layout leaves before its label.
 */
export function drawnShape(mark: ShapeExtent): 'point' | 'span' {
  return mark.kind === 'span' && mark.soft && mark.x1 - mark.x0 < MARK_GEOMETRY.softPointWidth ? 'point' : mark.kind;
}

function roundedBarPath(width: number, height: number): string {
  const r = height / 2;
  const half = width / 2 - r;
  return `M${-half},${-r}H${half}A${r},${r},0,0,1,${half},${r}H${-half}A${r},${r},0,0,1,${-half},${-r}Z`;
}

/**
 * A date known only to a month or season, too narrow to show as its span, is drawn as a short
 * flat bar inside the room a point takes, not as the lane's symbol: a symbol would claim an exact
 * day and look like the lane's swatch in its header. The styles fade its ends like a soft span's.
 */
export const SOFT_POINT_PATH = roundedBarPath(MARK_GEOMETRY.softPointWidth, MARK_GEOMETRY.softPointHeight);

const symbolPaths = new Map<number, string>();

/** The lane's symbol, the shape of an exact point. */
export function symbolPath(colorIndex: number): string {
  let path = symbolPaths.get(colorIndex);
  if (path === undefined) {
    symbolPaths.set(colorIndex, (path = laneSymbolPath(laneSymbol(colorIndex), MARK_GEOMETRY.pointSymbolArea)));
  }
  return path;
}

export function svgChild<K extends keyof SVGElementTagNameMap>(parent: SVGElement, tag: K, className: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  node.setAttribute('class', className);
  parent.append(node);
  return node;
}

/** A mark's invisible hit area, over its whole extent and a little past its ends. */
export function putHit(hit: SVGRectElement, mark: MarkLayout): void {
  const w = written(hit);
  put(w, hit, 'height', MARK_GEOMETRY.hitSize);
  put(w, hit, 'x', px(mark.x0 - MARK_GEOMETRY.hitOverhang));
  put(w, hit, 'y', px(mark.y - MARK_GEOMETRY.hitSize / 2));
  put(w, hit, 'width', px(Math.max(MARK_GEOMETRY.hitSize, mark.x1 - mark.x0 + 2 * MARK_GEOMETRY.hitOverhang)));
}

/** Gives `edge` the geometry of `shape`, whichever of a symbol path or an extent rect it is. */
export function traceOutline(edge: SVGElement, shape: SVGElement): void {
  const w = written(edge);
  for (const name of OUTLINE_ATTRIBUTES) put(w, edge, name, shape.getAttribute(name));
}
const OUTLINE_ATTRIBUTES = ['d', 'transform', 'x', 'y', 'width', 'height', 'rx'] as const;

/** A new label's fixed attributes. */
export function setUpLabel(label: SVGTextElement): void {
  label.setAttribute('part', 'event-label');
  // The mark's name already says the whole title; a shortened label read as well would say it twice, cut.
  label.setAttribute('aria-hidden', 'true');
  label.setAttribute('dy', '0.35em');
}

/** A new contested badge: its glyph, for the eye only (the mark's name says "contested" in words). */
export function setUpBadge(badge: SVGTextElement): void {
  badge.textContent = CONTESTED_BADGE;
  badge.setAttribute('aria-hidden', 'true');
  badge.setAttribute('dy', '0.35em');
}

/** Places a mark's label and sets its text. */
export function putLabel(label: SVGTextElement, mark: MarkLayout): void {
  const l = written(label);
  put(l, label, 'x', px(mark.labelX));
  put(l, label, 'y', px(mark.labelY));
  put(l, label, 'class', mark.labelShortened ? 'label shortened' : 'label');
  if (l.text !== mark.labelText) {
    l.text = mark.labelText;
    label.textContent = mark.labelText;
  }
}
