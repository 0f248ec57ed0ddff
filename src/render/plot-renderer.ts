import { axisTop, type AxisScale } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import type { Locale } from 'date-fns';
import type { AxisTick, BreakLayout } from '../layout/axis-ticks.js';
import type { ClusterLayout, EraLayout, MarkLayout, TieLayout, TimelineLayout } from '../layout/mark-layout.js';
import { LANE_NAME_INSET_PX } from '../layout/layout-timeline.js';
import { readCanvasPalette, type CanvasPalette } from './canvas-palette.js';
import { CountSprites } from './count-sprites.js';
import { MarkSprites } from './mark-sprites.js';
import { DenseCanvas } from './dense-canvas.js';
import { countFits, drawDensityColumn, drawDensityColumns, type DensityWords } from './draw-density.js';
import { paintable, paintDense } from './paint-dense.js';
import { appendOpenEndDefs, drawOpenEnds } from './draw-open-end.js';
import { laneSymbolPath } from './lane-symbols.js';
import { watchMarkHover, type MarkHoverCallbacks } from './mark-hover.js';
import { drawAlternatives } from './draw-alternatives.js';
import { drawnShape, MARK_GEOMETRY, putHit, putLabel, setUpBadge, setUpLabel, SOFT_POINT_PATH, svgChild as child, symbolPath, traceOutline } from './mark-shapes.js';
import { put, putStyle, px, written } from './node-writes.js';
import { laneColourVar, laneSymbol } from './palette.js';
import { joinReusing } from './reusing-join.js';
import { drawMarksForTheEye, drawnForTheEye } from './marks-for-the-eye.js';
import { tickFormatter } from './tick-format.js';
import { labelsApart, tickLabelAnchor } from './axis-labels-apart.js';
import { TextWidths } from './text-widths.js';
import { BADGE_RISE_PX, confidenceCue } from './confidence-cue.js';

/**
 * The font tick labels are drawn in: the weight of the plot's font and the size `.axis .tick text` sets
 * (conflict-timeline.styles.ts), in the family d3-axis sets on the axis.
 */
const AXIS_LABEL_FONT = '500 12px sans-serif';
/** Axis labels' widths kept before they start afresh: a few thousand, many zooms' worth. */
const AXIS_LABELS_KEPT = 2000;

/**
 * Every size the plot is drawn at, in px (areas in px²). Where marks stand is the layout's
 * (layout-timeline.ts); these are the sizes of what is drawn there, and of the axis and headers.
 */
const PLOT_GEOMETRY = {
  /** Height of the time axis above the lanes. */
  axisHeight: 30,
  /** The axis line stands this far above the first lane; its ticks run down from it over the lanes. */
  axisLineRaise: 6,
  /** Between a tick and its label. */
  tickLabelGap: 6,
  /** A collapsed stretch's band starts this far above the first lane, across the axis line. */
  breakBandRaise: 12,
  /** A collapsed stretch's name hangs this far below the top of its band. */
  breakLabelDrop: 8,
  /** A collapsed stretch names its time on the axis once it is this wide on screen. */
  breakLabelMinWidth: 140,
  /** Depth and height of one tooth of a break's zigzag edge. */
  zigzagDepth: 3,
  zigzagStep: 6,
  /** A lane's swatch: its centre from the start edge and from the lane's top, and its area. */
  laneSwatchX: 14,
  laneSwatchY: 9,
  laneSwatchArea: 64,
  /** Baseline of a lane's name below the lane's top. */
  laneNameBaseline: 13,
  /** The marks' own sizes: their symbols, bars and hit areas. */
  ...MARK_GEOMETRY,
} as const;

/** Height of the time axis above the lanes, px. */
export const AXIS_HEIGHT_PX = PLOT_GEOMETRY.axisHeight;
/** Where the axis line stands, px from the top: its group is drawn from there. */
const AXIS_LINE_Y = PLOT_GEOMETRY.axisHeight - PLOT_GEOMETRY.axisLineRaise;

type PlotLayer = 'eras' | 'lanes' | 'breaks' | 'laneHeaders' | 'axis' | 'ties' | 'clusters' | 'marks';
/** The layers drawn in plot time, which a pan moves (see PlotRenderer.shift); the lanes and their names stay. */
const TIME_LAYERS: readonly PlotLayer[] = ['eras', 'breaks', 'axis', 'ties', 'clusters', 'marks'];

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * From this many marks and columns drawn, a canvas paints their shapes and the SVG keeps only what
 * the reader uses: a named, focusable hit area per mark and column, and the labels. Below it every
 * shape is SVG: the article's timeline, a phone's view of dense data (45 to 75 columns), any view of
 * under a hundred things. Measured with the bench's zoom: 1,280 px wide, 1,000 events draw 70 to 390
 * items and their frames cost no more painted than in SVG; 10,000 and 100,000 draw 170 to 400, and
 * painted their frames cost a quarter less.
 */
export const CANVAS_MIN_ITEMS = 100;
/**
 * A canvas already painting keeps on down to this many: a zoom whose views hover about CANVAS_MIN_ITEMS
 * would otherwise swap every mark's parts between canvas and SVG at each step. Above the 75 columns of a
 * phone's widest dense view, so that one stays SVG whatever came before.
 */
export const CANVAS_KEEP_ITEMS = 90;

/** Where the SVG must draw every shape: in forced colours (system colours, by the styles) and on paper. */
const SVG_ONLY_MEDIA = '(forced-colors: active), print';

export interface PlotCallbacks {
  /** The reader clicked (or pressed Enter/Space on) an event. */
  readonly onEventActivate: (eventId: string) => void;
  /** The reader clicked (or pressed Enter/Space on) a cluster. */
  readonly onClusterActivate: (cluster: ClusterLayout) => void;
  /** Accessible names, in the reader's language. */
  readonly nameOfMark: (mark: MarkLayout) => string;
  readonly nameOfCluster: (cluster: ClusterLayout) => string;
  /** The time squeezed into a collapsed stretch of the axis, in words ("April 2011 – April 2017"). */
  readonly nameOfBreak: (stretch: BreakLayout) => string;
  /** Where the pointer and keyboard focus are among marks and clusters (for the tooltip). */
  readonly hover?: MarkHoverCallbacks;
  /** A density column's count as the reader's language writes numbers. */
  readonly countOfCluster: (cluster: ClusterLayout) => string;
}

/** The reader's language as the plot sees it: the element passes its language pack. */
export interface PlotLanguage {
  /** Month names and digits on the axis; date-fns' built-in en-US when absent. */
  readonly dateFns?: Locale | undefined;
}

export interface PlotState {
  readonly selectedId?: string | undefined;
  /** The event or cluster key holding the roving tab stop. */
  readonly focusKey?: string | undefined;
  /**
   * The language the names and the axis are in. Another object means other names: two languages
   * may share a date-fns locale (or both have none), so the locale alone cannot tell them apart.
   */
  readonly language?: PlotLanguage | undefined;
  /**
   * Nothing to show (no events, no eras): the axis is a plain baseline with no years, for the view then
   * is only a span for zooming, and years on it would be invented.
   */
  readonly empty?: boolean | undefined;
  /** The canvas may paint dense views (false: every shape in the SVG, as for a plot laid out for paper). */
  readonly canvas?: boolean | undefined;
  /**
   * A frame the canvas paints may leave the accessible layer (the hit areas and names of marks and
   * columns it paints) for flushAccessible, after the frame is on screen; see render.
   */
  readonly accessibleLater?: boolean | undefined;
}

/** A frame's accessible layer, left for after it: what flushAccessible joins. */
interface AccessibleDue {
  readonly layout: TimelineLayout;
  readonly state: PlotState;
  readonly laneColour: ReadonlyMap<string, number>;
}

/** What the canvas last painted, kept to paint again when only a highlight or the colours change. */
interface DensePaint {
  readonly layout: TimelineLayout;
  /** The state it was rendered with (the selection it shows; a page that asks for SVG now has it drawn again so). */
  readonly state: PlotState;
  readonly counts: ReadonlyMap<string, string>;
  readonly laneColour: ReadonlyMap<string, number>;
}

type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Draws a TimelineLayout into one SVG with D3 joins keyed by event id, so a
 * zoom frame moves existing nodes instead of rebuilding them. D3 owns this
 * subtree; the Lit element never renders into it.
 */
export class PlotRenderer {
  readonly svg: SVGSVGElement;
  private namesLanguage: PlotLanguage | undefined;
  private namesToken?: object;
  private readonly layers: Record<PlotLayer, GroupSelection>;
  /** The event whose copies and tie are highlighted together (hover or focus). */
  private linkedId: string | undefined;
  private selectedId: string | undefined;
  /** How far a pan has moved the layers drawn in plot time since they were drawn, px along x. */
  private shiftPx = 0;
  /** The layers drawn in plot time are marked as about to move (setPanning). */
  private panning = false;
  /** The canvas for dense views, made on the first one; the layer it stands in. */
  private dense?: DenseCanvas;
  private denseLayer?: GroupSelection;
  /** What the canvas shows now, when it paints. */
  private painted?: DensePaint;
  private palette?: CanvasPalette;
  /** The page asks for SVG drawing (`--ct-dense-drawing: svg`), as last read. */
  private svgAsked = false;
  private readonly counts = new CountSprites();
  private readonly points = new MarkSprites();
  /** The axis's labels are measured to keep them apart (see labelsApart). */
  private readonly axisLabelWidth = new TextWidths(AXIS_LABEL_FONT, AXIS_LABELS_KEPT).widthOf;
  /** The animation frame that reads the colours again (refreshColours), if one is asked for. */
  private colourCheck = 0;
  /** The column pointed at or focused, whose count the canvas shows even where it does not fit. */
  private hotClusterKey: string | undefined;
  private readonly svgOnlyMedia?: MediaQueryList;
  /** The accessible layer a painted frame left for after it (see render), until flushAccessible joins it. */
  private due?: AccessibleDue;
  /** The mark groups drawn for the eye as the marks were last drawn (see marks-for-the-eye.ts). */
  private shownMarks: ReadonlySet<SVGGElement> = new Set();

  /** `canvas`: dense views may be painted on a canvas (the live plot); a copy for export is all SVG. */
  constructor(
    container: HTMLElement,
    private readonly callbacks: PlotCallbacks,
    options: { readonly canvas?: boolean } = {},
  ) {
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
      lanes: layer('lanes'),
      // Over the lanes' bands, which are opaque, and under everything else.
      eras: layer('eras'),
      breaks: layer('breaks').attr('aria-hidden', 'true'),
      // Above the breaks' bands, so a lane's name is never cut by a torn edge.
      laneHeaders: layer('lane-headers'),
      axis: layer('axis', 'axis').attr('transform', translate(0, AXIS_LINE_Y)).attr('aria-hidden', 'true'),
      ties: layer('ties').attr('aria-hidden', 'true'),
      clusters: layer('clusters'),
      marks: layer('marks'),
    };
    root.on('click', (event: MouseEvent) => this.handleActivate(event)).on('keydown.activate', (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') this.handleActivate(event);
    });
    if (callbacks.hover) watchMarkHover(container, callbacks.hover);
    if (options.canvas && typeof matchMedia === 'function') {
      this.svgOnlyMedia = matchMedia(SVG_ONLY_MEDIA);
      this.watchHotCluster(container);
    }
  }

  /**
   * Draws a layout. Where the canvas painted the last frame and paints this one, a frame asked to
   * (`accessibleLater`) draws only what the eye sees: the canvas, the axis, lanes and ties, the marks'
   * groups that show a label, a badge or a shape of their own, and the mark or column holding focus,
   * whose ring is seen. The hit areas and names of the hundreds of marks and columns the canvas paints
   * are joined by flushAccessible, once the frame is on screen, or never, when another frame replaces
   * this one first: a reader's wheel zoom lays out the accessible layer when it pauses, not at each of
   * its frames.
   */
  render(layout: TimelineLayout, state: PlotState): void {
    const wasPainting = this.painted !== undefined;
    const paints = this.paintsDense(layout, state);
    this.shift(0);
    this.svg.setAttribute('width', String(layout.width));
    this.svg.setAttribute('height', String(layout.height));
    this.svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
    this.renderAxis(layout, state.language?.dateFns, state.empty === true);
    this.renderEras(layout);
    this.renderLanes(layout);
    this.renderBreaks(layout);
    this.renderTies(layout);
    // The colour index of each lane, for the columns, the marks and the canvas alike.
    const laneColour = new Map(layout.lanes.map((l) => [l.key, l.colorIndex]));
    const later = paints && wasPainting && state.accessibleLater === true;
    this.due = later ? { layout, state, laneColour } : undefined;
    const counts = later ? this.countsOf(layout) : this.renderClusters(layout, state, laneColour, paints);
    if (later) {
      this.renderFocusedColumn(layout, state, laneColour);
      this.renderMarksForTheEye(layout, state, laneColour);
    } else this.renderMarks(layout, state, laneColour, paints);
    this.painted = paints ? { layout, state, counts, laneColour } : undefined;
    this.dense?.show(paints);
    this.paint();
  }

  /** Whether a frame left the accessible layer for flushAccessible. */
  get accessibleDue(): boolean {
    return this.due !== undefined;
  }

  /** Joins the accessible layer the last frame left for after it (see render); nothing if none is due. */
  flushAccessible(): void {
    const due = this.due;
    if (!due) return;
    this.due = undefined;
    this.renderClusters(due.layout, due.state, due.laneColour, true);
    this.renderMarks(due.layout, due.state, due.laneColour, true);
  }

  /** The column holding keyboard focus, if it is still laid out: its ring is seen, so it moves with the frame. */
  private renderFocusedColumn(layout: TimelineLayout, state: PlotState, laneColour: ReadonlyMap<string, number>): void {
    const root = this.svg.getRootNode() as Document | ShadowRoot;
    const node = root.activeElement?.closest<SVGGElement>('g.cluster');
    const key = node && this.layers.clusters.node()!.contains(node) ? select<SVGGElement, ClusterLayout | undefined>(node).datum()?.key : undefined;
    const column = key === undefined ? undefined : layout.clusters.find((c) => c.key === key);
    if (!node || !column) return;
    select(node).datum(column);
    drawDensityColumn(node, column, state.focusKey, this.columnWords(state), laneColour, true);
  }

  private columnWords(state: PlotState): DensityWords {
    const { nameOfCluster, countOfCluster } = this.callbacks;
    return { names: this.namesFor(state.language), nameOf: nameOfCluster, countOf: countOfCluster };
  }

  /** Each column's count as the canvas writes it, without the columns' join. */
  private countsOf(layout: TimelineLayout): Map<string, string> {
    const counts = new Map<string, string>();
    for (const column of layout.clusters) counts.set(column.key, this.callbacks.countOfCluster(column));
    return counts;
  }

  /**
   * Whether the canvas paints this layout's marks and columns: a dense one, on screen, in ordinary
   * colours, where the page has not asked for SVG (`--ct-dense-drawing: svg`). The page's style is read
   * when the canvas starts painting; while it goes on, refreshColours reads it again after frames.
   */
  private paintsDense(layout: TimelineLayout, state: PlotState): boolean {
    const paints = this.denseWanted(layout, state);
    if (!paints) this.palette = undefined;
    return paints;
  }

  private denseWanted(layout: TimelineLayout, state: PlotState): boolean {
    if (!this.svgOnlyMedia || state.canvas === false || this.svgOnlyMedia.matches) return false;
    if (layout.marks.length + layout.clusters.length < (this.painted ? CANVAS_KEEP_ITEMS : CANVAS_MIN_ITEMS)) return false;
    // Read when painting starts, before this frame writes to the DOM, while the style is likeliest clean.
    if (!this.painted || !this.palette) this.readPageStyle();
    return !this.svgAsked;
  }

  /** The page's choice of drawing and, unless it asks for SVG, the colours the canvas paints with. */
  private readPageStyle(): void {
    const style = getComputedStyle(this.svg);
    this.svgAsked = style.getPropertyValue('--ct-dense-drawing').trim() === 'svg';
    this.palette = this.svgAsked ? undefined : readCanvasPalette(style, this.denseCanvas().ctx);
  }

  /**
   * Reads the page's style again once the next frame is drawn (a theme, dark mode or the page's --ct-*
   * may have changed the colours, or the page may ask for SVG now) and repaints or redraws if so. After
   * the frame, when its style has just been computed: read in the frame, or at once after the host's
   * update, it forced a recalculation of the style, every frame a reader zooms with the wheel.
   */
  refreshColours(): void {
    if (!this.painted || this.colourCheck) return;
    this.colourCheck = requestAnimationFrame(() => {
      setTimeout(() => {
        this.colourCheck = 0;
        const painted = this.painted;
        if (!painted || !this.dense) return;
        const key = this.palette?.key;
        this.readPageStyle();
        if (this.svgAsked) this.render(painted.layout, painted.state);
        else if (this.palette?.key !== key) this.paint();
      });
    });
  }

  private denseCanvas(): DenseCanvas {
    if (!this.dense) {
      // Lazily, before the columns: a plot that never paints keeps the SVG it always had.
      const layer = select(this.svg).insert<SVGGElement>('g', 'g.clusters').attr('class', 'dense-layer').attr('aria-hidden', 'true');
      this.denseLayer = layer;
      this.dense = new DenseCanvas(layer.node()!);
    }
    return this.dense;
  }

  /** Paints the canvas from what it last painted, with the highlight and colours as they are now. */
  private paint(): void {
    const painted = this.painted;
    if (!painted || !this.dense || !this.palette) return;
    const { layout, counts, laneColour } = painted;
    this.dense.fit(layout.width, layout.height);
    paintDense(this.dense.ctx, layout, this.dense.dpr, {
      palette: this.palette,
      selectedId: painted.state.selectedId,
      linkedId: this.linkedId,
      hotClusterKey: this.hotClusterKey,
      laneColour,
      countText: (column) => counts.get(column.key) ?? '',
      countFits,
      counts: this.counts,
      points: this.points,
    });
  }

  /** The column the pointer is over or keyboard focus is on: a tight column's count shows there. */
  private watchHotCluster(container: HTMLElement): void {
    const update = (target: EventTarget | null) => {
      const node = target instanceof Element ? target.closest('g.cluster') : null;
      const key = node?.getAttribute('data-key') ?? undefined;
      if (key === this.hotClusterKey) return;
      this.hotClusterKey = key;
      this.paint();
    };
    container.addEventListener('pointerover', (event) => update(event.target));
    container.addEventListener('pointerout', (event) => update(event.relatedTarget));
    container.addEventListener('focusin', (event) => update((event.target as Element).matches(':focus-visible') ? event.target : null));
    container.addEventListener('focusout', (event) => update(event.relatedTarget));
  }

  /**
   * Moves what is drawn in plot time (eras, breaks, axis, ties, columns, marks and their labels) `px`
   * along x from where the last render put it, without touching a mark: a pan's frame at the cost of a
   * transform. The lanes' bands and names stay; the SVG's box clips what moves past its edges. The
   * next render puts everything back where its layout says, with no transform.
   */
  shift(px: number): void {
    if (px === this.shiftPx) return;
    this.shiftPx = px;
    for (const name of TIME_LAYERS) {
      const y = name === 'axis' ? AXIS_LINE_Y : 0;
      this.layers[name].attr('transform', px === 0 && y === 0 ? null : translate(px, y));
    }
    this.denseLayer?.attr('transform', px === 0 ? null : translate(px, 0));
  }

  /** Whether a pan is under way: the layers it moves are then kept ready to move (`will-change`). */
  setPanning(panning: boolean): void {
    // Asked on every frame of a pan: the styles are written when it starts and when it ends.
    if (panning === this.panning) return;
    this.panning = panning;
    const nodes = TIME_LAYERS.map((name) => this.layers[name].node()!);
    if (this.denseLayer) nodes.push(this.denseLayer.node()!);
    for (const node of nodes) {
      if (panning) node.style.setProperty('will-change', 'transform');
      else node.style.removeProperty('will-change');
      // Nothing left of a pan: the node is as a plot that never panned has it.
      if (!panning && !node.getAttribute('style')) node.removeAttribute('style');
    }
  }

  /** A copy of the axis as last drawn, for a strip that keeps it in sight while the lanes scroll. */
  axisCopy(): SVGGElement {
    return this.layers.axis.node()!.cloneNode(true) as SVGGElement;
  }

  /** The DOM node for an event's primary mark, if it is drawn. */
  markNode(eventId: string): SVGGElement | null {
    // Asked for a node to focus or place by: the accessible layer must be where the frame shows it.
    this.flushAccessible();
    // By the data joined to each node, never by a selector built from an id: a page's ids may hold
    // anything, a NUL or the separator of a copy's key included.
    let found: SVGGElement | null = null;
    this.layers.marks.selectAll<SVGGElement, MarkLayout>('g.mark').each(function (d) {
      if (!found && d.primary && d.event.id === eventId) found = this;
    });
    return found;
  }

  /** Highlights every copy of an event and its tie, or none (`undefined`). */
  highlight(eventId: string | undefined): void {
    if (eventId === this.linkedId) return;
    this.linkedId = eventId;
    const selectedId = this.selectedId;
    this.layers.marks.selectAll<SVGGElement, MarkLayout>('g.mark').each(function (d) {
      putMarkClass(this, d, selectedId, eventId);
    });
    this.layers.ties.selectAll<SVGLineElement, TieLayout>('line.tie').classed('linked', (d) => d.eventId === eventId);
    this.paint();
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

  private renderAxis(layout: TimelineLayout, locale: Locale | undefined, empty: boolean): void {
    const { stepMs } = layout.axis;
    const placed = empty ? [] : layout.axis.ticks;
    const ticks = placed.map((t) => new Date(t.time));
    // The unit comes from the step, not from neighbouring ticks, which a break may hold far apart.
    // A view reaching back before AD 1 names the era on every year, so "200" is not read as 200 BC.
    const era = ticks.some((tick) => tick.getUTCFullYear() <= 0);
    const format = tickFormatter([new Date(0), new Date(stepMs)], locale, { era });
    // A leading tick (first, after a break, or where the month or year turns) says the larger unit too.
    const labels = labelsApart(
      placed,
      placed.map((t, i) => format(ticks[i]!, t.leading ? 0 : 1)),
      (i) => format(ticks[i]!, 0),
      this.axisLabelWidth,
      layout.width,
    );
    const axis = axisTop(tickPositions(placed, layout.width))
      .tickValues(ticks)
      .tickFormat((_, i) => labels[i] ?? '')
      .tickSizeInner(-(layout.height - PLOT_GEOMETRY.axisHeight + PLOT_GEOMETRY.axisLineRaise))
      .tickSizeOuter(0)
      .tickPadding(PLOT_GEOMETRY.tickLabelGap);
    this.layers.axis.call(axis);
    // A label centred on a tick near the plot's edge would be cut: there it stands inside, from the tick.
    this.layers.axis
      .selectAll<SVGTextElement, Date>('.tick text')
      .attr('text-anchor', (_, i) => tickLabelAnchor(placed[i]?.x ?? layout.width / 2, layout.width));
  }

  /** Collapsed stretches: a band across the lanes with broken edges, named where there is room. */
  private renderBreaks(layout: TimelineLayout): void {
    const nameOfBreak = this.callbacks.nameOfBreak;
    this.layers.breaks
      .selectAll<SVGGElement, BreakLayout>('g.axis-break')
      .data(layout.breaks, (d) => String(d.from))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'axis-break').attr('part', 'axis-break');
        g.append('rect').attr('class', 'break-band');
        g.append('path').attr('class', 'break-edge');
        g.append('text').attr('class', 'break-label');
        g.append('title');
        return g;
      })
      .call((g) => {
        const top = PLOT_GEOMETRY.axisHeight - PLOT_GEOMETRY.breakBandRaise;
        g.select('rect')
          .attr('x', (d) => d.x0)
          .attr('width', (d) => Math.max(PLOT_GEOMETRY.minWidth, d.x1 - d.x0))
          .attr('y', top)
          .attr('height', layout.height - top);
        g.select('path').attr('d', (d) => zigzag(d.x0, top, layout.height) + zigzag(d.x1, top, layout.height));
        g.select('title').text((d) => nameOfBreak(d));
        g.select('text')
          .attr('x', (d) => (d.x0 + d.x1) / 2)
          .attr('y', top + PLOT_GEOMETRY.breakLabelDrop)
          .attr('text-anchor', 'middle')
          .text((d) => (d.x1 - d.x0 >= PLOT_GEOMETRY.breakLabelMinWidth ? nameOfBreak(d) : ''));
      });
  }

  /** Eras: a tint over the lanes with an edge at each end, and the name in the strip above the lanes. */
  private renderEras(layout: TimelineLayout): void {
    const rtl = layout.direction === 'rtl';
    this.layers.eras
      .selectAll<SVGGElement, EraLayout>('g.era')
      .data(layout.eras, (d) => `${d.era.title}\u0000${d.era.start.earliest}`)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'era').attr('part', 'era');
        g.append('rect').attr('class', 'era-band');
        g.append('path').attr('class', 'era-edge');
        // A nested svg clips the name to the era's visible part: a long name never runs into the next era.
        g.append('svg').attr('class', 'era-label-box').append('text').attr('class', 'era-label').attr('part', 'era-label');
        return g;
      })
      .attr('class', (d) => (d.alternate ? 'era alternate' : 'era'))
      .call((g) => {
        g.select('rect')
          .attr('x', (d) => px(d.x0))
          .attr('width', (d) => px(Math.max(PLOT_GEOMETRY.minWidth, d.x1 - d.x0)))
          .attr('y', (d) => d.y0)
          .attr('height', (d) => layout.height - d.y0);
        g.select('path').attr('d', (d) => `M${px(d.x0)},${d.y0}V${layout.height}M${px(d.x1)},${d.y0}V${layout.height}`);
        g.select('svg')
          .attr('x', (d) => px(d.labelX0))
          .attr('y', (d) => d.y0)
          .attr('width', (d) => px(Math.max(0, d.labelX1 - d.labelX0)))
          .attr('height', (d) => 2 * (d.labelY - d.y0));
        // The name starts where the era does in reading order: at its right edge when time runs right to left.
        g.select('text')
          .attr('x', (d) => (rtl ? px(Math.max(0, d.labelX1 - d.labelX0)) : 0))
          .attr('text-anchor', rtl ? 'end' : 'start')
          .attr('y', (d) => d.labelY - d.y0)
          .attr('dy', '0.35em')
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
        return g;
      })
      .attr('data-lane', (d) => d.key)
      .select('rect')
      .attr('x', 0)
      .attr('y', (d) => d.y0)
      .attr('width', layout.width)
      .attr('height', (d) => d.y1 - d.y0);
    const rtl = layout.direction === 'rtl';
    const edge = (offset: number) => (rtl ? layout.width - offset : offset);
    this.layers.laneHeaders
      .selectAll<SVGGElement, (typeof layout.lanes)[number]>('g.lane-header')
      .data(layout.lanes, (d) => d.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'lane-header');
        g.append('path').attr('class', 'lane-swatch');
        g.append('text').attr('class', 'lane-label').attr('part', 'lane-label');
        return g;
      })
      .attr('data-lane', (d) => d.key)
      .call((g) => {
        g.select('path.lane-swatch')
          .attr('d', (d) => (d.label ? laneSymbolPath(laneSymbol(d.colorIndex), PLOT_GEOMETRY.laneSwatchArea) : null))
          .attr('transform', (d) => `translate(${edge(PLOT_GEOMETRY.laneSwatchX)},${d.y0 + PLOT_GEOMETRY.laneSwatchY})`)
          .style('fill', (d) => laneColourVar(d.colorIndex));
        g.select('text')
          .attr('x', edge(LANE_NAME_INSET_PX))
          .attr('y', (d) => d.y0 + PLOT_GEOMETRY.laneNameBaseline)
          .attr('text-anchor', rtl ? 'end' : 'start')
          .text((d) => d.label);
      });
  }

  private renderTies(layout: TimelineLayout): void {
    this.layers.ties
      .selectAll<SVGLineElement, (typeof layout.ties)[number]>('line.tie')
      .data(layout.ties, (d) => d.eventId)
      .join('line')
      .attr('class', (d) => (d.eventId === this.linkedId ? 'tie linked' : 'tie'))
      .attr('data-event', (d) => d.eventId)
      .attr('x1', (d) => d.x)
      .attr('x2', (d) => d.x)
      .attr('y1', (d) => d.y0)
      .attr('y2', (d) => d.y1);
  }

  /** Joins the columns; returns their counts as drawn, by key. */
  private renderClusters(layout: TimelineLayout, state: PlotState, laneColour: ReadonlyMap<string, number>, paints: boolean): ReadonlyMap<string, string> {
    return drawDensityColumns(this.layers.clusters, layout, state.focusKey, this.columnWords(state), laneColour, paints);
  }

  private renderMarks(layout: TimelineLayout, state: PlotState, laneColour: ReadonlyMap<string, number>, paints: boolean): void {
    const draw = this.markDrawer(layout, state, laneColour, paints, true);
    const shown = new Set<SVGGElement>();
    joinReusing(this.layers.marks, 'g.mark', layout.marks, markJoinKey, makeMark).each(function (d) {
      draw(this, d);
      if (!paints || drawnForTheEye(d)) shown.add(this);
    });
    this.shownMarks = shown;
  }

  /** A painted frame's marks: only the groups the eye sees (see render and marks-for-the-eye.ts). */
  private renderMarksForTheEye(layout: TimelineLayout, state: PlotState, laneColour: ReadonlyMap<string, number>): void {
    // Names are the accessible layer's: a new group gets its name when the layer is joined.
    const draw = this.markDrawer(layout, state, laneColour, true, false);
    this.shownMarks = drawMarksForTheEye(this.layers.marks.node()!, layout.marks, markJoinKey, makeMark, draw, this.shownMarks);
  }

  /** Draws one mark into its group: its classes, role, name (if `named`), colour, shape and open ends. */
  private markDrawer(
    layout: TimelineLayout,
    state: PlotState,
    laneColour: ReadonlyMap<string, number>,
    paints: boolean,
    named: boolean,
  ): (node: SVGGElement, d: MarkLayout) => void {
    const names = this.namesFor(state.language);
    const nameOfMark = this.callbacks.nameOfMark;
    const linkedId = this.linkedId;
    this.selectedId = state.selectedId;
    const rtl = layout.direction === 'rtl';
    return (node, d) => {
      const w = written(node);
      const id = d.event.id;
      const selected = id === state.selectedId;
      putMarkClass(node, d, state.selectedId, linkedId);
      put(w, node, 'data-key', d.primary ? id : `${id}\u0000${d.laneKey}`);
      put(w, node, 'data-event', id);
      put(w, node, 'role', d.primary ? 'button' : null);
      put(w, node, 'aria-hidden', d.primary ? null : 'true');
      put(w, node, 'aria-pressed', d.primary ? String(selected) : null);
      put(w, node, 'tabindex', d.primary ? (id === state.focusKey ? '0' : '-1') : null);
      // The name is the costliest attribute (dates in words): only when the event or language changed.
      if (named && (w.names !== names || w.event !== d.event || w.primary !== d.primary)) {
        w.names = names;
        w.event = d.event;
        w.primary = d.primary;
        put(w, node, 'aria-label', d.primary ? nameOfMark(d) : null);
      }
      const colorIndex = laneColour.get(d.laneKey) ?? 0;
      putStyle(w, node, 'color', laneColourVar(colorIndex));
      drawMarkShape(node, d, colorIndex, paints && paintable(d));
      drawOpenEnds(node, d, rtl, layout.width);
    };
  }

  /** A token that changes when names must be recomputed: they are in the reader's language. */
  private namesFor(language: PlotLanguage | undefined): object {
    if (this.namesLanguage !== language || !this.namesToken) {
      this.namesLanguage = language;
      this.namesToken = {};
    }
    return this.namesToken;
  }
}

/** A mark's group; what it holds and says is written by its draw. */
const makeMark = (): SVGGElement => document.createElementNS(SVG_NS, 'g');

/** A mark's classes and parts: its kind of date, and whether it is selected or highlighted with its copies. */
function putMarkClass(node: SVGGElement, d: MarkLayout, selectedId: string | undefined, linkedId: string | undefined): void {
  const w = written(node);
  const selected = d.event.id === selectedId;
  const linked = d.event.id === linkedId;
  put(w, node, 'class', `${markClassName(d, selected)}${linked ? ' linked' : ''}`);
  put(w, node, 'part', `event${selected ? ' event-selected' : ''}${linked ? ' event-linked' : ''}`);
}

/**
 * The classes the styles draw a mark by: its date kind (soft, hedged, open, or a set's one-of or
 * all-of, whose alternatives each say whether they are soft or hedged) and whether it is selected.
 */
export function markClassName(mark: MarkLayout, selected: boolean): string {
  const cue = confidenceCue(mark.event);
  const date = mark.alternatives
    ? ` ${mark.alternatives.kind}`
    : `${mark.soft ? ' soft' : ''}${mark.hedged ? ' hedged' : ''}${mark.open ? ' open' : ''}`;
  return `mark${date}${cue ? ` ${cue}` : ''}${selected ? ' selected' : ''}`;
}

interface MarkParts {
  readonly hit: SVGRectElement;
  readonly edge?: SVGRectElement | SVGPathElement;
  readonly symbol?: SVGPathElement;
  readonly extent?: SVGRectElement;
  readonly core?: SVGRectElement;
  readonly label?: SVGTextElement;
  readonly badge?: SVGTextElement;
}
const PARTS = new WeakMap<SVGGElement, MarkParts>();

/**
 * Draws one mark's shape and label into its group, replacing what changed kind. The legend's
 * swatches are drawn by this too (see legend-swatches.ts), so they are the plot's marks. A mark the
 * canvas paints (`painted`) keeps only its hit area, label and badge here.
 */
export function drawMarkShape(node: SVGGElement, mark: MarkLayout, colorIndex: number, painted = false): void {
  if (mark.alternatives) {
    drawAlternatives(node, mark, mark.alternatives, colorIndex);
    return;
  }
  const w = written(node);
  // The core differs from the extent only where the extent is drawn pale (soft) or dashed (hedged):
  // elsewhere both are solid, and a second rect would be a node that shows nothing.
  const shape = drawnShape(mark);
  const core = shape === 'span' && (mark.soft || mark.hedged) ? mark.core : undefined;
  const contested = confidenceCue(mark.event) === 'contested';
  const drawn = painted ? 'painted' : `${shape}${mark.hedged ? '-hedged' : ''}${core ? '-core' : ''}`;
  const kind = `${drawn}${contested ? '-contested' : ''}`;
  let parts = PARTS.get(node);
  if (parts && w.shape === kind && !parts.label !== !mark.labelShown) {
    // Only the label comes or goes (a zoom step shows or hides it, a reused node had one or not): the rest stays.
    if (parts.label) {
      parts.label.remove();
      parts = { ...parts, label: undefined };
    } else {
      const label = child(node, 'text', 'label');
      setUpLabel(label);
      // Where a new node would have it: after the shape, before the badge.
      if (parts.badge) node.insertBefore(label, parts.badge);
      parts = { ...parts, label };
    }
    PARTS.set(node, parts);
  }
  if (!parts || w.shape !== kind) {
    w.shape = kind;
    node.replaceChildren();
    const hit = child(node, 'rect', 'hit');
    // A hedged mark's dashed edge: its outline again, under it, wider and dashed, so the dashes show around it.
    const edge = mark.hedged && !painted ? child(node, shape === 'span' ? 'rect' : 'path', 'edge') : undefined;
    const extent = shape === 'span' && !painted ? child(node, 'rect', 'extent') : undefined;
    extent?.setAttribute('height', String(PLOT_GEOMETRY.spanHeight));
    extent?.setAttribute('rx', String(PLOT_GEOMETRY.spanCornerRadius));
    const coreRect = core && !painted ? child(node, 'rect', 'core') : undefined;
    coreRect?.setAttribute('height', String(PLOT_GEOMETRY.spanHeight));
    parts = {
      hit,
      ...(edge ? { edge } : {}),
      ...(shape === 'point' && !painted ? { symbol: child(node, 'path', 'symbol') } : {}),
      ...(extent ? { extent } : {}),
      ...(coreRect ? { core: coreRect } : {}),
      ...(mark.labelShown ? { label: child(node, 'text', 'label') } : {}),
      ...(contested ? { badge: child(node, 'text', 'badge') } : {}),
    };
    if (parts.badge) setUpBadge(parts.badge);
    if (parts.label) setUpLabel(parts.label);
    PARTS.set(node, parts);
  }
  const top = px(mark.y - PLOT_GEOMETRY.spanHeight / 2);
  putHit(parts.hit, mark);
  if (parts.symbol) {
    const s = written(parts.symbol);
    put(s, parts.symbol, 'd', mark.soft ? SOFT_POINT_PATH : symbolPath(colorIndex));
    const x = mark.kind === 'point' ? mark.x : (mark.x0 + mark.x1) / 2;
    put(s, parts.symbol, 'transform', `translate(${px(x)},${px(mark.y)})`);
  }
  if (parts.extent) {
    const e = written(parts.extent);
    put(e, parts.extent, 'x', px(mark.x0));
    put(e, parts.extent, 'y', top);
    put(e, parts.extent, 'width', px(Math.max(PLOT_GEOMETRY.minWidth, mark.x1 - mark.x0)));
  }
  if (parts.edge) traceOutline(parts.edge, (parts.symbol ?? parts.extent)!);
  if (parts.core && core) {
    const c = written(parts.core);
    put(c, parts.core, 'x', px(core[0]));
    put(c, parts.core, 'y', top);
    put(c, parts.core, 'width', px(Math.max(PLOT_GEOMETRY.minWidth, core[1] - core[0])));
  }
  if (parts.badge) {
    const b = written(parts.badge);
    put(b, parts.badge, 'x', px(shape === 'point' ? (mark.kind === 'point' ? mark.x : (mark.x0 + mark.x1) / 2) : mark.x1));
    put(b, parts.badge, 'y', px(mark.y - BADGE_RISE_PX));
  }
  if (parts.label) putLabel(parts.label, mark);
}

/**
 * d3-axis positions ticks through a scale; ours are placed by layout (the
 * axis breaks over collapsed stretches), so the scale looks their x up.
 */
function tickPositions(ticks: readonly AxisTick[], width: number): AxisScale<Date> {
  const xOf = new Map(ticks.map((t) => [t.time, t.x]));
  const scale = Object.assign((d: Date) => xOf.get(d.getTime()), {
    domain: () => ticks.map((t) => new Date(t.time)),
    range: () => [0, width],
    copy: () => scale,
  });
  return scale;
}

function translate(x: number, y: number): string {
  return `translate(${px(x)},${y})`;
}

/** A vertical zigzag path at x from y0 to y1: the torn edge of a break. */
function zigzag(x: number, y0: number, y1: number): string {
  let d = `M${px(x)},${px(y0)}`;
  let side = 1;
  const { zigzagStep: step, zigzagDepth: depth } = PLOT_GEOMETRY;
  for (let y = y0 + step; y < y1; y += step, side = -side) d += `L${px(x + side * depth)},${px(y)}`;
  return `${d}L${px(x)},${px(y1)}`;
}

/** A mask that fades a span's ends, so a month- or season-precision span reads as "somewhere in here". */
function appendSoftEdgeMask(root: Selection<SVGSVGElement, unknown, null, undefined>): void {
  const defs = root.append('defs');
  // A shortened label fades out over its last letters: the reader sees the title goes on.
  const fade = defs.append('linearGradient').attr('id', 'ct-fade-gradient');
  for (const [offset, opacity] of [[0, 1], [0.8, 1], [1, 0]] as const) {
    fade.append('stop').attr('offset', offset).attr('stop-color', 'white').attr('stop-opacity', opacity);
  }
  defs
    .append('mask')
    .attr('id', 'ct-fade-end')
    .attr('maskContentUnits', 'objectBoundingBox')
    .append('rect')
    .attr('width', 1)
    .attr('height', 1)
    .attr('fill', 'url(#ct-fade-gradient)');
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

/** One key per copy of an event: the id's length first, so that no id and lane can read as another pair. */
function markJoinKey(d: MarkLayout): string {
  return `${d.event.id.length}\u0000${d.event.id}\u0000${d.laneKey}`;
}
