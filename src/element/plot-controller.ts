import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { layoutTimeline } from '../layout/layout-timeline.js';
import type { MarkLayout, TimelineLayout } from '../layout/mark-layout.js';
import { reachesInto } from '../layout/open-reach.js';
import { panShiftPx, withinPanReach } from '../layout/pan-shift.js';
import type { PreparedTimeline } from '../layout/prepare-timeline.js';
import { EMPTY_VIEW, sameView, viewSpan, type TimeView } from '../layout/time-view.js';
import { displayText } from '../model/display-text.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { AXIS_HEIGHT_PX, PlotRenderer, type PlotCallbacks } from '../render/plot-renderer.js';
import { TimeZoom, ZOOM_STEP } from '../render/time-zoom.js';
import { passVerticalSwipesToPage } from '../render/vertical-swipe.js';
import { LABEL_FONT, SELECTED_LABEL_FONT } from './conflict-timeline.styles.js';
import { LabelMeasure } from './label-measure.js';
import type { LocalePack } from './locale-pack.js';
import { ResizeController } from './resize-controller.js';
import { timelineEvent } from './timeline-events.js';

/** Width used before the first resize report, and when the element is not laid out. */
const DEFAULT_WIDTH_PX = 800;
/** Height of the zoom's extent before the first layout. */
const DEFAULT_HEIGHT_PX = 300;
/** Keyboard zooms into a clustered event at most this many times to reach a single mark. */
const MAX_ZOOM_TO_REVEAL = 12;
/**
 * Idle work no reader has asked for yet (the search's warm-up) waits until the view has stood still
 * this long: longer than the pauses inside a wheel zoom, a drag or a key held down.
 */
const VIEW_STILL_MS = 500;

/** What the plot shows, read from the host at each frame. */
export interface PlotInputs {
  readonly prepared: PreparedTimeline | undefined;
  readonly selectedId: string | undefined;
  readonly pack: LocalePack;
}

export interface PlotOptions extends PlotCallbacks {
  readonly inputs: () => PlotInputs;
  /** Whether a wheel turn zooms; one that does not is left to the page. */
  readonly wheelZooms: (event: WheelEvent) => boolean;
  /** A gesture (drag, wheel, pinch) moved the view. */
  readonly onGesture: () => void;
  /** A gesture ended. */
  readonly onSettle: () => void;
  /** A frame was drawn (its layout is `layout`). */
  readonly onDrawn: () => void;
}

type PlotHost = ReactiveControllerHost & HTMLElement;

/** What the last layout was made of: a frame that differs from it only by a pan may move it instead. */
interface LaidOut {
  readonly view: TimeView;
  readonly prepared: PreparedTimeline;
  readonly selectedId: string | undefined;
  readonly pack: LocalePack;
  readonly width: number;
  readonly rtl: boolean;
}

/** A view drawn apart from the live plot (see PlotController.drawCopy). */
export interface PlotCopy {
  readonly svg: SVGSVGElement;
  readonly view: TimeView;
  readonly layout: TimelineLayout;
}

/** A swipe ends when its wheel turns pause this long: d3-zoom's wait before it ends a wheel zoom. */
export const SWIPE_END_MS = 150;

/**
 * The plot engine under the element, in the manner of @lit-labs/virtualizer: the renderer, the zoom,
 * the view, the direction of time, the width, and the frames that draw them. The host says what to
 * show (PlotInputs); this decides when and where. Fires `ct-view-change`.
 */
export class PlotController implements ReactiveController {
  /** The window of time on screen. */
  view: TimeView = EMPTY_VIEW;
  /** The mark or cluster that holds the roving tab stop. */
  focusKey?: string;
  /** The layout of the last frame drawn. */
  layout?: TimelineLayout;
  /** Time runs right to left. */
  rtl = false;

  private renderer?: PlotRenderer;
  private zoom?: TimeZoom;
  /** The width the plot is laid out at: its box's, or one asked for by layOutAt (the paper's). */
  private width = 0;
  /** The plot's box width, as last reported. */
  private boxWidth = 0;
  /** A width asked for apart from the box's (see layOutAt). */
  private fixedWidth?: number;
  private frame = 0;
  /** The last layout's inputs (see LaidOut). */
  private laidOut?: LaidOut;
  /** Something besides a reader's pan changed since the last layout: the next frame lays out. */
  private needsLayout = true;
  /** A reader's gesture has moved the view and not ended. */
  private gestureMoving = false;
  /** When the view last changed (performance.now()), by a gesture or in code. */
  private viewChangedAt = -Infinity;
  /** Ends a sideways swipe once its wheel turns pause (see swipe). */
  private swipeEndTimer = 0;
  private frameWaiters: Array<() => void> = [];
  /** The task that joins the accessible layer a frame left (scheduleAccessible), if one is set. */
  private accessibleTask = 0;
  private lastFiredView?: TimeView;
  /** The view to show once the zoom exists and the data is in: set on new data or a new `view-start`/`view-end`. */
  private pendingView?: () => TimeView;
  private readonly labels = new LabelMeasure(LABEL_FONT);
  /** The data whose titles are being measured ahead (see LabelMeasure.measureAhead), and its stop. */
  private measuringAhead?: { readonly prepared: PreparedTimeline; readonly stop: AbortController };
  private readonly selectedLabels = new LabelMeasure(SELECTED_LABEL_FONT);
  private readonly resize: ResizeController;
  private unwatchMedia?: () => void;
  /**
   * The lanes are scrolled in their frame, as its last scroll event told: read there, not in a frame's
   * draw, where reading scrollTop after the draw's writes would force a layout in the middle of the frame.
   */
  private lanesScrolled = false;

  constructor(
    private readonly host: PlotHost,
    private readonly options: PlotOptions,
  ) {
    host.addController(this);
    this.resize = new ResizeController(host, (width) => this.resized(width));
  }

  /**
   * Before when (performance.now()) work a reader has not asked for yet may run in idle time: once the
   * view has stood still for VIEW_STILL_MS, not between the steps of a zoom or a pan.
   */
  readonly idleWorkAfter = (): number => this.viewChangedAt + VIEW_STILL_MS;

  /** Width of a lane's name as the plot draws it (bold), px. */
  readonly laneNameWidth = (name: string): number => this.selectedLabels.widthOfText(name);

  /** Draws into `container` (the host's plot element, once rendered). */
  attach(container: HTMLElement): void {
    const { inputs, wheelZooms, onGesture, onSettle, onDrawn, ...callbacks } = this.options;
    this.renderer = new PlotRenderer(container, callbacks, { canvas: true });
    this.watchDrawingMedia();
    this.zoom = new TimeZoom(this.renderer.svg, {
      onView: (view, source) => {
        this.view = view;
        this.viewChangedAt = performance.now();
        // Only a reader's gesture may move what is drawn instead of laying it out (see draw).
        if (source === 'gesture') this.gestureMoving = true;
        else this.needsLayout = true;
        this.scheduleFrame();
        if (source === 'gesture') onGesture();
      },
      onSettle: () => {
        this.settleGesture();
        onSettle();
      },
      wheelZooms,
    });
    passVerticalSwipesToPage(container);
    // Lanes past the element's height scroll inside its frame; the axis stays in sight above them.
    const frame = container.parentElement;
    frame?.addEventListener(
      'scroll',
      () => {
        this.lanesScrolled = frame.scrollTop > 0;
        this.pinAxis();
      },
      { passive: true },
    );
    this.resize.observe(container);
    this.boxWidth = container.clientWidth || DEFAULT_WIDTH_PX;
    this.width = this.fixedWidth ?? this.boxWidth;
    // Controllers hear of an update before the host's firstUpdated, where this runs: a view asked for in the first update waits here.
    if (this.pendingView) this.applyPendingView();
  }

  hostUpdated(): void {
    if (this.pendingView) this.applyPendingView();
    // A theme or the page's colours may have changed with the host: the canvas repaints if so.
    this.renderer?.refreshColours();
  }

  hostConnected(): void {
    this.watchDrawingMedia();
  }

  hostDisconnected(): void {
    this.unwatchMedia?.();
    clearTimeout(this.swipeEndTimer);
    this.swipeEndTimer = 0;
    clearTimeout(this.accessibleTask);
    this.accessibleTask = 0;
    this.measuringAhead?.stop.abort();
    this.measuringAhead = undefined;
    this.unwatchMedia = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.flushFrameWaiters();
  }

  /** New data, or a new requested view: show `view()` once the plot can. */
  resetView(view: () => TimeView): void {
    this.pendingView = view;
  }

  /** Shows a view (real time, clamped to the zoom bounds). */
  show(view: TimeView): void {
    if (this.zoom && this.options.inputs().prepared) this.zoom.show(view);
  }

  zoomBy(factor: number, anchor?: number): void {
    this.zoom?.zoomBy(factor, anchor);
  }

  panBy(px: number): void {
    this.zoom?.panBy(px);
  }

  /**
   * Pans by px for a reader's sideways swipe: a gesture like a drag, moving what is drawn while it stays
   * within reach (see draw) and laid out once the turns pause for SWIPE_END_MS, when the gesture settles.
   */
  swipe(px: number): void {
    if (!this.zoom) return;
    this.zoom.panBy(px, 'gesture');
    clearTimeout(this.swipeEndTimer);
    this.swipeEndTimer = window.setTimeout(() => {
      this.swipeEndTimer = 0;
      this.settleGesture();
      this.options.onSettle();
    }, SWIPE_END_MS);
  }

  /** Whether any of the event (its span, or the reach of an open end) is on screen. */
  shows(event: TimelineEvent): boolean {
    return reachesInto(event, this.view);
  }

  /** Pans (widening the view for a long span) until the event is on screen. */
  bringIntoView(event: TimelineEvent): void {
    if (this.shows(event)) return;
    const mid = (event.from + event.to) / 2;
    const wanted = Math.max(viewSpan(this.view), (event.to - event.from) * 1.2);
    this.show({ start: mid - wanted / 2, end: mid + wanted / 2 });
  }

  /** Moves focus to an event's mark, panning (and zooming into a cluster) until it is drawn. */
  focusEvent(id: string): void {
    const event = this.options.inputs().prepared?.byId.get(id);
    if (!event || !this.renderer) return;
    this.focusKey = id;
    this.bringIntoView(event);
    // Zoom in until the event has a mark of its own: each step is tried as a layout only (a tenth of a
    // frame's cost), and only the view that shows it is drawn.
    for (let i = 0; i < MAX_ZOOM_TO_REVEAL && !this.layoutFor(this.view)?.marks.some((m) => m.primary && m.event.id === id); i++) {
      this.zoom?.zoomBy(ZOOM_STEP, (event.from + event.to) / 2);
    }
    this.drawNow();
    this.renderer.markNode(id)?.focus();
  }

  /** The layout a view would have, with the current data, width and selection. */
  layoutFor(view: TimeView): TimelineLayout | undefined {
    const { prepared, selectedId } = this.options.inputs();
    if (!prepared) return undefined;
    const measureOf = (event: TimelineEvent) => (event.id === selectedId ? this.selectedLabels : this.labels);
    return layoutTimeline(prepared, view, {
      width: this.width,
      direction: this.rtl ? 'rtl' : 'ltr',
      labelWidth: (event) => measureOf(event).widthOf(event),
      shortenLabel: (event, width) => measureOf(event).shorten(event, width),
      labelText: (event) => displayText(event.title),
      laneNameWidth: this.selectedLabels.widthOfText,
      selectedId,
      top: AXIS_HEIGHT_PX,
    });
  }

  /**
   * Draws a view into a new SVG in `container`, apart from the live plot, which keeps its view and
   * nodes: `current` is the view on screen, `all` the data's extent, both at the current width.
   */
  drawCopy(container: HTMLElement, which: 'current' | 'all'): PlotCopy | undefined {
    const { prepared, selectedId, pack } = this.options.inputs();
    if (!prepared) return undefined;
    const view = which === 'all' ? prepared.extent : this.view;
    const layout = this.layoutFor(view)!;
    // No hover: the copy is a picture, not a control.
    const { inputs, wheelZooms, onGesture, onSettle, onDrawn, hover, ...callbacks } = this.options;
    const renderer = new PlotRenderer(container, callbacks);
    renderer.render(layout, { selectedId, language: pack, empty: prepared.empty });
    return { svg: renderer.svg, view, layout };
  }

  /**
   * Lays the plot out `width` px wide whatever the width of its box, keeping the view, and draws at
   * once (a page being printed runs no animation frame); `undefined` goes back to the box's width.
   * Printing asks for the paper's width, so that labels are placed for the paper, not the screen.
   */
  layOutAt(width: number | undefined): void {
    this.fixedWidth = width;
    this.applyWidth(width ?? this.boxWidth);
    this.drawNow();
  }

  /** Lays out and draws on the next frame (once, however often asked). */
  requestDraw(): void {
    this.needsLayout = true;
    this.scheduleFrame();
  }

  private scheduleFrame(): void {
    if (this.frame || !this.renderer) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws at once instead of on the next frame: keyboard focus needs the node now. */
  drawNow(): void {
    this.needsLayout = true;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  /** Whether a frame is waiting to be drawn. */
  get framePending(): boolean {
    return this.frame !== 0;
  }

  /** Resolves when the frame asked for (if any) has been drawn, its accessible layer included. */
  get drawn(): Promise<void> {
    return new Promise((resolve) => (this.frame || this.renderer?.accessibleDue ? this.frameWaiters.push(resolve) : resolve()));
  }

  private applyPendingView(): void {
    const { prepared } = this.options.inputs();
    if (!prepared || !this.zoom) return;
    const view = this.pendingView!();
    this.pendingView = undefined;
    this.rtl = runsRightToLeft(this.host);
    this.configureZoom(prepared, view);
    this.requestDraw();
  }

  private configureZoom(prepared: PreparedTimeline, view: TimeView): void {
    this.zoom!.configure(prepared.bounds, this.width, this.layout?.height ?? DEFAULT_HEIGHT_PX, this.rtl, view, prepared.warp);
  }

  private resized(width: number): void {
    if (width <= 0) return;
    this.boxWidth = width;
    if (this.fixedWidth === undefined) this.applyWidth(width);
  }

  private applyWidth(width: number): void {
    if (width <= 0 || Math.abs(width - this.width) < 0.5) return;
    this.width = width;
    const { prepared } = this.options.inputs();
    if (prepared && this.zoom) this.configureZoom(prepared, this.view);
    this.requestDraw();
  }

  /** One frame: lay out the visible slice and join it to the SVG. */
  private draw(): void {
    const { prepared, selectedId, pack } = this.options.inputs();
    if (this.renderer && this.zoom && prepared) {
      if (runsRightToLeft(this.host) !== this.rtl) {
        // Direction changed (here or on an ancestor): time now runs the other way.
        this.rtl = !this.rtl;
        this.configureZoom(prepared, this.view);
      }
      const shift = this.panShift(prepared, selectedId, pack);
      if (shift === undefined) {
        const layout = this.layoutFor(this.view)!;
        this.layout = layout;
        this.laidOut = { view: this.view, prepared, selectedId, pack, width: this.width, rtl: this.rtl };
        this.needsLayout = false;
        this.focusKey = rovingKey(layout, this.focusKey);
        // A plot laid out at a fixed width is the paper's: it prints as SVG.
        const canvas = this.fixedWidth === undefined;
        this.renderer.render(layout, { selectedId, focusKey: this.focusKey, language: pack, empty: prepared.empty, canvas, accessibleLater: true });
        this.measureAhead(prepared);
      } else {
        this.renderer.setPanning(true);
        this.renderer.shift(shift);
      }
      this.pinAxis();
      this.fireViewChange();
      this.options.onDrawn();
    }
    if (this.renderer?.accessibleDue) this.scheduleAccessible();
    else this.flushFrameWaiters();
  }

  /** Once data is first drawn, its titles are measured in idle time, before zooms meet them. */
  private measureAhead(prepared: PreparedTimeline): void {
    if (this.measuringAhead?.prepared === prepared) return;
    this.measuringAhead?.stop.abort();
    this.measuringAhead = { prepared, stop: new AbortController() };
    this.labels.measureAhead(prepared.eventSet.events, this.measuringAhead.stop.signal);
  }

  /**
   * Joins the accessible layer a frame left (see PlotRenderer.render) in a task after it, once the
   * frame is on screen. Not while another frame is asked for, or a reader's gesture goes on: that
   * frame, or the gesture's settling, asks again. Those waiting for the frame wait for this too.
   */
  private scheduleAccessible(): void {
    if (this.accessibleTask) return;
    this.accessibleTask = window.setTimeout(() => {
      this.accessibleTask = 0;
      if (this.frame || this.gestureMoving) return;
      // Focus may have joined it already (markNode): those waiting are then answered all the same.
      if (this.renderer?.accessibleDue) {
        this.renderer.flushAccessible();
        // The tooltip may stand by a group the join has moved or removed.
        this.options.onDrawn();
      }
      this.flushFrameWaiters();
    });
  }

  /**
   * How far to move the last layout to show the view, when a reader's pan is all that changed since
   * it and it has moved less than PAN_SHIFT_REACH of the width; `undefined` when the frame lays out.
   * The layout, and so `layout` and the roving tab stop, stay those of the view laid out.
   */
  private panShift(prepared: PreparedTimeline, selectedId: string | undefined, pack: LocalePack): number | undefined {
    const last = this.laidOut;
    if (!this.gestureMoving || this.needsLayout || !last) return undefined;
    if (last.prepared !== prepared || last.selectedId !== selectedId || last.pack !== pack || last.width !== this.width || last.rtl !== this.rtl) {
      return undefined;
    }
    const shift = panShiftPx(last.view, this.view, prepared.warp, this.width, this.rtl);
    return shift !== undefined && withinPanReach(shift, this.width) ? shift : undefined;
  }

  /** A gesture ended: what it moved is laid out for where it stopped, so the plot is as any frame draws it. */
  private settleGesture(): void {
    const moving = this.gestureMoving;
    this.gestureMoving = false;
    this.renderer?.setPanning(false);
    if (moving) this.drawNow();
  }

  /**
   * While the lanes are scrolled, a copy of the axis stands over them in the frame's sticky strip
   * (`svg.axis-pin`): an SVG group cannot stick, and the copy costs a few dozen nodes a frame.
   */
  private pinAxis(): void {
    const frame = this.renderer?.svg.parentElement?.parentElement;
    const pin = frame?.querySelector<SVGSVGElement>(':scope > svg.axis-pin');
    if (!frame || !pin || !this.renderer || !this.layout) return;
    const scrolled = this.lanesScrolled;
    pin.classList.toggle('shown', scrolled);
    if (!scrolled) return;
    pin.setAttribute('width', String(this.layout.width));
    pin.replaceChildren(this.renderer.axisCopy());
  }

  /**
   * Forced colours draw every shape in the SVG (the canvas cannot take system colours from the styles),
   * and a change of colour scheme gives the canvas other colours: either draws the plot again.
   */
  private watchDrawingMedia(): void {
    if (this.unwatchMedia || !this.renderer || typeof matchMedia !== 'function') return;
    const queries = ['(forced-colors: active)', '(prefers-color-scheme: dark)'].map((q) => matchMedia(q));
    const changed = () => this.requestDraw();
    for (const query of queries) query.addEventListener('change', changed);
    this.unwatchMedia = () => {
      for (const query of queries) query.removeEventListener('change', changed);
    };
  }

  highlight(eventId: string | undefined): void {
    this.renderer?.highlight(eventId);
  }

  private fireViewChange(): void {
    if (this.lastFiredView && sameView(this.lastFiredView, this.view)) return;
    this.lastFiredView = this.view;
    this.host.dispatchEvent(timelineEvent('ct-view-change', { start: new Date(this.view.start), end: new Date(this.view.end) }));
  }

  private flushFrameWaiters(): void {
    const waiters = this.frameWaiters;
    this.frameWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** The one mark or cluster in the tab order: the focused one if still drawn, else the earliest drawn. */
function rovingKey(layout: TimelineLayout, current: string | undefined): string | undefined {
  const drawn = (key: string) =>
    layout.marks.some((m) => m.primary && m.event.id === key) || layout.clusters.some((c) => c.key === key);
  if (current && drawn(current)) return current;
  let first: MarkLayout | undefined;
  for (const mark of layout.marks) if (mark.primary && (!first || mark.event.from < first.event.from)) first = mark;
  return first?.event.id ?? layout.clusters[0]?.key;
}

/** Whether the element's direction is right to left, by `:dir()` where the DOM knows it, else by the nearest `dir`. */
function runsRightToLeft(host: HTMLElement): boolean {
  try {
    return host.matches(':dir(rtl)');
  } catch {
    // A test DOM whose selector engine has no :dir().
    return host.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl';
  }
}
