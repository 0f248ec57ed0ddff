/**
 * A date that is one of several (EDTF `[2018-09-17,2018-09-18]`), or all of them (`{2019-01,2019-02}`),
 * drawn as its alternatives linked as one event: each at its own place and precision, the way a
 * date of that precision alone is drawn (a day a point, a month a soft span), with `[..a]` and
 * `[a..]` running on a short way toward earlier or later time.
 */
import type { DateSet, DateSetMember, EventDate } from '../model/event-date.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import type { AlternativeLayout, AlternativesLayout } from './mark-layout.js';
import { isCoarse, MIN_SPAN_PX, POINT_RADIUS_PX } from './mark-sizes.js';

/** How far a run-on reaches past its alternative, px: far enough to read as "goes on", short of a span. */
export const RUN_ON_PX = 24;

/**
 * The set an event is drawn as the alternatives of: its date when that is one date (no end) given
 * as a set of more than one, or of a run, or running on. A set at either end of a span is drawn as
 * the span, soft at that end (see isSpreadDate).
 */
export function drawnSet(event: TimelineEvent): DateSet | undefined {
  // A set of one plain date (`[2019-02-14]`) is parsed as that date, without a set.
  return event.end === undefined ? event.start.set : undefined;
}

/** A date given as a set: where it stands within its spread is not known. */
export function isSpreadDate(date: EventDate): boolean {
  return date.set !== undefined;
}

/** One alternative along the time direction, px from the view's start. */
export interface AlternativeGeometry {
  readonly kind: 'point' | 'span';
  readonly soft: boolean;
  readonly hedged: boolean;
  readonly u0: number;
  readonly u1: number;
  readonly u: number;
}

/** A set's alternatives along the time direction, and the whole extent they and their run-ons take. */
export interface AlternativesGeometry {
  readonly kind: DateSet['kind'];
  readonly items: readonly AlternativeGeometry[];
  /** Run-ons as [from, tip] along the time direction. */
  readonly earlier?: readonly [number, number];
  readonly later?: readonly [number, number];
  readonly u0: number;
  readonly u1: number;
}

export function alternativesGeometry(set: DateSet, along: (t: number) => number): AlternativesGeometry {
  const items = set.members.map((member) => alternativeGeometry(member, along));
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const earlier = set.earlier ? ([first.u0, first.u0 - RUN_ON_PX] as const) : undefined;
  const later = set.later ? ([last.u1, last.u1 + RUN_ON_PX] as const) : undefined;
  let u0 = earlier ? earlier[1] : Infinity;
  let u1 = later ? later[1] : -Infinity;
  for (const item of items) {
    u0 = Math.min(u0, item.u0);
    u1 = Math.max(u1, item.u1);
  }
  return { kind: set.kind, items, ...(earlier ? { earlier } : {}), ...(later ? { later } : {}), u0, u1 };
}

/**
 * A day is a point, as a day alone is. A coarser date or a run of dates is a soft span over what it
 * covers; narrower than a point's room it is a soft point there, so it never overhangs its box.
 */
function alternativeGeometry(member: DateSetMember, along: (t: number) => number): AlternativeGeometry {
  const last = member.through ?? member.date;
  const from = along(member.date.earliest);
  const to = along(last.latest);
  const soft = member.through !== undefined || isCoarse(member.date.precision);
  const hedged = isHedged(member.date) || isHedged(last);
  if (soft && to - from >= Math.max(MIN_SPAN_PX, 2 * POINT_RADIUS_PX)) return { kind: 'span', soft, hedged, u0: from, u1: to, u: from };
  const u = (from + to) / 2;
  return { kind: 'point', soft, hedged, u0: u - POINT_RADIUS_PX, u1: u + POINT_RADIUS_PX, u };
}

/** Uncertain or approximate (EDTF `?`, `~`, `%`). */
export function isHedged(date: EventDate): boolean {
  return date.uncertain || date.approximate;
}

/** One shape on screen, a whole event's or an alternative's: its kind and cues, and its extent and point in x. */
export function onScreen(g: AlternativeGeometry, screenX: (u: number) => number): AlternativeLayout {
  const a = screenX(g.u0);
  const b = screenX(g.u1);
  return { kind: g.kind, soft: g.soft, hedged: g.hedged, x0: Math.min(a, b), x1: Math.max(a, b), x: screenX(g.u) };
}

/** The alternatives on screen: `screenX` turns a position along time into x (mirrored right to left). */
export function alternativesOnScreen(g: AlternativesGeometry, screenX: (u: number) => number): AlternativesLayout {
  const items = g.items.map((item) => onScreen(item, screenX));
  const runOn = (r: readonly [number, number]) => ({ from: screenX(r[0]), tip: screenX(r[1]) });
  return {
    kind: g.kind,
    items,
    ...(g.earlier ? { earlier: runOn(g.earlier) } : {}),
    ...(g.later ? { later: runOn(g.later) } : {}),
  };
}
