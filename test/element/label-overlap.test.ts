import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { generateEvents, seededRandom } from '../../bench/generate-events.js';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { labelBoxes, labelOverlaps, unlabelledMarkNames } from '../support/drawn-boxes.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const SIZES = [
  { name: 'desk', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

const DAY_MS = 86_400_000;
const DENSE_FROM = Date.UTC(2018, 0, 1);

/** 500 events over two years in 40 lanes, with long titles: most labels find no room. */
function denseRecords(): unknown[] {
  const random = seededRandom(4242);
  return generateEvents(500, 7).map((r, i) => {
    const start = DENSE_FROM + Math.floor(random() * 730) * DAY_MS;
    const span = r.end ? (1 + Math.floor(random() * 60)) * DAY_MS : 0;
    return {
      id: r.id,
      start: new Date(start).toISOString().slice(0, 10),
      ...(span ? { end: new Date(start + span).toISOString().slice(0, 10) } : {}),
      title: `${r.title}, as reported by several monitoring groups on the ground (${i})`,
      actors: random() < 0.15 ? [`Actor ${i % 40}`, `Actor ${(i * 7) % 40}`] : [`Actor ${i % 40}`],
    };
  });
}

/** Spans, open ends and points crowded round them, in few lanes. */
const SPANS_AND_OPEN = [
  { id: 'war', title: 'Syrian civil war', start: '2011-03/..', actors: ['Government'] },
  { id: 'until', title: 'Idlib under opposition control', start: '../2019', actors: ['Opposition'] },
  { id: 'both', title: 'Displacement of the population of the north-west, never dated at either end', start: '../..', actors: ['Civilians'] },
  { id: 'zone', title: 'De-escalation zone', start: '2017-09-15', end: '2018-09-17', actors: ['Russia', 'Turkey'] },
  { id: 'dmz', title: 'Demilitarized zone in force', start: '2018-09-17', end: '2019-02-14', actors: ['Russia', 'Turkey', 'Opposition'] },
  { id: 'autumn', title: 'Talks, autumn 2017', start: '2017-23', actors: ['Russia'] },
  { id: 'year', title: 'A year of shelling around Maarat al-Numan and Khan Shaykhun', start: '2018', actors: ['Government'] },
  ...Array.from({ length: 24 }, (_, i) => ({
    id: `p${i}`,
    title: `Shelling reported near Saraqib and the M5 highway, report ${i}`,
    start: new Date(Date.UTC(2017, 8, 1) + i * 19 * DAY_MS).toISOString().slice(0, 10),
    actors: [['Government', 'Opposition', 'Russia', 'Turkey', 'Civilians'][i % 5]!],
  })),
  { id: 'hedged', title: 'Ankara meeting?', start: '2019-02-11?', actors: ['Turkey', 'Russia'] },
];

/** Views narrower and narrower, as shares of the whole view. */
const ZOOM_SHARES = [0.5, 0.25, 0.1, 0.04];

const SETS = [
  { name: 'the article', records: () => idlib2019.events as readonly unknown[] },
  { name: '500 generated events in 40 lanes', records: denseRecords },
  // The bench's events: bursts of points with long titles, where shortened labels squeeze between symbols.
  { name: '300 events of the bench over nine years', records: () => generateEvents(300, 5) },
  { name: 'spans and open ends', records: () => SPANS_AND_OPEN },
];

function expectNoOverlaps(el: ConflictTimeline, where: string): void {
  const overlaps = labelOverlaps(el);
  expect(overlaps, `${where}: ${overlaps.length} overlaps:\n${overlaps.slice(0, 20).join('\n')}`).to.deep.equal([]);
  for (const { id, name } of unlabelledMarkNames(el)) {
    expect(name ?? '', `${where}: ${id} keeps its name with its label hidden`).to.match(/\S/);
  }
}

describe('labels never cross another mark, a density column, a lane name or a label', function () {
  this.timeout(60_000);
  for (const size of SIZES) {
    describe(size.name, () => {
      before(() => setViewport({ width: size.width, height: size.height }));
      after(() => setViewport({ width: 800, height: 600 }));
      for (const set of SETS) {
        it(`${set.name}: the whole view, then zoomed in step by step`, async () => {
          const el = await timelineFixture(set.records(), { width: size.width - 20 });
          expect(labelBoxes(el).length, 'some labels are drawn').to.be.above(0);
          expectNoOverlaps(el, 'whole view');
          const start = el.view.start.getTime();
          const length = el.view.end.getTime() - start;
          // Off the middle, so that the views do not all centre on one collapsed stretch.
          const centre = start + length * 0.6;
          for (const share of ZOOM_SHARES) {
            el.zoomTo(new Date(centre - (length * share) / 2), new Date(centre + (length * share) / 2));
            await settle(el);
            expectNoOverlaps(el, `zoomed in to ${share} of the whole`);
          }
        });
      }
    });
  }
});
