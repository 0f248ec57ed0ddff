import type { TimelineEvent } from '../model/timeline-event.js';
import { buildEventIndex, type EventIndex } from './event-index.js';

/** The lane for events that name no actor. */
export const UNASSIGNED_LANE_KEY = '';

/** A horizontal band of events that share an actor. */
export interface Lane {
  readonly key: string;
  /** What the lane is called on screen; '' for the one lane of data with no actors. */
  readonly label: string;
  /** Position in the palette: stable for an actor across zooms. */
  readonly colorIndex: number;
  readonly index: EventIndex;
}

/**
 * Splits events into one lane per actor. An event with several actors goes
 * into each of their lanes, so the reader sees it tied to each party.
 * Lanes are ordered by how many events they hold, then by first appearance;
 * events with no actor share a last lane.
 */
export function groupIntoLanes(events: readonly TimelineEvent[], unassignedLabel = 'Other'): Lane[] {
  const byActor = new Map<string, TimelineEvent[]>();
  const unassigned: TimelineEvent[] = [];
  for (const event of events) {
    if (event.actors.length === 0) unassigned.push(event);
    for (const actor of event.actors) {
      let lane = byActor.get(actor);
      if (!lane) byActor.set(actor, (lane = []));
      lane.push(event);
    }
  }
  const actors = [...byActor.keys()]
    .map((actor, order) => ({ actor, order, count: byActor.get(actor)!.length }))
    .sort((a, b) => b.count - a.count || a.order - b.order);

  const lanes: Lane[] = actors.map(({ actor }, colorIndex) => ({
    key: actor,
    label: actor,
    colorIndex,
    index: buildEventIndex(byActor.get(actor)!),
  }));
  if (unassigned.length > 0) {
    lanes.push({
      key: UNASSIGNED_LANE_KEY,
      label: lanes.length > 0 ? unassignedLabel : '',
      colorIndex: lanes.length,
      index: buildEventIndex(unassigned),
    });
  }
  return lanes;
}
