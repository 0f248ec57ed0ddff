import type { MarkLayout } from '../layout/mark-layout.js';
import type { EventDate } from '../model/event-date.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { drawOpenEnds } from './draw-open-end.js';
import { drawMarkShape, markClassName } from './plot-renderer.js';

/** The kinds of date the legend explains, in the order it lists them, then the confidence cues. */
export const LEGEND_KINDS = ['exact', 'soft', 'hedged', 'span', 'ongoing', 'oneOf', 'allOf', 'contested', 'discounted'] as const;
export type LegendKind = (typeof LEGEND_KINDS)[number];

/** Size of one swatch, px: room for a short span and a point. */
export const SWATCH_WIDTH_PX = 36;
export const SWATCH_HEIGHT_PX = 16;
/** Space a span swatch leaves at its ends, so a closed end shows as one. */
const SPAN_INSET_PX = 4;
/** The legend is about dates, not actors: its marks are drawn in the first lane's symbol, in a neutral ink. */
const SWATCH_SYMBOL_INDEX = 0;
const SWATCH_INK = 'var(--_ct-muted)';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Draws one legend swatch into `svg` with the plot's own mark drawing and classes, from a
 * made-up mark of that kind, so the legend shows exactly what the plot draws (and follows any
 * change to it). Drawn with time running left to right; the styles mirror it in right-to-left.
 */
export function drawLegendSwatch(svg: SVGSVGElement, kind: LegendKind): void {
  svg.setAttribute('width', String(SWATCH_WIDTH_PX));
  svg.setAttribute('height', String(SWATCH_HEIGHT_PX));
  svg.setAttribute('viewBox', `0 0 ${SWATCH_WIDTH_PX} ${SWATCH_HEIGHT_PX}`);
  svg.setAttribute('aria-hidden', 'true');
  const mark = swatchMark(kind);
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', markClassName(mark, false));
  group.setAttribute('data-kind', kind);
  group.style.setProperty('color', SWATCH_INK);
  svg.replaceChildren(group);
  drawMarkShape(group, mark, SWATCH_SYMBOL_INDEX);
  drawOpenEnds(group, mark, false, SWATCH_WIDTH_PX);
}

/** A mark of the given kind laid out in a swatch. */
export function swatchMark(kind: LegendKind): MarkLayout {
  const y = SWATCH_HEIGHT_PX / 2;
  const centre = SWATCH_WIDTH_PX / 2;
  const base = {
    event: swatchEvent(kind),
    laneKey: 'legend',
    soft: kind === 'soft',
    hedged: kind === 'hedged',
    y,
    row: 0,
    labelShown: false,
    labelX: 0,
    labelY: 0,
    labelText: '',
    primary: false,
  } as const;
  if (kind === 'exact' || kind === 'contested' || kind === 'discounted') return { ...base, kind: 'point', x0: centre - 6, x1: centre + 6, x: centre };
  if (kind === 'oneOf' || kind === 'allOf') {
    // Two days at the swatch's ends, and the link between them that says which.
    const day = (x: number) => ({ kind: 'point', soft: false, hedged: false, x0: x - 6, x1: x + 6, x }) as const;
    const items = [day(SPAN_INSET_PX + 3), day(SWATCH_WIDTH_PX - SPAN_INSET_PX - 3)];
    return { ...base, kind: 'span', x0: items[0].x0, x1: items[1].x1, x: items[0].x, alternatives: { kind: kind === 'oneOf' ? 'one-of' : 'all-of', items } };
  }
  if (kind !== 'ongoing') {
    return { ...base, kind: 'span', x0: SPAN_INSET_PX, x1: SWATCH_WIDTH_PX - SPAN_INSET_PX, x: SPAN_INSET_PX };
  }
  // An ongoing span runs on past the swatch's later edge, as it runs to the view's edge in the plot.
  return { ...base, kind: 'span', x0: SPAN_INSET_PX, x1: SWATCH_WIDTH_PX + SPAN_INSET_PX, x: SPAN_INSET_PX, open: 'end' };
}

function swatchEvent(kind: LegendKind): TimelineEvent {
  const date: EventDate = {
    earliest: 0,
    latest: 0,
    precision: kind === 'soft' ? 'month' : 'day',
    uncertain: false,
    approximate: kind === 'hedged',
    text: '',
  };
  const set = kind === 'oneOf' || kind === 'allOf' ? { kind: kind === 'oneOf' ? 'one-of' : 'all-of', members: [{ date }, { date }] } as const : undefined;
  return {
    id: `legend-${kind}`,
    title: '',
    ...(kind === 'contested' || kind === 'discounted' ? { confidence: kind } : {}),
    start: set ? { ...date, set } : date,
    ...(kind === 'span' || kind === 'ongoing' ? { end: date } : {}),
    ...(kind === 'ongoing' ? { openEnd: 'open' as const } : {}),
    actors: [],
    sources: [],
    from: 0,
    to: 0,
  };
}
