import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { clampView, MIN_VIEW_SPAN_MS, viewSpan, type TimeView } from '../layout/time-view.js';

/** How much one zoom-in press or key zooms. */
export const ZOOM_STEP = 2;

export interface TimeZoomOptions {
  /** Called on every change of view, from a gesture or from code. */
  readonly onView: (view: TimeView, source: 'gesture' | 'code') => void;
  /** Called when a gesture ends (wheel pause, pointer up). */
  readonly onSettle?: () => void;
  /** Whether a wheel turn zooms; one that does not is left to the page. Every turn zooms when absent. */
  readonly wheelZooms?: (event: WheelEvent) => boolean;
}

/**
 * d3-zoom on the x axis only, translated to and from a TimeView value. The
 * base scale spans the zoom bounds (the data's padded extent); the current
 * view is base rescaled by the zoom transform, as in d3-zoom's own examples.
 */
export class TimeZoom {
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly target: Selection<SVGSVGElement, unknown, null, undefined>;
  private base: ScaleTime<number, number> = scaleUtc();
  private bounds: TimeView = { start: 0, end: 1 };
  private width = 1;
  private applying = false;

  constructor(svg: SVGSVGElement, private readonly options: TimeZoomOptions) {
    this.target = select(svg);
    this.behavior = zoom<SVGSVGElement, unknown>()
      // d3-zoom's default filter, except that the wheel is asked: then it neither zooms nor cancels the page's scroll.
      .filter((event: Event) =>
        event instanceof WheelEvent ? (options.wheelZooms?.(event) ?? true) : !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button,
      )
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.handleZoom(event.transform))
      .on('end', () => this.options.onSettle?.());
    this.target.call(this.behavior);
    // Double-click zoom fights with double-click selection of text in details; buttons and keys zoom instead.
    this.target.on('dblclick.zoom', null);
  }

  /** Sets the zoom bounds and plot size, keeping `view` on screen. */
  configure(bounds: TimeView, width: number, height: number, rtl: boolean, view: TimeView): void {
    this.bounds = bounds;
    this.width = Math.max(1, width);
    this.base = scaleUtc()
      .domain([bounds.start, bounds.end])
      .range(rtl ? [this.width, 0] : [0, this.width]);
    const maxScale = viewSpan(bounds) / MIN_VIEW_SPAN_MS;
    this.behavior
      .scaleExtent([1, Math.max(1, maxScale)])
      .extent([
        [0, 0],
        [this.width, Math.max(1, height)],
      ])
      .translateExtent([
        [0, -Infinity],
        [this.width, Infinity],
      ]);
    this.show(view);
  }

  /** Moves to a view (clamped to the bounds) without animation. */
  show(view: TimeView): TimeView {
    const clamped = clampView(view, this.bounds);
    this.applying = true;
    try {
      this.target.call(this.behavior.transform, this.transformFor(clamped));
    } finally {
      this.applying = false;
    }
    return this.currentView();
  }

  /** Zooms by a factor around an instant (the view's centre by default). */
  zoomBy(factor: number, anchor?: number): TimeView {
    const view = this.currentView();
    const at = anchor ?? (view.start + view.end) / 2;
    return this.show({ start: at - (at - view.start) / factor, end: at + (view.end - at) / factor });
  }

  /** Pans by screen px, as dragging leftward by that much would (negative: rightward). */
  panBy(px: number): void {
    // translateBy moves in unzoomed units: divide by the scale for screen px.
    this.target.call(this.behavior.translateBy, -px / this.currentTransform().k, 0);
  }

  currentView(): TimeView {
    return viewOf(this.base, this.currentTransform());
  }

  /** The scale for the current view: what the axis and hit-testing use. */
  currentScale(): ScaleTime<number, number> {
    return this.currentTransform().rescaleX(this.base);
  }

  destroy(): void {
    this.target.on('.zoom', null);
  }

  private currentTransform(): ZoomTransform {
    const node = this.target.node() as (SVGSVGElement & { __zoom?: ZoomTransform }) | null;
    return node?.__zoom ?? zoomIdentity;
  }

  private transformFor(view: TimeView): ZoomTransform {
    const k = viewSpan(this.bounds) / Math.max(1, viewSpan(view));
    const range0 = this.base.range()[0]!;
    return zoomIdentity.translate(range0 - k * this.base(view.start), 0).scale(k);
  }

  private handleZoom(transform: ZoomTransform): void {
    this.options.onView(viewOf(this.base, transform), this.applying ? 'code' : 'gesture');
  }
}

function viewOf(base: ScaleTime<number, number>, transform: ZoomTransform): TimeView {
  const [a, b] = transform.rescaleX(base).domain();
  const start = a!.getTime();
  const end = b!.getTime();
  return start <= end ? { start, end } : { start: end, end: start };
}
