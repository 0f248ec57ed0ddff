import type { TimelineEra, TimelineEvent } from '../model/timeline-event.js';
import type { AxisTick, BreakLayout } from './axis-ticks.js';

/** Where along time a shape is drawn, and how: what a mark and one date of a set have alike. */
export interface ShapeLayout {
  /**
   * 'point' for a moment or a date too narrow to show as a span (a day of a set is a point); 'span'
   * otherwise. A mark whose set is drawn as its alternatives is a 'span' (it takes room along time like
   * one) unless it is one point; a set's week, month, season, year or run of dates is a soft span.
   */
  readonly kind: 'point' | 'span';
  /** Known only to a month, season, year or coarser at one end at least: drawn soft, never as a false exact point. */
  readonly soft: boolean;
  /** Uncertain or approximate (EDTF ? ~ %): drawn with a dashed edge. */
  readonly hedged: boolean;
  /**
   * Screen x of the extent the shape may cover (x0 <= x1), and of its point (a span's start in time).
   * For a mark with a set, the extent holds every alternative and any run-on, and the point is the
   * first alternative's (in time).
   */
  readonly x0: number;
  readonly x1: number;
  readonly x: number;
}

/** One event drawn in one lane. */
export interface MarkLayout extends ShapeLayout {
  readonly event: TimelineEvent;
  readonly laneKey: string;
  /** The part of a span that is certain (start's latest to end's earliest), when there is one. */
  readonly core?: readonly [number, number];
  /** Centre line of the mark's row. */
  readonly y: number;
  readonly row: number;
  /** This copy carries the event's label (one copy per event at most). */
  readonly labelShown: boolean;
  /** The label's left edge, and its row's centre line (a wide span's label may use a free row beside it). */
  readonly labelX: number;
  readonly labelY: number;
  /** The title, or as much of its start as fits (labelShortened): the whole title is in the name, tooltip and details. */
  readonly labelText: string;
  readonly labelShortened?: boolean;
  /** The lane instance the keyboard and screen readers use; other lanes' copies of a multi-actor event are decorative. */
  readonly primary: boolean;
  /** The side(s) where the date is open (`..`) or unknown: the bar runs to the view's edge there, with a visible open end. */
  readonly open?: 'start' | 'end' | 'both';
  /**
   * A single date that is one of several (EDTF `[a,b]`) or all of them (`{a,b}`): each drawn at its
   * own place and precision, linked as one event. The mark's soft and hedged then say whether any is.
   */
  readonly alternatives?: AlternativesLayout;
}

/** The dates of a set, drawn as one event (see layout-alternatives.ts). */
export interface AlternativesLayout {
  /** 'one-of': the event is on one of them (a dashed link); 'all-of': on each (a solid link). */
  readonly kind: 'one-of' | 'all-of';
  /** In time order, at least one, in screen coordinates (right to left when time runs so). */
  readonly items: readonly AlternativeLayout[];
  /** `[..a]`, `[a..]`: a short dashed run-on from the first (last) alternative toward earlier (later) time. */
  readonly earlier?: RunOnLayout;
  readonly later?: RunOnLayout;
}

/** One date of a set, drawn as a point or a span would be. */
export type AlternativeLayout = ShapeLayout;

/** "Or earlier", "or later": a run-on from an alternative's edge (`from`) to its tip, a short way on in time. */
export interface RunOnLayout {
  readonly from: number;
  readonly tip: number;
}

/** A column of a lane's density strip: how many events fall in one stretch of time, where single marks would crowd. */
export interface ClusterLayout {
  readonly key: string;
  readonly laneKey: string;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly count: number;
  /** The time the cluster covers (UTC ms): zooming to it breaks it apart. */
  readonly from: number;
  readonly to: number;
  /** The column's bar height as a share of the tallest on screen, 0..1 (square root of its count over the most). */
  readonly density: number;
  /** Top of the column's bar, px; the bar runs down to near y1. */
  readonly barY: number;
}

/** A line tying together the copies of one multi-actor event across lanes. */
export interface TieLayout {
  readonly eventId: string;
  readonly x: number;
  readonly y0: number;
  readonly y1: number;
}

export interface LaneLayout {
  readonly key: string;
  readonly label: string;
  readonly colorIndex: number;
  readonly y0: number;
  readonly y1: number;
  /** Visible events in this lane (each once), whether drawn as marks or in clusters. */
  readonly visibleCount: number;
  /** All of the lane's events, in view or not. */
  readonly eventCount: number;
  /** Folded by the reader to one row of density columns. */
  readonly collapsed: boolean;
  /** The gathered lane: how many values (actors, categories…) it holds. */
  readonly gathered?: number;
}

export interface EraLayout {
  readonly era: TimelineEra;
  /** Screen extent of the era (x0 <= x1); it runs from y0 down to the plot's bottom. */
  readonly x0: number;
  readonly x1: number;
  /** Top of the era's strip, where its name stands, above the lanes. */
  readonly y0: number;
  /** Centre line of the name, and the room it may take (the era's visible part, inset). */
  readonly labelY: number;
  readonly labelX0: number;
  readonly labelX1: number;
  /** Every other era in time order: tinted apart, so eras that touch read as two. */
  readonly alternate: boolean;
}

export interface TimelineLayout {
  readonly width: number;
  readonly direction: 'ltr' | 'rtl';
  readonly height: number;
  readonly lanes: readonly LaneLayout[];
  readonly marks: readonly MarkLayout[];
  readonly clusters: readonly ClusterLayout[];
  readonly ties: readonly TieLayout[];
  readonly eras: readonly EraLayout[];
  /** The time axis: calendar ticks, and where it breaks over a collapsed empty stretch. */
  readonly axis: { readonly ticks: readonly AxisTick[]; readonly stepMs: number };
  readonly breaks: readonly BreakLayout[];
  /** Distinct events overlapping the view. */
  readonly visibleEventCount: number;
}
