import { valueCountsStepwise, type ValueCount } from '../model/event-filter.js';
import { runToEnd, type Stepwise, type WorkMeter } from '../model/stepwise.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { buildEventIndexStepwise, type EventIndex } from './event-index.js';

/** The lane for events that have no value for what lanes are (no actor, no category…). */
export const UNASSIGNED_LANE_KEY = '';
/** The lane that gathers the values beyond the busiest; no actor or field value is a NUL character. */
export const GATHERED_LANE_KEY = '\u0000gathered';

/** A horizontal band of events that share a value: an actor, a category, a field's value. */
export interface Lane {
  readonly key: string;
  /** What the lane is called on screen; '' for the one lane of data with no values. */
  readonly label: string;
  /** Position in the palette: stable for a value across zooms. */
  readonly colorIndex: number;
  readonly index: EventIndex;
  /** The gathered lane: how many values it holds. */
  readonly gathered?: number;
}

export interface LaneGrouping {
  readonly lanes: readonly Lane[];
  /** The key of the lane each value is drawn in (its own, or the gathered lane's). */
  readonly laneOfValue: ReadonlyMap<string, string>;
  /** Every value, busiest first, with its number of events. */
  readonly values: readonly ValueCount[];
}

/** How many lanes to draw, once the values and their counts are known (e.g. as many as fit a height). */
export type LaneBudget = (values: readonly ValueCount[], hasUnassigned: boolean) => number;

export interface GroupOptions {
  readonly valuesOf: (event: TimelineEvent) => readonly string[];
  /**
   * Most lanes drawn, the gathered lane included; Infinity shows every value in its own lane. A
   * function is given the values (busiest first, with their counts) and whether some events have none.
   */
  readonly maxLanes?: number | LaneBudget;
  readonly unassignedLabel?: string;
  readonly gatheredLabel?: (values: number) => string;
}

/**
 * Splits events into one lane per value. An event with several values (actors) goes into each of
 * their lanes, so the reader sees it tied to each party. Lanes are ordered by how many events they
 * hold, then by first appearance; past `maxLanes`, the quieter values share one gathered lane, and
 * events with no value share a last lane.
 */
export function groupIntoLanes(events: readonly TimelineEvent[], options: GroupOptions): LaneGrouping {
  return runToEnd(groupIntoLanesStepwise(events, options, Infinity));
}

/** groupIntoLanes, yielding after every `sliceSize` events of each pass. */
export function* groupIntoLanesStepwise(
  events: readonly TimelineEvent[],
  options: GroupOptions,
  sliceSize: number,
  meter?: WorkMeter,
): Stepwise<LaneGrouping> {
  const { valuesOf } = options;
  const values = yield* valueCountsStepwise(events, valuesOf, sliceSize);
  let unassigned = 0;
  let slice = 0;
  for (let i = 0; i < events.length; i++) {
    if (valuesOf(events[i]!).length === 0) unassigned++;
    if (++slice === sliceSize) {
      slice = 0;
      yield;
    }
  }
  const budget = typeof options.maxLanes === 'function' ? options.maxLanes(values, unassigned > 0) : (options.maxLanes ?? Infinity);
  const room = Math.max(1, budget - (unassigned > 0 ? 1 : 0));
  // One value beyond the room would make a gathered lane of one: show it instead.
  const ownLanes = values.length <= room ? values.length : Math.max(1, room - 1);
  const laneOfValue = new Map<string, string>();
  values.forEach(({ value }, i) => laneOfValue.set(value, i < ownLanes ? value : GATHERED_LANE_KEY));

  const members = yield* laneMembersStepwise(events, valuesOf, laneOfValue, sliceSize, meter);
  if (meter) {
    // The lanes' indexes hold each event once per lane it is in: the meter had counted one pass.
    let copies = 0;
    for (const lane of members.values()) copies += lane.length;
    meter.total += copies - events.length;
  }
  const indexOf = (key: string) => buildEventIndexStepwise(members.get(key)!, sliceSize, meter);

  const lanes: Lane[] = [];
  for (const [colorIndex, { value }] of values.slice(0, ownLanes).entries()) {
    lanes.push({ key: value, label: value, colorIndex, index: yield* indexOf(value) });
  }
  const gathered = values.length - ownLanes;
  if (gathered > 0) {
    lanes.push({
      key: GATHERED_LANE_KEY,
      label: options.gatheredLabel?.(gathered) ?? `${gathered} others`,
      colorIndex: lanes.length,
      index: yield* indexOf(GATHERED_LANE_KEY),
      gathered,
    });
  }
  if (unassigned > 0) {
    lanes.push({
      key: UNASSIGNED_LANE_KEY,
      label: lanes.length > 0 ? (options.unassignedLabel ?? 'Other') : '',
      colorIndex: lanes.length,
      index: yield* indexOf(UNASSIGNED_LANE_KEY),
    });
  }
  return { lanes, laneOfValue, values };
}

/**
 * The events of each lane, by lane key, in the order given. When every event falls in one lane, that
 * lane is the array given, not a copy of it: a million events need not be held twice.
 */
function* laneMembersStepwise(
  events: readonly TimelineEvent[],
  valuesOf: GroupOptions['valuesOf'],
  laneOfValue: ReadonlyMap<string, string>,
  sliceSize: number,
  meter?: WorkMeter,
): Stepwise<Map<string, readonly TimelineEvent[]>> {
  const members = new Map<string, TimelineEvent[]>();
  const add = (key: string, event: TimelineEvent) => {
    let lane = members.get(key);
    if (!lane) members.set(key, (lane = []));
    if (lane[lane.length - 1] !== event) lane.push(event); // two gathered values of one event: once
  };
  let slice = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const eventValues = valuesOf(event);
    if (eventValues.length === 0) add(UNASSIGNED_LANE_KEY, event);
    for (const value of eventValues) add(laneOfValue.get(value)!, event);
    if (++slice === sliceSize) {
      slice = 0;
      if (meter) meter.done += sliceSize;
      yield;
    }
  }
  if (meter) meter.done += slice;
  const shared = new Map<string, readonly TimelineEvent[]>(members);
  for (const [key, lane] of members) if (lane.length === events.length) shared.set(key, events);
  return shared;
}
