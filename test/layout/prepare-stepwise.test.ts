import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { EventIndex } from '../../src/layout/event-index.js';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import { prepareTimeline, prepareTimelineStepwise, type PreparedTimeline, type PrepareOptions } from '../../src/layout/prepare-timeline.js';
import { buildTimeWarp, buildTimeWarpStepwise } from '../../src/layout/time-warp.js';
import type { Stepwise } from '../../src/model/stepwise.js';
import type { EventSet } from '../../src/model/timeline-event.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { utc } from '../support/make-event.js';

const ACTORS = ['Russia', 'Turkey', 'Iran', 'HTS', 'Government', 'Kurdish forces', 'UN', 'NA'];
const STARTS = ['2011-03', '2011-03-15', '2017-23', '2018-09-17', '2019-02-11?', '2019~', '2018-09/..', '../2019-02', '[2018-09-17,2018-09-19]', '2005-06-01'];

/** Records of every kind layout cares for: exact, coarse, uncertain, open and set dates, spans, several actors or none, kinds and fields. */
function records(count: number, seed: number): Record<string, unknown>[] {
  let a = seed;
  const random = () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(utc(2011, 1, 1) + Math.floor(random() * 3000) * 86_400_000).toISOString().slice(0, 10);
    const start = random() < 0.7 ? day : pick(STARTS);
    const spans = random() < 0.2 && !start.includes('/');
    const actors = Array.from({ length: Math.floor(random() * 3) }, () => pick(ACTORS));
    return {
      id: i % 97 === 0 ? 'repeated' : `r${i}`,
      start,
      ...(spans ? { end: '2019-12-31' } : {}),
      title: `Record ${i}`,
      actors,
      ...(random() < 0.5 ? { category: pick(['Battle', 'Protest', 'Talks']) } : {}),
      fields: { admin1: pick(['Idlib', 'Aleppo', 'Hama', 'N/A']) },
    };
  });
}

/** Runs steps to the end, counting the turns a page would have been given. */
function drive<T>(steps: Stepwise<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

function indexContents(index: EventIndex) {
  return { ids: index.events.map((e) => e.id), from: [...index.from], maxTo: [...index.maxTo], open: index.open.map((e) => e.id) };
}

/** Everything a prepared timeline holds, as plain data: its functions by their answers for every event and some instants. */
function contents(prepared: PreparedTimeline) {
  const { events } = prepared.eventSet;
  const instants = [utc(2004, 1, 1), utc(2011, 3, 10), utc(2014, 6, 1), utc(2018, 9, 17), utc(2020, 1, 1)];
  return {
    lanes: prepared.lanes.map(({ index, ...lane }) => ({ ...lane, index: indexContents(index) })),
    all: indexContents(prepared.all),
    shared: indexContents(prepared.shared),
    copies: events.map((e) => prepared.copiesOf(e)),
    sharedCopies: prepared.sharedCopies,
    primary: events.map((e) => prepared.primaryLaneOf(e)),
    byId: [...prepared.byId.keys()],
    orderOf: [...prepared.orderOf],
    extent: prepared.extent,
    bounds: prepared.bounds,
    breaks: prepared.warp.breaks,
    warped: instants.map((t) => prepared.warp.toWarped(t)),
    unwarped: instants.map((t) => prepared.warp.fromWarped(t)),
    empty: prepared.empty,
  };
}

const OPTIONS: readonly PrepareOptions[] = [
  {},
  { maxLanes: 3, gatheredLabel: (n) => `Other (${n})`, unassignedLabel: 'Unknown' },
  { lanes: { by: 'category' }, collapsed: new Set(['Battle']), maxRows: 1 },
  { lanes: { by: 'field', field: 'admin1' }, collapseGaps: false },
  { lanes: { by: 'none' }, maxLanes: Infinity },
];

describe('prepareTimelineStepwise', () => {
  const eventSet = validateEvents(records(1500, 11));

  OPTIONS.forEach((options, i) => {
    it(`prepares what prepareTimeline prepares, a slice at a time (options ${i})`, () => {
      const { value, yields } = drive(prepareTimelineStepwise(eventSet, options, 7));
      // Every pass over 1,500 events yields about 200 times: the work was cut into slices.
      expect(yields).to.be.above(1000);
      expect(contents(value)).to.deep.equal(contents(prepareTimeline(eventSet, options)));
    });
  });

  it('prepares the same for any slice size, on any data', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 1000 }), (count, sliceSize, seed) => {
        const set = validateEvents(records(count, seed));
        const options = OPTIONS[seed % OPTIONS.length]!;
        expect(contents(drive(prepareTimelineStepwise(set, options, sliceSize)).value)).to.deep.equal(contents(prepareTimeline(set, options)));
      }),
      { numRuns: 60 },
    );
  });

  it('lays out a wide view of a large lane as the synchronous preparation does (its summary sorted in slices)', () => {
    const large: EventSet = validateEvents(records(12_000, 5));
    const options: PrepareOptions = { lanes: { by: 'none' } };
    const stepwise = drive(prepareTimelineStepwise(large, options, 333)).value;
    const whole = prepareTimeline(large, options);
    const view = { start: utc(2010, 6, 1), end: utc(2020, 6, 1) };
    const layoutOf = (prepared: PreparedTimeline) => layoutTimeline(prepared, view, { width: 900, labelWidth: () => 60 });
    const layout = layoutOf(stepwise);
    expect(layout.clusters.length, 'a dense lane of bins').to.be.above(10);
    expect(layout).to.deep.equal(layoutOf(whole));
  });
});

describe('buildTimeWarpStepwise', () => {
  it('collapses the same stretches as buildTimeWarp, for events in time order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 400 })), { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (pairs, sliceSize) => {
          const events = pairs.map(([day, length]) => ({ from: day * 86_400_000, to: (day + length) * 86_400_000 })).sort((a, b) => a.from - b.from);
          const stepwise = drive(buildTimeWarpStepwise(events, sliceSize)).value;
          const whole = buildTimeWarp(events.map((e) => [e.from, e.to] as const));
          expect(stepwise.breaks).to.deep.equal(whole.breaks);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('falls back to sorting when the events are not in time order', () => {
    const events = [
      { from: utc(2019, 1, 1), to: utc(2019, 1, 2) },
      { from: utc(2011, 3, 1), to: utc(2011, 3, 2) },
      { from: utc(2019, 2, 1), to: utc(2019, 2, 2) },
    ];
    const stepwise = drive(buildTimeWarpStepwise(events, 1)).value;
    expect(stepwise.breaks).not.to.be.empty;
    expect(stepwise.breaks).to.deep.equal(buildTimeWarp(events.map((e) => [e.from, e.to] as const)).breaks);
  });
});

describe('the preparation meter', () => {
  /** Runs the steps, checking at each turn that the work done never passes the total; the meter at the end. */
  function metered(eventSet: EventSet, options: PrepareOptions, startTotal?: number): { done: number; total: number; turns: number } {
    const meter = { done: 0, total: startTotal ?? 0 };
    const steps = prepareTimelineStepwise(eventSet, options, 500, meter);
    let turns = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) {
      turns++;
      expect(meter.done, `turn ${turns}: done within the total`).to.be.at.most(meter.total);
    }
    return { ...meter, turns };
  }

  const set = validateEvents(records(6_000, 3));
  const severalLanes = set.events.filter((event) => event.actors.length > 1).length;

  it('ends full, neither early nor short, with events in several lanes', () => {
    expect(severalLanes, 'events in several lanes').to.be.greaterThan(500);
    const meter = metered(set, {});
    expect(meter.turns).to.be.greaterThan(10);
    expect(meter.done).to.equal(meter.total);
  });

  it('ends full with time kept linear, which builds no warp', () => {
    const meter = metered(set, { collapseGaps: false });
    expect(meter.done).to.equal(meter.total);
  });

  it('ends full when the filters left fewer events than the meter was set up for', () => {
    const kept = { ...set, events: set.events.filter((_, i) => i % 3 === 0) };
    const meter = metered(kept, {}, 5 * set.events.length);
    expect(meter.done).to.equal(meter.total);
  });
});
