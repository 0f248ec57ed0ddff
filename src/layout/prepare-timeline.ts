import type { EventSet, TimelineEra, TimelineEvent } from '../model/timeline-event.js';
import { keptStepwise, runToEnd, type Stepwise, type WorkMeter } from '../model/stepwise.js';
import { buildEventIndexStepwise, type EventIndex } from './event-index.js';
import { EventsById } from './events-by-id.js';
import { laneValuesOf, type LaneChoice } from './lane-choice.js';
import { laneSummaryStepwise } from './lane-summary.js';
import { groupIntoLanesStepwise, UNASSIGNED_LANE_KEY, type Lane, type LaneBudget } from './lanes.js';
import { EMPTY_VIEW, paddedExtent, type TimeView } from './time-view.js';
import { buildTimeWarpStepwise, IDENTITY_WARP, type TimeWarp } from './time-warp.js';

/** The most rows of marks a lane offers before labels are hidden. */
export const DEFAULT_MAX_ROWS = 3;

/** The most lanes drawn by default, the gathered lane included: one per colour of the palette. */
export const DEFAULT_MAX_LANES = 8;

/** A lane plus the number of rows it is given, fixed at load so zooming never makes the plot jump. */
export interface PreparedLane extends Lane {
  readonly rows: number;
  /** Folded to one row of density columns, without labels, by the reader. */
  readonly collapsed: boolean;
}

/** What the events drawn in several lanes add up to. */
export interface SharedCopies {
  /** Copies beyond each event's first: what they add to a count of the lanes' events. */
  readonly extra: number;
  /** The earliest `to` and the latest `from` among them: a view from at most the one to at least the other holds every one. */
  readonly earliestTo: number;
  readonly latestFrom: number;
}

/** Everything layout needs that depends only on the data: computed once per load, not per frame. */
export interface PreparedTimeline {
  readonly eventSet: EventSet;
  readonly lanes: readonly PreparedLane[];
  /** All events, in time order, searchable by time. */
  readonly all: EventIndex;
  /** Events drawn in more than one lane, so that counting what is visible needs no set of ids. */
  readonly shared: EventIndex;
  /** How many lanes an event is drawn in (one copy in each). */
  readonly copiesOf: (event: TimelineEvent) => number;
  /** The events of `shared` in sum: a view that holds them all counts their copies at once. */
  readonly sharedCopies: SharedCopies;
  readonly byId: ReadonlyMap<string, TimelineEvent>;
  /** Position of each event in eventSet.events (time order), for keyboard stepping. */
  readonly orderOf: ReadonlyMap<string, number>;
  /**
   * The lane whose copy of an event is its primary one: labelled, focusable and
   * named for screen readers. Other lanes' copies are decorative.
   */
  readonly primaryLaneOf: (event: TimelineEvent) => string;
  /** The data's time extent with a margin: what fit() and the first view show. */
  readonly extent: TimeView;
  /**
   * The widest view allowed: the data's extent with a margin in real time (4% of it). Wider than
   * `extent` where stretches are collapsed, so a view asked for in calendar terms ("2018-09" to
   * "2019-02") fits whole even when the data stops mid-month.
   */
  readonly bounds: TimeView;
  /** Real time to plot time, with the data's long empty stretches collapsed. */
  readonly warp: TimeWarp;
  /** No events and no eras: no time to show or name (the axis is a bare line). */
  readonly empty: boolean;
}

export interface PrepareOptions {
  readonly maxRows?: number;
  /** What a lane is; by actor when absent. */
  readonly lanes?: LaneChoice;
  /** Most lanes drawn, the gathered lane included (DEFAULT_MAX_LANES when absent; Infinity for all), or a budget. */
  readonly maxLanes?: number | LaneBudget;
  /** Keys of lanes the reader folded. */
  readonly collapsed?: ReadonlySet<string>;
  readonly unassignedLabel?: string;
  /** The gathered lane's name, given how many values it holds. */
  readonly gatheredLabel?: (values: number) => string;
  /** Collapse long empty stretches of time (the default), or keep time linear throughout. */
  readonly collapseGaps?: boolean;
}

export function prepareTimeline(eventSet: EventSet, options: PrepareOptions = {}): PreparedTimeline {
  return runToEnd(prepareTimelineStepwise(eventSet, options, Infinity));
}

/**
 * Passes over the events that prepareTimelineStepwise reports to its meter (see preparationWork): lane
 * members, lane indexes, the time warp, the index of all, the events in several lanes.
 */
const METERED_PASSES = 5;

/**
 * The work prepareTimelineStepwise reports for `count` events, the meter's total, as known before the
 * lanes are: with linear time there is no warp to build, and the lanes' indexes are counted as one pass
 * until the lanes are known (an event of several lanes is indexed in each: see groupIntoLanesStepwise).
 */
function preparationWork(count: number, options: Pick<PrepareOptions, 'collapseGaps'> = {}): number {
  return (options.collapseGaps === false ? METERED_PASSES - 1 : METERED_PASSES) * count;
}

/**
 * prepareTimeline as steps, yielding after every `sliceSize` events of each pass over them, so that a
 * million events are prepared while the page stays live. `meter` hears of the events handled.
 */
export function* prepareTimelineStepwise(
  eventSet: EventSet,
  options: PrepareOptions,
  sliceSize: number,
  meter?: WorkMeter,
): Stepwise<PreparedTimeline> {
  const { events } = eventSet;
  // The events left by the filters, as many as they are: what a meter set up before them guessed is put right.
  if (meter) meter.total = meter.done + preparationWork(events.length, options);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const valuesOf = laneValuesOf(options.lanes ?? { by: 'actor' });
  const grouping = yield* groupIntoLanesStepwise(
    events,
    {
      valuesOf,
      maxLanes: options.maxLanes ?? DEFAULT_MAX_LANES,
      ...(options.unassignedLabel === undefined ? {} : { unassignedLabel: options.unassignedLabel }),
      ...(options.gatheredLabel === undefined ? {} : { gatheredLabel: options.gatheredLabel }),
    },
    sliceSize,
    meter,
  );
  const lanes = grouping.lanes.map((lane) => {
    const collapsed = options.collapsed?.has(lane.key) ?? false;
    return { ...lane, collapsed, rows: collapsed ? 1 : Math.min(maxRows, Math.max(1, lane.index.events.length)) };
  });
  // Built on first use (a selection, a key press): two maps of a million ids cost a second and 100 MB,
  // and a timeline that is only looked at never needs them.
  let idMaps: IdMaps | undefined;
  const idMapsOf = (): IdMaps => (idMaps ??= buildIdMaps(events));
  const warp = options.collapseGaps === false ? IDENTITY_WARP : yield* buildTimeWarpStepwise(events, sliceSize, meter);
  // Labels go to the event's least crowded lane, so multi-actor events spread their labels
  // over the lanes instead of all landing in the busiest one (lanes are sorted busiest first).
  const laneRank = new Map(lanes.map((lane, i) => [lane.key, i]));
  const primaryLaneOf = (event: TimelineEvent): string => {
    let best = UNASSIGNED_LANE_KEY;
    let bestRank = -1;
    for (const value of valuesOf(event)) {
      const key = grouping.laneOfValue.get(value) ?? UNASSIGNED_LANE_KEY;
      const rank = laneRank.get(key) ?? -1;
      if (rank > bestRank) [best, bestRank] = [key, rank];
    }
    return best;
  };
  // Lanes an event is drawn in: two gathered values of one event are one copy, in the gathered lane.
  const lanesOf = (event: TimelineEvent): number => {
    const values = valuesOf(event);
    return values.length < 2 ? values.length : new Set(values.map((value) => grouping.laneOfValue.get(value))).size;
  };
  const all = yield* buildEventIndexStepwise(events, sliceSize, meter);
  // Summed as they are picked out: the first draw, and any view zoomed right out, holds every one of them,
  // and counting a hundred thousand multi-actor events one by one took 11 to 13 ms of an ACLED file's first draw.
  let extra = 0;
  let earliestTo = Infinity;
  let latestFrom = -Infinity;
  const inSeveralLanes = yield* keptStepwise(
    events,
    (event) => {
      const copies = lanesOf(event);
      if (copies < 2) return false;
      extra += copies - 1;
      earliestTo = Math.min(earliestTo, event.to);
      latestFrom = Math.max(latestFrom, event.from);
      return true;
    },
    sliceSize,
    meter,
  );
  const shared = yield* buildEventIndexStepwise(inSeveralLanes, sliceSize);
  for (const lane of lanes) yield* laneSummaryStepwise(lane.index, sliceSize);
  const raw = rawExtent(all, eventSet.eras);
  return {
    eventSet,
    lanes,
    all,
    shared,
    copiesOf: (event) => Math.max(1, lanesOf(event)),
    sharedCopies: { extra, earliestTo, latestFrom },
    get byId() {
      return idMapsOf().byId;
    },
    get orderOf() {
      return idMapsOf().orderOf;
    },
    primaryLaneOf,
    extent: dataExtent(raw, warp),
    bounds: dataExtent(raw, IDENTITY_WARP),
    warp,
    empty: events.length === 0 && eventSet.eras.length === 0,
  };
}

interface IdMaps {
  readonly byId: ReadonlyMap<string, TimelineEvent>;
  readonly orderOf: ReadonlyMap<string, number>;
}

function buildIdMaps(events: readonly TimelineEvent[]): IdMaps {
  const orderOf = new Map<string, number>();
  for (let i = 0; i < events.length; i++) orderOf.set(events[i]!.id, i);
  return { byId: new EventsById(events, orderOf), orderOf };
}

/** The earliest and latest instants of the data (events and eras); infinite when it has none. */
interface RawExtent {
  readonly from: number;
  readonly to: number;
}

/** The index has the events' extent already: sorted by `from`, its running latest `to` ends at the latest. */
function rawExtent(all: EventIndex, eras: readonly TimelineEra[]): RawExtent {
  const n = all.from.length;
  let from = n > 0 ? all.from[0]! : Infinity;
  let to = n > 0 ? all.maxTo[n - 1]! : -Infinity;
  for (const era of eras) {
    from = Math.min(from, era.start.earliest);
    to = Math.max(to, era.end.latest);
  }
  return { from, to };
}

/** The data's extent, padded in plot time so the margin is the same on screen whatever was collapsed. */
function dataExtent({ from, to }: RawExtent, warp: TimeWarp): TimeView {
  if (!Number.isFinite(from)) return EMPTY_VIEW;
  const padded = paddedExtent(warp.toWarped(from), warp.toWarped(to));
  return { start: warp.fromWarped(padded.start), end: warp.fromWarped(padded.end) };
}
