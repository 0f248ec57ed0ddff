/**
 * A date that is one of several, or all of them, drawn as one event: each alternative as a date of
 * its precision is drawn (a day the lane's symbol, a month a soft bar), joined by a thin line in the
 * lane's colour, dashed for "one of these" and solid for "all of these"; `[..a]` and `[a..]` run on
 * from the first or last alternative as a short dashed line ending in a chevron. The dashes, not a
 * colour, say "one of"; the mark's name says the dates in words.
 */
import type { AlternativeLayout, AlternativesLayout, MarkLayout, RunOnLayout } from '../layout/mark-layout.js';
import { BADGE_RISE_PX, confidenceCue } from './confidence-cue.js';
import { drawnShape, MARK_GEOMETRY, putHit, putLabel, setUpBadge, setUpLabel, SOFT_POINT_PATH, svgChild, symbolPath, traceOutline } from './mark-shapes.js';
import { put, px, written } from './node-writes.js';

/** Half the height of a run-on's chevron, and how far its arms reach back along the line, px. */
const CHEVRON_PX = 4;

interface AlternativeParts {
  readonly group: SVGGElement;
  readonly shape: SVGPathElement | SVGRectElement;
  readonly edge?: SVGPathElement | SVGRectElement;
}

interface RunOnParts {
  readonly line: SVGLineElement;
  readonly tip: SVGPathElement;
}

interface SetParts {
  readonly hit: SVGRectElement;
  readonly link?: SVGLineElement;
  readonly earlier?: RunOnParts;
  readonly later?: RunOnParts;
  readonly items: readonly AlternativeParts[];
  readonly label?: SVGTextElement;
  readonly badge?: SVGTextElement;
}
const PARTS = new WeakMap<SVGGElement, SetParts>();

/** Draws a set's alternatives, their link, run-ons and label into the mark's group, replacing what changed kind. */
export function drawAlternatives(node: SVGGElement, mark: MarkLayout, set: AlternativesLayout, colorIndex: number): void {
  const w = written(node);
  const shapes = set.items.map(drawnShape);
  const contested = confidenceCue(mark.event) === 'contested';
  const items = set.items.map((item, i) => `${shapes[i]}${item.soft ? '-soft' : ''}${item.hedged ? '-hedged' : ''}`).join(',');
  const kind = `set-${set.kind}:${items}${set.earlier ? '-earlier' : ''}${set.later ? '-later' : ''}${mark.labelShown ? '-label' : ''}${contested ? '-contested' : ''}`;
  let parts = PARTS.get(node);
  if (!parts || w.shape !== kind) {
    w.shape = kind;
    node.replaceChildren();
    parts = buildParts(node, set, shapes, mark.labelShown, contested);
    PARTS.set(node, parts);
  }
  putHit(parts.hit, mark);
  if (parts.link) putLink(parts.link, set.items, mark.y);
  if (parts.earlier && set.earlier) putRunOn(parts.earlier, set.earlier, mark.y);
  if (parts.later && set.later) putRunOn(parts.later, set.later, mark.y);
  set.items.forEach((item, i) => putAlternative(parts.items[i]!, item, mark.y, colorIndex));
  if (parts.badge) {
    // Above the last alternative in time, as a span's badge stands above its later end.
    const last = set.items[set.items.length - 1]!;
    const b = written(parts.badge);
    put(b, parts.badge, 'x', px((last.x0 + last.x1) / 2));
    put(b, parts.badge, 'y', px(mark.y - BADGE_RISE_PX));
  }
  if (parts.label) putLabel(parts.label, mark);
}

function buildParts(node: SVGGElement, set: AlternativesLayout, shapes: ReadonlyArray<'point' | 'span'>, labelled: boolean, contested: boolean): SetParts {
  const hit = svgChild(node, 'rect', 'hit');
  // Under the alternatives, which cover its ends.
  const link = set.items.length > 1 ? svgChild(node, 'line', 'link') : undefined;
  const runOn = (): RunOnParts => ({ line: svgChild(node, 'line', 'run-on'), tip: svgChild(node, 'path', 'run-on-tip') });
  const earlier = set.earlier ? runOn() : undefined;
  const later = set.later ? runOn() : undefined;
  const items = set.items.map((item, i): AlternativeParts => {
    const group = svgChild(node, 'g', `alternative${item.soft ? ' soft' : ''}${item.hedged ? ' hedged' : ''}`);
    const span = shapes[i] === 'span';
    // A hedged alternative's dashed edge: its outline again, under it, as a hedged mark has.
    const edge = item.hedged ? svgChild(group, span ? 'rect' : 'path', 'edge') : undefined;
    const shape = span ? svgChild(group, 'rect', 'extent') : svgChild(group, 'path', 'symbol');
    if (span) {
      shape.setAttribute('height', String(MARK_GEOMETRY.spanHeight));
      shape.setAttribute('rx', String(MARK_GEOMETRY.spanCornerRadius));
    }
    return { group, shape, ...(edge ? { edge } : {}) };
  });
  const label = labelled ? svgChild(node, 'text', 'label') : undefined;
  if (label) setUpLabel(label);
  const badge = contested ? svgChild(node, 'text', 'badge') : undefined;
  if (badge) setUpBadge(badge);
  return { hit, ...(link ? { link } : {}), ...(earlier ? { earlier } : {}), ...(later ? { later } : {}), items, ...(label ? { label } : {}), ...(badge ? { badge } : {}) };
}

/** The link runs between the first and the last alternative, from the inner edge of each. */
function putLink(link: SVGLineElement, items: readonly AlternativeLayout[], y: number): void {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const forward = last.x0 + last.x1 >= first.x0 + first.x1; // time runs left to right
  const l = written(link);
  put(l, link, 'x1', px(forward ? first.x1 : first.x0));
  put(l, link, 'x2', px(forward ? last.x0 : last.x1));
  put(l, link, 'y1', px(y));
  put(l, link, 'y2', px(y));
}

function putRunOn(parts: RunOnParts, runOn: RunOnLayout, y: number): void {
  const l = written(parts.line);
  put(l, parts.line, 'x1', px(runOn.from));
  put(l, parts.line, 'x2', px(runOn.tip));
  put(l, parts.line, 'y1', px(y));
  put(l, parts.line, 'y2', px(y));
  // The chevron points on, toward the tip: its arms reach back toward the alternative.
  const back = runOn.tip < runOn.from ? CHEVRON_PX : -CHEVRON_PX;
  const t = written(parts.tip);
  put(t, parts.tip, 'd', `M${back},${-CHEVRON_PX}L0,0L${back},${CHEVRON_PX}`);
  put(t, parts.tip, 'transform', `translate(${px(runOn.tip)},${px(y)})`);
}

function putAlternative(parts: AlternativeParts, item: AlternativeLayout, y: number, colorIndex: number): void {
  const s = written(parts.shape);
  if (parts.shape instanceof SVGRectElement) {
    put(s, parts.shape, 'x', px(item.x0));
    put(s, parts.shape, 'y', px(y - MARK_GEOMETRY.spanHeight / 2));
    put(s, parts.shape, 'width', px(Math.max(MARK_GEOMETRY.minWidth, item.x1 - item.x0)));
  } else {
    put(s, parts.shape, 'd', item.soft ? SOFT_POINT_PATH : symbolPath(colorIndex));
    put(s, parts.shape, 'transform', `translate(${px((item.x0 + item.x1) / 2)},${px(y)})`);
  }
  if (parts.edge) traceOutline(parts.edge, parts.shape);
}
