/**
 * The window of time on screen, as an immutable value (UTC ms). Zooming and
 * panning produce new views; nothing mutates one in place.
 */
export interface TimeView {
  readonly start: number;
  readonly end: number;
}

/** The narrowest view: about an hour, below which day-precision data says nothing more. */
export const MIN_VIEW_SPAN_MS = 60 * 60 * 1000;
/** Share of the data's extent added on each side when fitting, so edge marks are not cut. */
export const FIT_MARGIN = 0.04;
/** The least time a fit shows: a single event still gets a fortnight of context around it. */
const MIN_EXTENT_MS = 14 * 24 * 60 * 60 * 1000;
/**
 * The view when there is no data at all: only a span for the zoom to work in. Its years mean nothing,
 * so nothing may show them: the axis draws no ticks over an empty timeline (PlotState.empty).
 */
export const EMPTY_VIEW: TimeView = { start: Date.UTC(2011, 0, 1), end: Date.UTC(2020, 0, 1) };

export function viewSpan(view: TimeView): number {
  return view.end - view.start;
}

/** The extent to fit, with a margin so that marks at the edges stay whole. */
export function paddedExtent(from: number, to: number, margin = FIT_MARGIN): TimeView {
  const span = to - from;
  const pad = Math.max(span * margin, MIN_VIEW_SPAN_MS, (MIN_EXTENT_MS - span) / 2);
  return { start: from - pad, end: to + pad };
}

/**
 * Keeps a requested view inside the zoom bounds: no narrower than
 * MIN_VIEW_SPAN_MS, no wider than `bounds`, and within `bounds` when it fits.
 */
export function clampView(view: TimeView, bounds: TimeView): TimeView {
  let start = Math.min(view.start, view.end);
  let end = Math.max(view.start, view.end);
  const span = Math.min(Math.max(end - start, MIN_VIEW_SPAN_MS), viewSpan(bounds));
  const centre = (start + end) / 2;
  start = centre - span / 2;
  end = centre + span / 2;
  if (start < bounds.start) [start, end] = [bounds.start, bounds.start + span];
  if (end > bounds.end) [start, end] = [bounds.end - span, bounds.end];
  return { start, end };
}

/** The view zoomed by `factor` (>1 zooms in) keeping the instant `anchor` where it is. */
export function zoomView(view: TimeView, factor: number, anchor = (view.start + view.end) / 2): TimeView {
  return {
    start: anchor - (anchor - view.start) / factor,
    end: anchor + (view.end - anchor) / factor,
  };
}

export function sameView(a: TimeView, b: TimeView, toleranceMs = 1): boolean {
  return Math.abs(a.start - b.start) <= toleranceMs && Math.abs(a.end - b.end) <= toleranceMs;
}
