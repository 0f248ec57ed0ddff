import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { clampView, MIN_VIEW_SPAN_MS, sameView, viewSpan, zoomView, type TimeView } from '../layout/time-view.js';
import { IDENTITY_WARP, type TimeWarp } from '../layout/time-warp.js';

/** How much one zoom-in press or key zooms. */
export const ZOOM_STEP = 2;

export interface TimeZoomOptions {
  /**
   * Called on every change of view: 'gesture' when d3-zoom handled a reader's wheel, pointer or touch,
   * 'code' when a method here moved it (configure, show, zoomBy, panBy), unless panBy was told it moves
   * for a reader's gesture (a sideways swipe, which d3-zoom leaves to us). A call made while a gesture
   * is under way (a wheel not yet at rest) joins that gesture, as d3-zoom has it, and is reported with it.
   */
  readonly onView: (view: TimeView, source: 'gesture' | 'code') => void;
  /** Called when a gesture ends (wheel pause, pointer up). */
  readonly onSettle?: () => void;
  /** Whether a wheel turn zooms; one that does not is left to the page. Every turn zooms when absent. */
  readonly wheelZooms?: (event: WheelEvent) => boolean;
}

/**
 * d3-zoom on the x axis only, translated to and from a TimeView value. The
 * base scale spans the zoom bounds (the data's padded extent) in plot time,
 * where the data's long empty stretches are collapsed (see time-warp.ts); the
 * current view is base rescaled by the zoom transform, as in d3-zoom's own
 * examples, and read back as real time. Zoom and pan are linear in plot time,
 * so they stay continuous across a collapsed stretch.
 */
export class TimeZoom {
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly target: Selection<SVGSVGElement, unknown, null, undefined>;
  private base: ScaleLinear<number, number> = scaleLinear();
  /** Zoom bounds in plot (warped) time. */
  private bounds: TimeView = { start: 0, end: 1 };
  private warp: TimeWarp = IDENTITY_WARP;
  private width = 1;
  /** The real view a call from code asked for: reported as asked, not as read back through the transform. */
  private asked?: TimeView;
  /** Set while panBy moves for a reader's gesture: its view is reported as the gesture's. */
  private panByReader = false;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly options: TimeZoomOptions,
  ) {
    this.target = select(svg);
    this.behavior = zoom<SVGSVGElement, unknown>()
      // d3-zoom's default filter, except that the wheel is asked: then it neither zooms nor cancels the page's scroll.
      .filter((event: Event) =>
        event instanceof WheelEvent ? (options.wheelZooms?.(event) ?? true) : !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button,
      )
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.handleZoom(event))
      // A swipe's steps each end at once in d3-zoom; the swipe ends when its caller says (see panBy).
      .on('end', () => {
        if (!this.panByReader) this.options.onSettle?.();
      });
    this.target.call(this.behavior);
    // Double-click zoom fights with double-click selection of text in details; buttons and keys zoom instead.
    this.target.on('dblclick.zoom', null);
  }

  /** Sets the zoom bounds (real time), the plot's time warp and size, keeping `view` on screen. */
  configure(bounds: TimeView, width: number, height: number, rtl: boolean, view: TimeView, warp: TimeWarp = IDENTITY_WARP): void {
    this.warp = warp;
    this.bounds = this.toWarped(bounds);
    this.width = Math.max(1, width);
    this.base = scaleLinear()
      .domain([this.bounds.start, this.bounds.end])
      .range(rtl ? [this.width, 0] : [0, this.width]);
    const maxScale = viewSpan(this.bounds) / MIN_VIEW_SPAN_MS;
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

  /** Moves to a view (real time, clamped to the bounds) without animation. */
  show(view: TimeView): TimeView {
    const warped = this.toWarped(view);
    // Inside a collapsed stretch a warped ms is many real ones: reading the view back through the
    // transform would move "1 September" to the last ms of August. Report what was asked when it stood.
    return this.showWarped(warped, sameView(clampView(warped, this.bounds), warped) ? view : undefined);
  }

  private showWarped(view: TimeView, asked?: TimeView): TimeView {
    const clamped = clampView(view, this.bounds);
    // d3-zoom dispatches synchronously: the zoom handler sees `asked` for this call only.
    this.asked = asked;
    try {
      this.target.call(this.behavior.transform, this.transformFor(clamped));
    } finally {
      this.asked = undefined;
    }
    return this.currentView();
  }

  /** Zooms by a factor (>1 zooms in) around an instant (the view's centre on screen by default). */
  zoomBy(factor: number, anchor?: number): TimeView {
    // In plot time, where zooming is linear across collapsed stretches.
    return this.showWarped(zoomView(this.warpedView(), factor, anchor === undefined ? undefined : this.warp.toWarped(anchor)));
  }

  /**
   * Pans by screen px, as dragging leftward by that much would (negative: rightward). Reported as 'code',
   * or as 'gesture' for a reader's sideways swipe: d3-zoom leaves those to us, and the caller tells when one ends.
   */
  panBy(px: number, source: 'gesture' | 'code' = 'code'): void {
    this.panByReader = source === 'gesture';
    try {
      // translateBy moves in unzoomed units: divide by the scale for screen px.
      this.target.call(this.behavior.translateBy, -px / this.currentTransform().k, 0);
    } finally {
      this.panByReader = false;
    }
  }

  currentView(): TimeView {
    const view = this.warpedView();
    return { start: this.warp.fromWarped(view.start), end: this.warp.fromWarped(view.end) };
  }

  private warpedView(): TimeView {
    return warpedViewOf(this.base, this.currentTransform());
  }

  private currentTransform(): ZoomTransform {
    return zoomTransform(this.svg);
  }

  private toWarped(view: TimeView): TimeView {
    return { start: this.warp.toWarped(view.start), end: this.warp.toWarped(view.end) };
  }

  private transformFor(view: TimeView): ZoomTransform {
    const k = viewSpan(this.bounds) / Math.max(1, viewSpan(view));
    const range0 = this.base.range()[0]!;
    return zoomIdentity.translate(range0 - k * this.base(view.start), 0).scale(k);
  }

  private handleZoom(event: D3ZoomEvent<SVGSVGElement, unknown>): void {
    const view = warpedViewOf(this.base, event.transform);
    const real = this.asked ?? { start: this.warp.fromWarped(view.start), end: this.warp.fromWarped(view.end) };
    // d3-zoom gives the reader's event as sourceEvent; a call to behavior.transform or translateBy has none.
    this.options.onView(real, event.sourceEvent || this.panByReader ? 'gesture' : 'code');
  }
}

function warpedViewOf(base: ScaleLinear<number, number>, transform: ZoomTransform): TimeView {
  const [start, end] = transform.rescaleX(base).domain() as [number, number];
  return start <= end ? { start, end } : { start: end, end: start };
}
