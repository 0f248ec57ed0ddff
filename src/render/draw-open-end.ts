import type { Selection } from 'd3-selection';
import type { MarkLayout } from '../layout/mark-layout.js';
import { put, px, written } from './node-writes.js';

/**
 * The open end of a bar whose date is open or unknown on one side (EDTF
 * `2011-03/..`, `../2019`): the bar fades toward the view's edge, where a
 * double chevron says "goes on". Drawn inside the plot, at the edge the bar
 * runs past.
 */

/** Length of the fade at an open end, px. */
const FADE_PX = 28;
/** Distance from the plot's edge to the chevrons' tip, px. */
const CHEVRON_INSET_PX = 3;
/** Two chevrons pointing right, tip at 0: ">>". */
const CHEVRONS_RIGHT = 'M-11,-5L-6,0L-11,5M-5,-5L0,0L-5,5';
const CHEVRONS_LEFT = 'M11,-5L6,0L11,5M5,-5L0,0L5,5';
const FADE_RIGHT_ID = 'ct-open-fade-right';
const FADE_LEFT_ID = 'ct-open-fade-left';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Gradients that fade a bar into the background toward one side. */
export function appendOpenEndDefs(root: Selection<SVGSVGElement, unknown, null, undefined>): void {
  const defs = root.append('defs');
  for (const [id, x1, x2] of [[FADE_RIGHT_ID, 0, 1], [FADE_LEFT_ID, 1, 0]] as const) {
    const gradient = defs.append('linearGradient').attr('id', id).attr('x1', x1).attr('x2', x2);
    // Stop colours come from CSS (var(--_ct-bg)), so the fade follows the theme.
    gradient.append('stop').attr('class', 'open-fade-stop').attr('offset', 0).attr('stop-opacity', 0);
    gradient.append('stop').attr('class', 'open-fade-stop').attr('offset', 1).attr('stop-opacity', 0.9);
  }
}

type ScreenSide = 'left' | 'right';

/** The screen sides where a mark is open: time's end is on the left when it runs right to left. */
export function openScreenSides(mark: MarkLayout, rtl: boolean): ScreenSide[] {
  if (!mark.open) return [];
  const startSide: ScreenSide = rtl ? 'right' : 'left';
  const endSide: ScreenSide = rtl ? 'left' : 'right';
  if (mark.open === 'both') return ['left', 'right'];
  return [mark.open === 'start' ? startSide : endSide];
}

/** Adds, moves or removes the open-end nodes of one mark's group. */
export function drawOpenEnds(node: SVGGElement, mark: MarkLayout, rtl: boolean, widthPx: number): void {
  const drawn = written(node);
  // Most marks are closed and never had open ends: skip the lookup on every zoom frame.
  if (!mark.open && !drawn.openEnds) return;
  const sides = openScreenSides(mark, rtl);
  let group = node.querySelector<SVGGElement>(':scope > g.open-ends');
  drawn.openEnds = sides.length > 0;
  if (sides.length === 0) {
    group?.remove();
    return;
  }
  if (!group) {
    group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('class', 'open-ends');
    // Under the label: the fade must not pale a title that ends near the edge.
    node.insertBefore(group, node.querySelector(':scope > text.label'));
  }
  const w = written(group);
  const shape = sides.join(' ');
  if (w.shape !== shape) {
    w.shape = shape;
    group.replaceChildren(...sides.flatMap((side) => [element('rect', `open-fade ${side}`), element('path', `open-end ${side}`)]));
    for (const chevrons of group.querySelectorAll('path.open-end')) chevrons.setAttribute('part', 'open-end');
  }
  const top = px(mark.y - 5);
  for (const side of sides) {
    const fade = group.querySelector<SVGRectElement>(`rect.open-fade.${side}`)!;
    const f = written(fade);
    const fadeX = side === 'right' ? Math.max(mark.x0, widthPx - FADE_PX) : 0;
    const fadeEnd = side === 'right' ? widthPx : Math.min(mark.x1, FADE_PX);
    put(f, fade, 'x', px(fadeX));
    put(f, fade, 'y', top);
    put(f, fade, 'width', px(Math.max(0, fadeEnd - fadeX)));
    put(f, fade, 'height', 10);
    put(f, fade, 'fill', `url(#${side === 'right' ? FADE_RIGHT_ID : FADE_LEFT_ID})`);
    const chevrons = group.querySelector<SVGPathElement>(`path.open-end.${side}`)!;
    const c = written(chevrons);
    const tip = side === 'right' ? widthPx - CHEVRON_INSET_PX : CHEVRON_INSET_PX;
    put(c, chevrons, 'd', side === 'right' ? CHEVRONS_RIGHT : CHEVRONS_LEFT);
    put(c, chevrons, 'transform', `translate(${px(tip)},${px(mark.y)})`);
  }
}

function element(tag: 'rect' | 'path', className: string): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  node.setAttribute('class', className);
  return node;
}
