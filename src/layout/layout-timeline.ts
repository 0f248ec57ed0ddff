import type { DateSet } from '../model/event-date.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { axisTicks, layoutBreaks } from './axis-ticks.js';
import { scaleColumns, stripColumns, type UnscaledColumn } from './density-strip.js';
import { visibleEvents } from './event-index.js';
import { laneDetail } from './lane-detail.js';
import { eraStripHeight, layoutEras } from './layout-eras.js';
import { OPEN_END_ROOM_PX, openExtent, openSideOf, type OpenSide } from './open-reach.js';
import type {
  LaneLayout,
  MarkLayout,
  TieLayout,
  TimelineLayout,
} from './mark-layout.js';
import { alternativesGeometry, alternativesOnScreen, drawnSet, isHedged, isSpreadDate, onScreen, type AlternativeGeometry, type AlternativesGeometry } from './layout-alternatives.js';
import { isCoarse, MIN_SPAN_PX, POINT_RADIUS_PX } from './mark-sizes.js';
import { packRows } from './pack-rows.js';
import { LABEL_OFFSET_PX, placeLabels, type LabelCopy, type LabelRequest, type Obstacle } from './place-labels.js';
import type { PreparedLane, PreparedTimeline } from './prepare-timeline.js';
import type { TimeView } from './time-view.js';

/** Vertical rhythm of the plot, in px. */
export const LANE_HEADER_PX = 18;
/** Where a lane's name starts from the plot's start edge (its swatch stands before it), px. */
export const LANE_NAME_INSET_PX = 24;
/** Where the lane's swatch starts from the start edge, px. */
const LANE_SWATCH_START_PX = 8;
export const ROW_HEIGHT_PX = 22;
export const LANE_GAP_PX = 6;
export { MIN_SPAN_PX, POINT_RADIUS_PX } from './mark-sizes.js';
/** Half the height of a span's bar, px. */
export const SPAN_HALF_HEIGHT_PX = 5;
/** How far the largest lane symbol (the star) reaches from a point's centre, px: more than the room packing keeps. */
export const POINT_SYMBOL_REACH_PX = 9;
/** How far a hedged mark's dashed edge (a 5 px stroke round its outline) reaches past its shape, px. */
export const HEDGED_EDGE_PX = 2.5;

/** Differences in position smaller than this do not show. */
const SUBPIXEL = 0.5;

export interface LayoutOptions {
  readonly width: number;
  /** 'rtl' runs time from right to left. */
  readonly direction?: 'ltr' | 'rtl';
  /** Width of an event's label in px; measured by the caller, which knows the font. */
  readonly labelWidth: (event: TimelineEvent) => number;
  /** The selected event: its label (bold, and what the reader is looking at) is placed first. */
  readonly selectedId?: string | undefined;
  /** Space above the first lane (the axis), in px. */
  readonly top?: number;
  /** Width of a lane's name as drawn (bold), px; a label in the lane's header line keeps clear of it. */
  readonly laneNameWidth?: (name: string) => number;
  /** The longest start of the title that fits `width` px; measured by the caller. */
  readonly shortenLabel?: (event: TimelineEvent, width: number) => string;
  /** The label an event gets where it fits: its title, or as much of a very long one as is ever drawn. */
  readonly labelText?: (event: TimelineEvent) => string;
}

/** Where every visible thing goes for one view: a pure function of data, view and size. */
export function layoutTimeline(prepared: PreparedTimeline, view: TimeView, options: LayoutOptions): TimelineLayout {
  const { width } = options;
  const rtl = options.direction === 'rtl';
  const { warp } = prepared;
  const warpedStart = warp.toWarped(view.start);
  // Plot-time ms per px: real ms per px wherever the axis is not broken.
  const msPerPx = (warp.toWarped(view.end) - warpedStart) / Math.max(1, width);
  const along = (t: number) => (warp.toWarped(t) - warpedStart) / msPerPx; // px in reading order of time
  const screenX = (u: number) => (rtl ? width - u : u);
  const screenXOf = (t: number) => screenX(along(t));

  const lanes: LaneLayout[] = [];
  const drafts: MarkDraft[] = [];
  const columns: UnscaledColumn[] = [];
  const laneNames: Obstacle[] = [];
  const { eras } = prepared.eventSet;
  let y = (options.top ?? 0) + eraStripHeight(eras);
  let visibleCopies = 0;

  for (const lane of prepared.lanes) {
    const y0 = y;
    const rowsTop = y0 + LANE_HEADER_PX;
    const laneName = laneNameBox(lane.label, y0, options);
    laneNames.push(laneName);
    // A folded lane is a strip of density columns: where its events are, not what they are.
    const detail = laneDetail(lane.index, view, msPerPx, width, lane.collapsed);
    const visibleCount = detail.visibleCount;
    visibleCopies += visibleCount;
    // A dense lane is all density columns and no single marks (level of detail), so every single is labelled.
    const header = { y: y0 + LANE_HEADER_PX / 2, clearFrom: rtl ? laneName.x0 - LABEL_OFFSET_PX : laneName.x1 + LABEL_OFFSET_PX };
    drafts.push(...layoutSingles(detail.singles, lane, prepared, y0, header, along, screenX, options));
    const band = { laneKey: lane.key, y0: rowsTop, y1: rowsTop + lane.rows * ROW_HEIGHT_PX };
    columns.push(...stripColumns(detail.bins, band, view, screenXOf));
    y = rowsTop + lane.rows * ROW_HEIGHT_PX + LANE_GAP_PX;
    lanes.push({
      key: lane.key,
      label: lane.label,
      colorIndex: lane.colorIndex,
      y0,
      y1: y,
      visibleCount,
      eventCount: lane.index.events.length,
      collapsed: lane.collapsed,
      ...(lane.gathered === undefined ? {} : { gathered: lane.gathered }),
    });
  }

  const clusters = scaleColumns(columns);
  const marks = labelMarks(drafts, [...clusters, ...laneNames], options);
  return {
    width,
    direction: rtl ? 'rtl' : 'ltr',
    height: y,
    lanes,
    marks,
    clusters,
    ties: tiesBetweenLanes(marks),
    eras: layoutEras(eras, view, options.top ?? 0, width, screenXOf),
    axis: axisTicks(view, warp, width, screenXOf),
    breaks: layoutBreaks(view, warp, screenXOf),
    visibleEventCount: visibleCopies - extraCopies(prepared, view),
  };
}

/** A mark with its row, before labels are placed over the whole plot. */
interface MarkDraft {
  readonly mark: MarkLayout;
  /** Centre lines of its lane's rows: a label that finds no room beside the mark may use another. */
  readonly laneRows: readonly number[];
  /** Its lane's header line beside the lane's name: a span's label may stand there, above it. */
  readonly header: { readonly y: number; readonly clearFrom: number };
}

/** One label per event, beside whichever of its copies has room (see place-labels.ts). */
function labelMarks(drafts: readonly MarkDraft[], drawn: readonly Obstacle[], options: LayoutOptions): MarkLayout[] {
  const copies: LabelCopy[] = drafts.map(({ mark, laneRows, header }) => ({
    eventId: mark.event.id,
    x0: mark.x0,
    x1: mark.x1,
    y: mark.y,
    kind: mark.kind,
    laneRows,
    header,
    ...markInk(mark),
    x: mark.x,
  }));
  const byEvent = new Map<string, number[]>();
  drafts.forEach(({ mark }, i) => {
    const list = byEvent.get(mark.event.id);
    // The primary copy first: it is the one packing kept room beside.
    if (!list) byEvent.set(mark.event.id, [i]);
    else if (mark.primary) list.unshift(i);
    else list.push(i);
  });
  const eventOf = (copies: readonly number[]) => drafts[copies[0]!]!.mark.event;
  const requests: LabelRequest[] = [...byEvent.values()]
    .map((copies) => ({ eventId: eventOf(copies).id, width: options.labelWidth(eventOf(copies)), copies }))
    // The selected event first; then events drawn once, which have one place for their label, before
    // those drawn in several lanes, which have several; then in time order, as a reader scans.
    .sort(
      (a, b) =>
        Number(b.eventId === options.selectedId) - Number(a.eventId === options.selectedId) ||
        Number(a.copies.length > 1) - Number(b.copies.length > 1) ||
        eventOf(a.copies).from - eventOf(b.copies).from,
    );
  const placed = placeLabels(copies, drawn, requests, { plotWidth: options.width, rtl: options.direction === 'rtl' });
  const marks = drafts.map(({ mark }, i) => {
    const y = placed.rowOf[i]!;
    return y === mark.y ? mark : { ...mark, y, row: mark.row + Math.round((y - mark.y) / ROW_HEIGHT_PX) };
  });
  placed.labels.forEach((label) => {
    if (!label) return;
    const mark = marks[label.copy]!;
    const whole = options.labelText?.(mark.event) ?? mark.event.title;
    const text = label.shortened ? (options.shortenLabel?.(mark.event, label.width) ?? whole) : whole;
    marks[label.copy] = {
      ...mark,
      labelShown: true,
      labelX: label.x0,
      labelY: label.y,
      labelText: text,
      ...(text !== mark.event.title ? { labelShortened: true } : {}),
    };
  });
  return marks;
}

/**
 * How far what is drawn of a mark reaches, for the labels to keep off: its symbol or bar, a dashed
 * edge, and the short bar a soft span too narrow for its fade is drawn as (plot-renderer.ts).
 */
function markInk(mark: MarkLayout): { halfHeight: number; reach: number } {
  const edge = mark.hedged ? HEDGED_EDGE_PX : 0;
  if (mark.alternatives) {
    // Soft alternatives are flat bars inside their box; a day's lane symbol is taller and reaches past it.
    const symbol = mark.alternatives.items.some((item) => item.kind === 'point' && !item.soft);
    return symbol
      ? { halfHeight: POINT_SYMBOL_REACH_PX + edge, reach: POINT_SYMBOL_REACH_PX - POINT_RADIUS_PX + edge }
      : { halfHeight: SPAN_HALF_HEIGHT_PX + edge, reach: edge };
  }
  return mark.kind === 'point'
    ? { halfHeight: POINT_SYMBOL_REACH_PX + edge, reach: POINT_SYMBOL_REACH_PX - POINT_RADIUS_PX + edge }
    : { halfHeight: SPAN_HALF_HEIGHT_PX + edge, reach: Math.max(edge, mark.soft ? POINT_RADIUS_PX - (mark.x1 - mark.x0) / 2 : 0) };
}

/** The box a lane's swatch and name take in its header line, which a label keeps clear of. */
function laneNameBox(name: string, laneTop: number, options: LayoutOptions): Obstacle {
  const end = LANE_NAME_INSET_PX + (options.laneNameWidth?.(name) ?? name.length * 8);
  const [x0, x1] = options.direction === 'rtl' ? [options.width - end, options.width - LANE_SWATCH_START_PX] : [LANE_SWATCH_START_PX, end];
  return { x0, x1, y0: laneTop, y1: laneTop + LANE_HEADER_PX };
}

/** Lanes beyond the first that visible events are drawn in: a multi-actor event is in each actor's lane. */
function extraCopies(prepared: PreparedTimeline, view: TimeView): number {
  const { sharedCopies } = prepared;
  if (view.start <= sharedCopies.earliestTo && view.end >= sharedCopies.latestFrom) return sharedCopies.extra;
  let extra = 0;
  for (const event of visibleEvents(prepared.shared, view)) extra += prepared.copiesOf(event) - 1;
  return extra;
}

function layoutSingles(
  events: readonly TimelineEvent[],
  lane: PreparedLane,
  prepared: PreparedTimeline,
  laneTop: number,
  header: MarkDraft['header'],
  along: (t: number) => number,
  screenX: (u: number) => number,
  options: LayoutOptions,
): MarkDraft[] {
  const rowsTop = laneTop + LANE_HEADER_PX;
  // Centre lines of the lane's rows, shared by its marks: a label that finds no room may use another row.
  const laneRows = Array.from({ length: lane.rows }, (_, r) => rowsTop + r * ROW_HEIGHT_PX + ROW_HEIGHT_PX / 2);
  const placed = events.map((event) => {
    const geometry = markGeometry(event, along, options.width);
    const primary = prepared.primaryLaneOf(event) === lane.key;
    // Rows are packed keeping room for the label beside the primary copy, where it is likeliest to go.
    const label = primary ? placeLabel(geometry, options.labelWidth(event), options.width) : undefined;
    return { event, geometry, primary, label };
  });
  const packed = packRows(
    placed.map(({ geometry: g, label }) => ({
      markStart: g.u0,
      markEnd: g.u1,
      start: label ? Math.min(g.u0, label.from) : g.u0,
      end: label ? Math.max(g.u1, label.to) : g.u1,
    })),
    lane.rows,
  );
  return placed.map(({ event, geometry: g, primary }, i) => {
    const { row } = packed[i]!;
    const mark: MarkLayout = {
      event,
      laneKey: lane.key,
      ...onScreen(g, screenX),
      ...(g.core ? { core: orderPair(screenX(g.core[0]), screenX(g.core[1])) } : {}),
      y: rowsTop + row * ROW_HEIGHT_PX + ROW_HEIGHT_PX / 2,
      row,
      labelShown: false,
      labelX: 0,
      labelY: 0,
      labelText: '',
      primary,
      ...(g.open ? { open: g.open } : {}),
      ...(g.alternatives ? { alternatives: alternativesOnScreen(g.alternatives, screenX) } : {}),
    };
    return { mark, laneRows, header };
  });
}

/** Where a label goes along the time direction: after its mark, or before it when it would run off the plot. */
function placeLabel(g: MarkGeometry, width: number, plotWidth: number): { from: number; to: number; before: boolean } {
  const after = { from: g.labelU, to: g.labelU + width, before: false };
  if (after.to <= plotWidth) return after;
  const to = g.u0 - LABEL_OFFSET_PX;
  return to - width >= 0 ? { from: to - width, to, before: true } : after;
}

/** A mark along the time direction: its kind, extent and point (px) as an alternative's, and what a whole event adds. */
interface MarkGeometry extends AlternativeGeometry {
  readonly core?: readonly [number, number];
  readonly labelU: number;
  readonly open?: OpenSide;
  readonly alternatives?: AlternativesGeometry;
}

function markGeometry(event: TimelineEvent, along: (t: number) => number, widthPx: number): MarkGeometry {
  const end = event.end ?? event.start;
  const open = openSideOf(event);
  const set = open === undefined ? drawnSet(event) : undefined;
  if (set) return setGeometry(set, along);
  // A span with a set at an end (`[2011-03-15,2011-03-18]/2011-04`) is soft there: the set's spread is what is not known.
  const soft = isCoarse(event.start.precision) || isCoarse(end.precision) || isSpreadDate(event.start) || isSpreadDate(end);
  const hedged = isHedged(event.start) || isHedged(end);
  // An open side runs past the view's edge: a bar that goes on, never a sliver of its known date.
  const [from, to] = openExtent(along(event.from), along(event.to), open, widthPx);
  const isSpan = open !== undefined || (to - from >= MIN_SPAN_PX && (event.end !== undefined || soft));
  if (!isSpan) {
    const u = (from + to) / 2;
    return { kind: 'point', soft, hedged, u0: u - POINT_RADIUS_PX, u1: u + POINT_RADIUS_PX, u, labelU: u + POINT_RADIUS_PX + LABEL_OFFSET_PX };
  }
  const coreFrom = along(event.start.latest);
  const coreTo = along(end.earliest);
  // A hard-edged span whose core is its extent to within a pixel looks the same without it: one node fewer.
  const distinct = soft || coreFrom - from >= SUBPIXEL || to - coreTo >= SUBPIXEL;
  const core = event.end && coreTo > coreFrom && distinct ? ([coreFrom, coreTo] as const) : undefined;
  const openStart = open === 'start' || open === 'both';
  const labelU = Math.max(from, openStart ? OPEN_END_ROOM_PX : 0) + LABEL_OFFSET_PX;
  const span = { kind: 'span', soft, hedged, u0: from, u1: to, u: from, ...(core ? { core } : {}), labelU } as const;
  return open ? { ...span, open } : span;
}

/** A date that is one of several, or all of them: its alternatives, labelled after the last as a point is. */
function setGeometry(set: DateSet, along: (t: number) => number): MarkGeometry {
  const alternatives = alternativesGeometry(set, along);
  const { items, u0, u1 } = alternatives;
  const lone = items.length === 1 && !alternatives.earlier && !alternatives.later;
  return {
    kind: lone ? items[0]!.kind : 'span',
    soft: items.some((item) => item.soft),
    hedged: items.some((item) => item.hedged),
    u0,
    u1,
    u: items[0]!.u,
    labelU: u1 + LABEL_OFFSET_PX,
    alternatives,
  };
}

function orderPair(a: number, b: number): readonly [number, number] {
  return a <= b ? [a, b] : [b, a];
}

function tiesBetweenLanes(marks: readonly MarkLayout[]): TieLayout[] {
  const byEvent = new Map<string, MarkLayout[]>();
  for (const mark of marks) {
    if (mark.event.actors.length < 2) continue;
    const list = byEvent.get(mark.event.id);
    if (list) list.push(mark);
    else byEvent.set(mark.event.id, [mark]);
  }
  const ties: TieLayout[] = [];
  for (const [eventId, copies] of byEvent) {
    if (copies.length < 2) continue;
    const ys = copies.map((m) => m.y);
    ties.push({ eventId, x: copies[0]!.x, y0: Math.min(...ys), y1: Math.max(...ys) });
  }
  return ties;
}
