import { axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { symbol } from 'd3-shape';
import type { Locale } from 'date-fns';
import type { ClusterLayout, MarkLayout, TimelineLayout } from '../layout/mark-layout.js';
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
  private readonly layers: Record<'eras' | 'lanes' | 'axis' | 'ties' | 'clusters' | 'marks', GroupSelection>;

  constructor(container: HTMLElement, private readonly callbacks: PlotCallbacks) {
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('part', 'plot-svg');
    this.svg.classList.add('plot-svg');
    container.append(this.svg);
    const root = select(this.svg);
    appendSoftEdgeMask(root);
    const layer = (name: string, part?: string) => {
      const g = root.append('g').attr('class', name);
      if (part) g.attr('part', part);
      return g;
    };
    this.layers = {
      eras: layer('eras', 'era'),
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
        const g = enter.append('g').attr('class', 'era');
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
          .attr('d', (d) => (d.label ? symbol(laneSymbol(d.colorIndex), 64)() : null))
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
    const laneColour = new Map(layout.lanes.map((l) => [l.key, l.colorIndex]));
    this.layers.clusters
      .selectAll<SVGGElement, ClusterLayout>('g.cluster')
      .data(layout.clusters, (d) => d.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'cluster').attr('part', 'cluster').attr('role', 'button');
        g.append('rect');
        return g;
      })
      .attr('data-key', (d) => d.key)
      .attr('tabindex', (d) => (d.key === state.focusKey ? 0 : -1))
      .attr('aria-label', (d) => this.callbacks.nameOfCluster(d))
      .call((g) => {
        g.select('rect')
          .attr('x', (d) => d.x0 + 1)
          .attr('width', (d) => Math.max(1, d.x1 - d.x0 - 2))
          .attr('y', (d) => d.y0 + 2)
          .attr('height', (d) => d.y1 - d.y0 - 4)
          .attr('rx', 2)
          .style('fill', (d) => laneColourVar(laneColour.get(d.laneKey) ?? 0))
          .style('fill-opacity', (d) => 0.25 + 0.65 * d.density);
      });
  }

  private renderMarks(layout: TimelineLayout, state: PlotState): void {
    const laneColour = new Map(layout.lanes.map((l) => [l.key, l.colorIndex]));
    const colourOf = (d: MarkLayout) => laneColour.get(d.laneKey) ?? 0;
    this.layers.marks
      .selectAll<SVGGElement, MarkLayout>('g.mark')
      .data(layout.marks, (d) => `${d.event.id}\u0000${d.laneKey}`)
      .join((enter) => enter.append('g').attr('class', 'mark'))
      .attr('data-key', (d) => (d.primary ? d.event.id : `${d.event.id}\u0000${d.laneKey}`))
      .attr('data-event', (d) => d.event.id)
      .attr('part', (d) => (d.event.id === state.selectedId ? 'event event-selected' : 'event'))
      .classed('soft', (d) => d.soft)
      .classed('hedged', (d) => d.hedged)
      .classed('selected', (d) => d.event.id === state.selectedId)
      .attr('role', (d) => (d.primary ? 'button' : null))
      .attr('aria-hidden', (d) => (d.primary ? null : 'true'))
      .attr('aria-label', (d) => (d.primary ? this.callbacks.nameOfMark(d) : null))
      .attr('aria-pressed', (d) => (d.primary ? String(d.event.id === state.selectedId) : null))
      .attr('tabindex', (d) => (d.primary ? (d.event.id === state.focusKey ? 0 : -1) : null))
      .style('color', (d) => laneColourVar(colourOf(d)))
      .each(function (d) {
        drawMarkShape(this, d, colourOf(d));
      });
  }
}

/** Draws one mark's shape and label into its group, replacing what changed kind. */
function drawMarkShape(node: SVGGElement, mark: MarkLayout, colorIndex: number): void {
  const g = select(node);
  const kind = `${mark.kind}${mark.core ? '-core' : ''}${mark.labelShown ? '-label' : ''}`;
  if (node.dataset['shape'] !== kind) {
    node.dataset['shape'] = kind;
    g.selectChildren().remove();
    g.append('rect').attr('class', 'hit');
    if (mark.kind === 'point') g.append('path').attr('class', 'symbol');
    else {
      g.append('rect').attr('class', 'extent');
      if (mark.core) g.append('rect').attr('class', 'core');
    }
    if (mark.labelShown) g.append('text').attr('class', 'label').attr('part', 'event-label');
  }
  const top = mark.y - SPAN_HEIGHT_PX / 2;
  // A generous invisible hit area: touch targets of at least 24 by 24 px.
  g.select('rect.hit')
    .attr('x', mark.x0 - 6)
    .attr('y', mark.y - 12)
    .attr('width', Math.max(24, mark.x1 - mark.x0 + 12))
    .attr('height', 24);
  if (mark.kind === 'point') {
    g.select('path.symbol')
      .attr('d', symbol(laneSymbol(colorIndex), POINT_SYMBOL_AREA)())
      .attr('transform', `translate(${mark.x},${mark.y})`);
  } else {
    g.select('rect.extent')
      .attr('x', mark.x0)
      .attr('y', top)
      .attr('width', Math.max(1, mark.x1 - mark.x0))
      .attr('height', SPAN_HEIGHT_PX)
      .attr('rx', 3);
    if (mark.core) {
      g.select('rect.core')
        .attr('x', mark.core[0])
        .attr('y', top)
        .attr('width', Math.max(1, mark.core[1] - mark.core[0]))
        .attr('height', SPAN_HEIGHT_PX);
    }
  }
  if (mark.labelShown) {
    g.select('text.label')
      .attr('x', mark.labelX)
      .attr('y', mark.y)
      .attr('dy', '0.35em')
      .attr('text-anchor', mark.labelAnchor)
      .text(mark.event.title);
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
