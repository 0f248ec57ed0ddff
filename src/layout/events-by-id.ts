import type { TimelineEvent } from '../model/timeline-event.js';

/**
 * Events by id, read through the map of each id's position in time order: one map of a million ids,
 * not two (an id→event map beside the id→position one doubled the work and memory of first use).
 */
export class EventsById implements ReadonlyMap<string, TimelineEvent> {
  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly positions: ReadonlyMap<string, number>,
  ) {}

  get size(): number {
    return this.positions.size;
  }

  get(id: string): TimelineEvent | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.events[position];
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  forEach(callback: (event: TimelineEvent, id: string, map: ReadonlyMap<string, TimelineEvent>) => void, thisArg?: unknown): void {
    for (const [id, position] of this.positions) callback.call(thisArg, this.events[position]!, id, this);
  }

  *entries(): MapIterator<[string, TimelineEvent]> {
    for (const [id, position] of this.positions) yield [id, this.events[position]!];
  }

  keys(): MapIterator<string> {
    return this.positions.keys();
  }

  *values(): MapIterator<TimelineEvent> {
    for (const position of this.positions.values()) yield this.events[position]!;
  }

  [Symbol.iterator](): MapIterator<[string, TimelineEvent]> {
    return this.entries();
  }
}
