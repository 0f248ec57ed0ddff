import { axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { Locale } from 'date-fns';
import type { ClusterLayout, MarkLayout, TimelineLayout } from '../layout/mark-layout.js';
import { drawDensityColumns } from './draw-density.js';
import { appendOpenEndDefs, drawOpenEnds } from './draw-open-end.js';
import { laneSymbolPath } from './lane-symbols.js';
import { put, putStyle, px, written } from './node-writes.js';
import { laneColourVar, laneSymbol } from './palette.js';
import { tickFormatter } from './tick-format.js';

/** Height of the time axis above the lanes, px. */
export const AXIS_HEIGHT_PX = 30;
/** Px of axis per tick label, roughly: wide enough for "Sep 2018". */
const PX_PER_TICK = 90;
const POINT_SYMBOL_AREA = 90;
const SPAN_HEIGHT_PX = 10;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PlotCallbacks {
  /** The reader clicked (or pressed Enter/Space on) an event. */
  readonly onEventActivate: (eventId: string) => void;
  /** The reader clicked (or pressed Enter/Space on) a cluster. */
  readonly onClusterActivate: (cluster: ClusterLayout) => void;
  /** Accessible names, in the reader's language. */
  readonly nameOfMark: (mark: MarkLayout) => string;
  readonly nameOfCluster: (cluster: ClusterLayout) => string;
  /** A density column's count as the reader's language writes numbers. */
  readonly countOfCluster: (cluster: ClusterLayout) => string;
}

export interface PlotState {
  readonly selectedId?: string | undefined;
  /** The event or cluster key holding the roving tab stop. */
  readonly focusKey?: string | undefined;
  readonly locale?: Locale | undefined;
}

type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Draws a TimelineLayout into one SVG with D3 joins keyed by event id, so a
 * zoom frame moves existing nodes instead of rebuilding them. D3 owns this
 * subtree; the Lit element never renders into it.
 */
export class PlotRenderer {
  readonly svg: SVGSVGElement;
  private namesLocale: Locale | undefined;
  private namesToken?: object;
  private readonly layers: Record<'eras' | 'lanes' | 'axis' | 'ties' | 'clusters' | 'marks', GroupSelection>;

  constructor(container: HTMLElement, private readonly callbacks: PlotCallbacks) {
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('part', 'plot-svg');
    this.svg.classList.add('plot-svg');
    container.append(this.svg);
    const root = select(this.svg);
    appendSoftEdgeMask(root);
    appendOpenEndDefs(root);
    const layer = (name: string, part?: string) => {
      const g = root.append('g').attr('class', name);
      if (part) g.attr('part', part);
      return g;
    };
    this.layers = {
      eras: layer('eras'),
      lanes: layer('lanes'),
      axis: layer('axis', 'axis').attr('transform', `translate(0,${AXIS_HEIGHT_PX - 6})`).attr('aria-hidden', 'true'),
      ties: layer('ties').attr('aria-hidden', 'true'),
      clusters: layer('clusters'),
      marks: layer('marks'),
    };
    root.on('click', (event: MouseEvent) => this.handleActivate(event)).on('keydown.activate', (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') this.handleActivate(event);
    });
  }

  render(layout: TimelineLayout, scale: ScaleTime<number, number>, state: PlotState): void {
    this.svg.setAttribute('width', String(layout.width));
    this.svg.setAttribute('height', String(layout.height));
    this.svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
    this.renderAxis(scale, layout, state.locale);
    this.renderEras(layout);
    this.renderLanes(layout);
    this.renderTies(layout);
    this.renderClusters(layout, state);
    this.renderMarks(layout, state);
  }

  /** The DOM node for an event's primary mark, if it is drawn. */
  markNode(eventId: string): SVGGElement | null {
    return this.svg.querySelector<SVGGElement>(`g.mark[data-key="${cssEscape(eventId)}"]`);
  }

  clusterNode(key: string): SVGGElement | null {
    return this.svg.querySelector<SVGGElement>(`g.cluster[data-key="${cssEscape(key)}"]`);
  }

  destroy(): void {
    select(this.svg).on('click', null).on('keydown.activate', null);
    this.svg.remove();
  }

  private handleActivate(event: Event): void {
    const target = (event.target as Element | null)?.closest('g.mark, g.cluster');
    if (!target) return;
    event.preventDefault();
    const key = target.getAttribute('data-key')!;
    if (target.classList.contains('mark')) {
      this.callbacks.onEventActivate(target.getAttribute('data-event') ?? key);
    } else {
      const cluster = select<Element, ClusterLayout>(target).datum();
      if (cluster) this.callbacks.onClusterActivate(cluster);
    }
  }

  private renderAxis(scale: ScaleTime<number, number>, layout: TimelineLayout, locale: Locale | undefined): void {
    const count = Math.max(2, Math.floor(layout.width / PX_PER_TICK));
    const ticks = scale.ticks(count);
    const format = tickFormatter(ticks, locale);
    const axis = axisTop(scale)
      .tickValues(ticks)
      .tickFormat((d, i) => format(d as Date, i))
      .tickSizeInner(-(layout.height - AXIS_HEIGHT_PX + 6))
      .tickSizeOuter(0)
      .tickPadding(6);
    this.layers.axis.call(axis);
  }

  private renderEras(layout: TimelineLayout): void {
    this.layers.eras
      .selectAll<SVGGElement, (typeof layout.eras)[number]>('g.era')
      .data(layout.eras, (d) => `${d.era.title}\u0000${d.era.start.earliest}`)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'era').attr('part', 'era');
        g.append('rect');
        g.append('text').attr('class', 'era-label');
        return g;
      })
      .call((g) => {
        g.select('rect')
          .attr('x', (d) => d.x0)
          .attr('width', (d) => Math.max(1, d.x1 - d.x0))
          .attr('y', AXIS_HEIGHT_PX)
          .attr('height', layout.height - AXIS_HEIGHT_PX);
        g.select('text')
          .attr('x', (d) => Math.max(d.x0, 0) + 4)
          .attr('y', layout.height - 6)
          .text((d) => d.era.title);
      });
  }

  private renderLanes(layout: TimelineLayout): void {
    this.layers.lanes
      .selectAll<SVGGElement, (typeof layout.lanes)[number]>('g.lane')
      .data(layout.lanes, (d) => d.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'lane').attr('part', 'lane');
        g.append('rect').attr('class', 'lane-band');
        g.append('path').attr('class', 'lane-swatch');
        g.append('text').attr('class', 'lane-label').attr('part', 'lane-label');
        return g;
      })
      .attr('data-lane', (d) => d.key)
      .call((g) => {
        g.select('rect')
          .attr('x', 0)
          .attr('y', (d) => d.y0)
          .attr('width', layout.width)
          .attr('height', (d) => d.y1 - d.y0);
        const rtl = layout.direction === 'rtl';
        const edge = (offset: number) => (rtl ? layout.width - offset : offset);
        g.select('path.lane-swatch')
          .attr('d', (d) => (d.label ? laneSymbolPath(laneSymbol(d.colorIndex), 64) : null))
          .attr('transform', (d) => `translate(${edge(14)},${d.y0 + 9})`)
          .style('fill', (d) => laneColourVar(d.colorIndex));
        g.select('text')
          .attr('x', edge(24))
          .attr('y', (d) => d.y0 + 13)
          .attr('text-anchor', rtl ? 'end' : 'start')
          .text((d) => d.label);
      });
  }

  private renderTies(layout: TimelineLayout): void {
    this.layers.ties
      .selectAll<SVGLineElement, (typeof layout.ties)[number]>('line.tie')
      .data(layout.ties, (d) => d.eventId)
      .join('line')
      .attr('class', 'tie')
      .attr('x1', (d) => d.x)
      .attr('x2', (d) => d.x)
      .attr('y1', (d) => d.y0)
      .attr('y2', (d) => d.y1);
  }

  private renderClusters(layout: TimelineLayout, state: PlotState): void {
    const names = this.namesFor(state.locale);
    const { nameOfCluster, countOfCluster } = this.callbacks;
    drawDensityColumns(this.layers.clusters, layout, state.focusKey, { names, nameOf: nameOfCluster, countOf: countOfCluster });
  }

  private renderMarks(layout: TimelineLayout, state: PlotState): void {
    const laneColour = new Map(layout.lanes.map((l) => [l.key, l.colorIndex]));
    const names = this.namesFor(state.locale);
    const nameOfMark = this.callbacks.nameOfMark;
    const rtl = layout.direction === 'rtl';
    this.layers.marks
      .selectAll<SVGGElement, MarkLayout>('g.mark')
      .data(layout.marks, (d) => `${d.event.id}\u0000${d.laneKey}`)
      .join((enter) => enter.append('g'))
      .each(function (d) {
        const w = written(this);
        const id = d.event.id;
        const selected = id === state.selectedId;
        put(w, this, 'class', `mark${d.soft ? ' soft' : ''}${d.hedged ? ' hedged' : ''}${d.open ? ' open' : ''}${selected ? ' selected' : ''}`);
        put(w, this, 'data-key', d.primary ? id : `${id}\u0000${d.laneKey}`);
        put(w, this, 'data-event', id);
        put(w, this, 'part', selected ? 'event event-selected' : 'event');
        put(w, this, 'role', d.primary ? 'button' : null);
        put(w, this, 'aria-hidden', d.primary ? null : 'true');
        put(w, this, 'aria-pressed', d.primary ? String(selected) : null);
        put(w, this, 'tabindex', d.primary ? (id === state.focusKey ? '0' : '-1') : null);
        // The name is the costliest attribute (dates in words): only when the event or language changed.
        if (w.names !== names || w.event !== d.event || w.primary !== d.primary) {
          w.names = names;
          w.event = d.event;
          w.primary = d.primary;
          put(w, this, 'aria-label', d.primary ? nameOfMark(d) : null);
        }
        const colorIndex = laneColour.get(d.laneKey) ?? 0;
        putStyle(w, this, 'color', laneColourVar(colorIndex));
        drawMarkShape(this, d, colorIndex);
        drawOpenEnds(this, d, rtl, layout.width);
      });
  }

  /** A token that changes when names must be recomputed: they are in the reader's language. */
  private namesFor(locale: Locale | undefined): object {
    if (this.namesLocale !== locale || !this.namesToken) {
      this.namesLocale = locale;
      this.namesToken = {};
    }
    return this.namesToken;
  }
}

const symbolPaths = new Map<number, string>();

function symbolPath(colorIndex: number): string {
  let path = symbolPaths.get(colorIndex);
  if (path === undefined) symbolPaths.set(colorIndex, (path = laneSymbolPath(laneSymbol(colorIndex), POINT_SYMBOL_AREA)));
  return path;
}

interface MarkParts {
  readonly hit: SVGRectElement;
  readonly symbol?: SVGPathElement;
  readonly extent?: SVGRectElement;
  readonly core?: SVGRectElement;
  readonly label?: SVGTextElement;
}
const PARTS = new WeakMap<SVGGElement, MarkParts>();

function child<K extends keyof SVGElementTagNameMap>(parent: SVGGElement, tag: K, className: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  node.setAttribute('class', className);
  parent.append(node);
  return node;
}

/** Draws one mark's shape and label into its group, replacing what changed kind. */
function drawMarkShape(node: SVGGElement, mark: MarkLayout, colorIndex: number): void {
  const w = written(node);
  // The core differs from the extent only where the extent is drawn pale (soft) or dashed (hedged):
  // elsewhere both are solid, and a second rect would be a node that shows nothing.
  const core = mark.kind === 'span' && (mark.soft || mark.hedged) ? mark.core : undefined;
  const kind = `${mark.kind}${core ? '-core' : ''}${mark.labelShown ? '-label' : ''}`;
  let parts = PARTS.get(node);
  if (!parts || w.shape !== kind) {
    w.shape = kind;
    node.replaceChildren();
    const hit = child(node, 'rect', 'hit');
    hit.setAttribute('height', '24');
    const extent = mark.kind === 'span' ? child(node, 'rect', 'extent') : undefined;
    extent?.setAttribute('height', String(SPAN_HEIGHT_PX));
    extent?.setAttribute('rx', '3');
    const coreRect = core ? child(node, 'rect', 'core') : undefined;
    coreRect?.setAttribute('height', String(SPAN_HEIGHT_PX));
    parts = {
      hit,
      ...(mark.kind === 'point' ? { symbol: child(node, 'path', 'symbol') } : {}),
      ...(extent ? { extent } : {}),
      ...(coreRect ? { core: coreRect } : {}),
      ...(mark.labelShown ? { label: child(node, 'text', 'label') } : {}),
    };
    parts.label?.setAttribute('part', 'event-label');
    parts.label?.setAttribute('dy', '0.35em');
    PARTS.set(node, parts);
  }
  const top = px(mark.y - SPAN_HEIGHT_PX / 2);
  // A generous invisible hit area: touch targets of at least 24 by 24 px.
  const hit = written(parts.hit);
  put(hit, parts.hit, 'x', px(mark.x0 - 6));
  put(hit, parts.hit, 'y', px(mark.y - 12));
  put(hit, parts.hit, 'width', px(Math.max(24, mark.x1 - mark.x0 + 12)));
  if (parts.symbol) {
    const s = written(parts.symbol);
    put(s, parts.symbol, 'd', symbolPath(colorIndex));
    put(s, parts.symbol, 'transform', `translate(${px(mark.x)},${px(mark.y)})`);
  }
  if (parts.extent) {
    const e = written(parts.extent);
    put(e, parts.extent, 'x', px(mark.x0));
    put(e, parts.extent, 'y', top);
    put(e, parts.extent, 'width', px(Math.max(1, mark.x1 - mark.x0)));
  }
  if (parts.core && core) {
    const c = written(parts.core);
    put(c, parts.core, 'x', px(core[0]));
    put(c, parts.core, 'y', top);
    put(c, parts.core, 'width', px(Math.max(1, core[1] - core[0])));
  }
  if (parts.label) {
    const l = written(parts.label);
    put(l, parts.label, 'x', px(mark.labelX));
    put(l, parts.label, 'y', px(mark.y));
    put(l, parts.label, 'text-anchor', mark.labelAnchor);
    if (l.text !== mark.event.title) {
      l.text = mark.event.title;
      parts.label.textContent = mark.event.title;
    }
  }
}

/** A mask that fades a span's ends, so a month- or season-precision span reads as "somewhere in here". */
function appendSoftEdgeMask(root: Selection<SVGSVGElement, unknown, null, undefined>): void {
  const defs = root.append('defs');
  const gradient = defs.append('linearGradient').attr('id', 'ct-soft-gradient');
  for (const [offset, opacity] of [[0, 0.35], [0.25, 1], [0.75, 1], [1, 0.35]] as const) {
    gradient.append('stop').attr('offset', offset).attr('stop-color', 'white').attr('stop-opacity', opacity);
  }
  defs
    .append('mask')
    .attr('id', 'ct-soft-edges')
    .attr('maskContentUnits', 'objectBoundingBox')
    .append('rect')
    .attr('width', 1)
    .attr('height', 1)
    .attr('fill', 'url(#ct-soft-gradient)');
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}
