import type { Selection } from 'd3-selection';
import type { ClusterLayout, TimelineLayout } from '../layout/mark-layout.js';
import { put, putStyle, px, written } from './node-writes.js';
import { joinReusing } from './reusing-join.js';
import { laneColourVar } from './palette.js';

/** Rough width of one character of a count at the strip's font size, px: decides whether it fits its column. */
const COUNT_CHAR_PX = 5.6;
/** Space kept between a count and its column's sides, px. */
const COUNT_PADDING_PX = 1;
/** Gap between a count and the top of its bar, px. */
const COUNT_GAP_PX = 2;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface DensityWords {
  /** A token that changes when the language does: names are recomputed then. */
  readonly names: object;
  /** The column's accessible name: its count and its stretch of time in words. */
  readonly nameOf: (column: ClusterLayout) => string;
  /** The count as the reader's language writes numbers. */
  readonly countOf: (column: ClusterLayout) => string;
}

interface ColumnParts {
  readonly hit: SVGRectElement;
  /** Absent where the canvas paints the bar and the count (see paint-dense.ts). */
  readonly bar?: SVGRectElement;
  readonly count?: SVGTextElement;
}
const PARTS = new WeakMap<SVGGElement, ColumnParts>();

/** Whether a count fits its column; one that does not is drawn only on hover and focus. */
export function countFits(column: ClusterLayout, countText: string): boolean {
  return countText.length * COUNT_CHAR_PX + 2 * COUNT_PADDING_PX <= column.x1 - column.x0;
}

/**
 * Joins the layout's density columns to `g.cluster` nodes: a faint column
 * over the bin's whole stretch (what a click or tap hits, so the strip reads
 * as one band), the count's bar, and the count (where it does not fit, shown
 * on hover and focus only). Each
 * column is a button in the roving tab order; activating it zooms into it.
 * Where a canvas paints the bars and counts (`painted`), a column is its hit
 * area alone. `laneColour` is each lane's colour index. Returns each column's
 * count as drawn, by key.
 */
export function drawDensityColumns(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  layout: TimelineLayout,
  focusKey: string | undefined,
  words: DensityWords,
  laneColour: ReadonlyMap<string, number>,
  painted = false,
): Map<string, string> {
  const counts = new Map<string, string>();
  joinReusing(layer, 'g.cluster', layout.clusters, (d) => d.key, makeColumn).each(function (d) {
    counts.set(d.key, drawDensityColumn(this, d, focusKey, words, laneColour, painted));
  });
  return counts;
}

/**
 * Brings one column's group up to date with its column `d` (see drawDensityColumns): a frame that leaves the
 * other columns for later still moves the one holding focus, whose ring the reader sees. Returns its
 * count as drawn.
 */
export function drawDensityColumn(
  node: SVGGElement,
  d: ClusterLayout,
  focusKey: string | undefined,
  words: DensityWords,
  laneColour: ReadonlyMap<string, number>,
  painted: boolean,
): string {
  const w = written(node);
  put(w, node, 'data-key', d.key);
  put(w, node, 'data-count', d.count);
  put(w, node, 'tabindex', d.key === focusKey ? '0' : '-1');
  // Naming formats numbers and dates: only when what the name says has changed.
  const says = `${d.count}\u0000${d.from}\u0000${d.to}`;
  if (w.names !== words.names || w.says !== says) {
    w.names = words.names;
    w.says = says;
    node.setAttribute('aria-label', words.nameOf(d));
    w.countText = words.countOf(d);
  }
  putStyle(w, node, 'color', laneColourVar(laneColour.get(d.laneKey) ?? 0));
  const countText = w.countText as string;
  // A count wider than its column is drawn only on hover and focus, where it may overlap its neighbours.
  put(w, node, 'class', countFits(d, countText) ? 'cluster density-bin' : 'cluster density-bin tight');
  drawColumn(node, d, countText, painted);
  return countText;
}

function makeColumn(): SVGGElement {
  const node = document.createElementNS(SVG_NS, 'g');
  node.setAttribute('class', 'cluster density-bin');
  node.setAttribute('part', 'cluster');
  node.setAttribute('role', 'button');
  return node;
}

function drawColumn(node: SVGGElement, column: ClusterLayout, countText: string, painted: boolean): void {
  let parts = PARTS.get(node);
  if (!parts || painted !== !parts.bar) {
    node.replaceChildren();
    const hit = child(node, 'rect', 'hit');
    if (painted) parts = { hit };
    else {
      parts = { hit, bar: child(node, 'rect', 'bar'), count: child(node, 'text', 'count') };
      // The name says the count already: the drawn digits are for the eyes.
      parts.count!.setAttribute('aria-hidden', 'true');
    }
    PARTS.set(node, parts);
  }
  const width = column.x1 - column.x0;
  const h = written(parts.hit);
  put(h, parts.hit, 'x', px(column.x0));
  put(h, parts.hit, 'width', px(Math.max(1, width)));
  put(h, parts.hit, 'y', px(column.y0));
  put(h, parts.hit, 'height', px(column.y1 - column.y0));
  if (!parts.bar || !parts.count) return;
  const b = written(parts.bar);
  // A hairline between neighbours keeps columns countable where their bars are equally tall.
  put(b, parts.bar, 'x', px(column.x0 + 0.5));
  put(b, parts.bar, 'width', px(Math.max(1, width - 1)));
  put(b, parts.bar, 'y', px(column.barY));
  put(b, parts.bar, 'height', px(column.y1 - 2 - column.barY));
  const count = parts.count;
  const c = written(count);
  put(c, count, 'x', px((column.x0 + column.x1) / 2));
  put(c, count, 'y', px(column.barY - COUNT_GAP_PX));
  if (c.text !== countText) {
    c.text = countText;
    count.textContent = countText;
  }
}

function child<K extends 'rect' | 'text'>(parent: SVGGElement, tag: K, className: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  node.setAttribute('class', className);
  parent.append(node);
  return node;
}
