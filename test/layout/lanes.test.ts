import { expect } from '@open-wc/testing';
import { laneValuesOf, readLaneChoice } from '../../src/layout/lane-choice.js';
import { GATHERED_LANE_KEY, groupIntoLanes, UNASSIGNED_LANE_KEY } from '../../src/layout/lanes.js';
import { prepareTimeline } from '../../src/layout/prepare-timeline.js';
import { validateEvents } from '../../src/model/validate-events.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { makeEvent } from '../support/make-event.js';

const DAY = 86_400_000;

/** `count` events for each actor, actor i having `counts[i]`. */
function eventsOf(counts: readonly number[]): TimelineEvent[] {
  return counts.flatMap((count, i) => Array.from({ length: count }, (_, k) => makeEvent(`a${i}-${k}`, k * DAY, k * DAY + 1, { actors: [`Actor ${i}`] })));
}

const byActor = { valuesOf: (event: TimelineEvent) => event.actors };

describe('groupIntoLanes', () => {
  it('gives every value a lane while they fit, busiest first', () => {
    const { lanes } = groupIntoLanes(eventsOf([1, 3, 2]), { ...byActor, maxLanes: 8 });
    expect(lanes.map((lane) => lane.label)).to.deep.equal(['Actor 1', 'Actor 2', 'Actor 0']);
    expect(lanes.every((lane) => lane.gathered === undefined)).to.equal(true);
  });

  it('gathers the quieter values past maxLanes into one lane that says how many it holds', () => {
    const counts = Array.from({ length: 20 }, (_, i) => 40 - i);
    const { lanes, laneOfValue } = groupIntoLanes(eventsOf(counts), { ...byActor, maxLanes: 8, gatheredLabel: (n) => `Other (${n})` });
    expect(lanes).to.have.length(8);
    expect(lanes.slice(0, 7).map((lane) => lane.label)).to.deep.equal(counts.slice(0, 7).map((_, i) => `Actor ${i}`));
    const gathered = lanes[7]!;
    expect(gathered.key).to.equal(GATHERED_LANE_KEY);
    expect(gathered.gathered).to.equal(13);
    expect(gathered.label).to.equal('Other (13)');
    expect(gathered.index.events).to.have.length(counts.slice(7).reduce((a, b) => a + b, 0));
    expect(laneOfValue.get('Actor 19')).to.equal(GATHERED_LANE_KEY);
    expect(laneOfValue.get('Actor 0')).to.equal('Actor 0');
  });

  it('shows one value past the room in its own lane rather than gathering a lane of one', () => {
    const { lanes } = groupIntoLanes(eventsOf([5, 4, 3]), { ...byActor, maxLanes: 3 });
    expect(lanes.map((lane) => lane.label)).to.deep.equal(['Actor 0', 'Actor 1', 'Actor 2']);
  });

  it('counts the lane of events with no value in maxLanes, and keeps it last', () => {
    const events = [...eventsOf([5, 4, 3, 2]), makeEvent('none', 0, 1)];
    const { lanes } = groupIntoLanes(events, { ...byActor, maxLanes: 3, unassignedLabel: 'Unknown' });
    expect(lanes.map((lane) => lane.key)).to.deep.equal(['Actor 0', GATHERED_LANE_KEY, UNASSIGNED_LANE_KEY]);
    expect(lanes[2]!.label).to.equal('Unknown');
  });

  it('draws an event with two gathered values once in the gathered lane, and in each shown lane it has', () => {
    const events = [...eventsOf([9, 8, 1, 1]), makeEvent('both', 0, 1, { actors: ['Actor 0', 'Actor 2', 'Actor 3'] })];
    const { lanes } = groupIntoLanes(events, { ...byActor, maxLanes: 3 });
    const gathered = lanes.find((lane) => lane.key === GATHERED_LANE_KEY)!;
    expect(gathered.index.events.filter((event) => event.id === 'both')).to.have.length(1);
    expect(lanes[0]!.index.events.some((event) => event.id === 'both')).to.equal(true);
    const prepared = prepareTimeline({ events, rejected: [], warnings: [], eras: [] }, { maxLanes: 3 });
    expect(prepared.copiesOf(events.at(-1)!)).to.equal(2);
  });
});

describe('readLaneChoice and laneValuesOf', () => {
  const { events } = validateEvents([
    { start: '2020-01-01', title: 'a', category: 'Battles', fields: { admin1: 'Idlib' } },
    { start: '2020-01-02', title: 'b', category: 'Protests', admin1: 'NA' },
    { start: '2020-01-03', title: 'c', fields: { admin1: ' N/A ' } },
  ]);

  it('takes categories when no event names an actor, and actors when any does', () => {
    expect(readLaneChoice('auto', events)).to.deep.equal({ by: 'category' });
    expect(readLaneChoice(undefined, [...events, makeEvent('x', 0, 1, { actors: ['Russia'] })])).to.deep.equal({ by: 'actor' });
    expect(readLaneChoice('auto', [makeEvent('x', 0, 1)])).to.deep.equal({ by: 'none' });
  });

  it('reads a field name as lanes by that field, where NA and N/A are no value', () => {
    const choice = readLaneChoice('admin1', events);
    expect(choice).to.deep.equal({ by: 'field', field: 'admin1' });
    expect(events.map(laneValuesOf(choice))).to.deep.equal([['Idlib'], [], []]);
  });

  it('reads a category choice, and none as one lane', () => {
    expect(events.map(laneValuesOf(readLaneChoice('category', events)))).to.deep.equal([['Battles'], ['Protests'], []]);
    expect(events.map(laneValuesOf(readLaneChoice('none', events)))).to.deep.equal([[], [], []]);
  });
});
