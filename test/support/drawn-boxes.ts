import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';

/** Something drawn in the plot, as the browser laid it out, named for a failure message. */
export interface DrawnBox {
  readonly what: string;
  readonly box: DOMRect;
}

/** Drawn pieces a label must keep off, and what each is called in a failure message. */
const OBSTACLE_SELECTORS: ReadonlyArray<readonly [string, string]> = [
  ['g.mark path.symbol', 'symbol'],
  ['g.mark rect.extent', 'bar'],
  ['g.mark rect.core', 'core'],
  ['g.mark path.open-end', 'open end'],
  ['g.mark .edge', 'dashed edge'],
  ['g.mark line.link', 'link'],
  ['g.mark line.run-on', 'run-on'],
  ['g.mark path.run-on-tip', 'run-on chevron'],
  ['g.cluster rect.bar', 'density bar'],
  ['g.cluster text.count', 'density count'],
  ['text.lane-label', 'lane name'],
  ['path.lane-swatch', 'lane swatch'],
  ['line.tie', 'tie'],
];

/** Drawn as strokes only: they paint half their stroke's width past their geometry's box. */
const STROKED = new Set(['dashed edge', 'link', 'run-on', 'run-on chevron']);

/** Differences below this are the rounding of positions, not an overlap. */
const SUBPIXEL = 0.5;
/** A tie is a line: its box has no width, and its stroke is 1.5 px. */
const TIE_HALF_WIDTH = 0.75;

function nameOf(node: Element): string {
  const group = node.closest('g.mark, g.cluster, g.lane-header');
  return `${group?.getAttribute('data-event') ?? group?.getAttribute('data-key') ?? group?.getAttribute('data-lane') ?? '?'}`;
}

/** Every label drawn in the plot, with its box. */
export function labelBoxes(el: ConflictTimeline): DrawnBox[] {
  return [...el.shadowRoot!.querySelectorAll<SVGTextElement>('[part~="event-label"]')]
    .filter((t) => t.textContent)
    .map((t) => ({ what: `label of ${nameOf(t)} "${t.textContent}"`, box: t.getBoundingClientRect() }));
}

/** Every mark's shapes, density column, lane name and tie drawn in the plot, with its box. */
export function obstacleBoxes(el: ConflictTimeline): DrawnBox[] {
  const root = el.shadowRoot!;
  return OBSTACLE_SELECTORS.flatMap(([selector, kind]) =>
    [...root.querySelectorAll<SVGGraphicsElement>(selector)].map((node) => {
      const r = node.getBoundingClientRect();
      // A box holds a shape's geometry; a line, and a dashed edge drawn as a wide stroke, paint past it.
      const stroked = STROKED.has(kind) ? parseFloat(getComputedStyle(node).strokeWidth) / 2 : 0;
      const past = kind === 'tie' ? TIE_HALF_WIDTH : stroked;
      const box = new DOMRect(r.x - past, r.y - past, r.width + 2 * past, r.height + 2 * past);
      return { what: `${kind} of ${nameOf(node)}`, box };
    }),
  ).filter((d) => d.box.width > 0 && d.box.height > 0);
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - SUBPIXEL && b.left < a.right - SUBPIXEL && a.top < b.bottom - SUBPIXEL && b.top < a.bottom - SUBPIXEL;
}

/**
 * Every place where a label's box crosses another drawn thing: a mark's shapes (its own
 * included), a density column, a lane's name, a tie, or another label. Sweeps boxes in x
 * order, so a few thousand of them are compared in a few ms.
 */
export function labelOverlaps(el: ConflictTimeline, extra: readonly DrawnBox[] = []): string[] {
  const labels = labelBoxes(el);
  const others = [...obstacleBoxes(el), ...extra];
  const found: string[] = [];
  const all = [...labels.map((d) => ({ ...d, label: true })), ...others.map((d) => ({ ...d, label: false }))].sort((a, b) => a.box.left - b.box.left);
  const open: typeof all = [];
  for (const item of all) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.box.right <= item.box.left) open.splice(i, 1);
    for (const other of open) {
      if ((item.label || other.label) && overlaps(item.box, other.box)) found.push(`${item.what} × ${other.what}`);
    }
    open.push(item);
  }
  return found;
}

/** Primary marks (the ones a reader reaches) whose label is not drawn, and their accessible names. */
export function unlabelledMarkNames(el: ConflictTimeline): Array<{ id: string; name: string | null }> {
  return [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark[role="button"]')]
    .filter((g) => !g.querySelector('[part~="event-label"]'))
    .map((g) => ({ id: g.getAttribute('data-event')!, name: g.getAttribute('aria-label') }));
}
