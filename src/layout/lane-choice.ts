/**
 * What a lane is: an actor (one lane per party), a category, any field of the records, or nothing
 * (one lane for everything). `auto` picks actors when any event names one, else categories when any
 * has one, else a single lane, so a TimelineJS file (groups, no actors) gets its groups as lanes.
 */
import { actorsOf, categoriesOf } from '../model/event-filter.js';
import { isUnknownActor } from '../model/read-actors.js';
import type { TimelineEvent } from '../model/timeline-event.js';

export type LaneChoice =
  | { readonly by: 'actor' }
  | { readonly by: 'category' }
  | { readonly by: 'field'; readonly field: string }
  | { readonly by: 'none' };

const NO_KEYS: readonly string[] = Object.freeze([]);

/** The `lanes` attribute as a choice: `actor`/`actors`, `category`, `none`, `auto` or empty, else a field's name. */
export function readLaneChoice(value: string | null | undefined, events: readonly TimelineEvent[]): LaneChoice {
  const text = value?.trim() ?? '';
  switch (text.toLowerCase()) {
    case '':
    case 'auto':
      return autoChoice(events);
    case 'actor':
    case 'actors':
      return { by: 'actor' };
    case 'category':
    case 'categories':
      return { by: 'category' };
    case 'none':
      return { by: 'none' };
    default:
      return { by: 'field', field: text };
  }
}

function autoChoice(events: readonly TimelineEvent[]): LaneChoice {
  if (events.some((event) => event.actors.length > 0)) return { by: 'actor' };
  if (events.some((event) => event.category !== undefined)) return { by: 'category' };
  return { by: 'none' };
}

/** The lane values of an event under a choice; none puts it in the lane of events with no value. */
export function laneValuesOf(choice: LaneChoice): (event: TimelineEvent) => readonly string[] {
  switch (choice.by) {
    // The filter bar's own getters: lanes and choices share one count of the data.
    case 'actor':
      return actorsOf;
    case 'category':
      return categoriesOf;
    case 'field': {
      const { field } = choice;
      return (event) => {
        const value = event.fields?.get(field);
        // The same missing-value markers as for actors: `NA`, `N/A`, `#N/A`… are no value, not a lane.
        return value === undefined || isUnknownActor(value) ? NO_KEYS : [value];
      };
    }
    case 'none':
      return () => NO_KEYS;
  }
}
