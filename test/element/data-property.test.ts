/**
 * Property-based, over the whole path: arbitrary JSON and JS values,
 * mixed with valid records, set as `events` on one live element. Whatever
 * comes in, nothing escapes, every record is accounted for, and every
 * accepted event is drawn once when the view fits all the data.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import { timelineFixture } from '../support/timeline-fixture.js';
import { clusterCount, drawnEventIds, nextTask, notice, setEvents, watchEscapes } from './data-support.js';

/** Dates of every shape the README promises, so valid records exercise every precision. */
const EDTF_DATES = [
  '2011-03',
  '2017-23',
  '2018-09-17',
  '2019-02-11?',
  '2017~',
  '2019-02%',
  '2019',
  '201X',
  '2019-02-XX',
  '2017-09/2018-09',
  '2011-03/..',
  '../2019',
  '-0044-03-15',
  '2018-09-17T10:30:00Z',
];

const text = fc.string({ maxLength: 30 });
const nonBlank = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const dateInput = fc.oneof(
  fc.constantFrom(...EDTF_DATES),
  fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
  fc.integer({ min: -30_000_000_000_000, max: 30_000_000_000_000 }),
);

/** A record the README says must be shown. */
const validRecord = fc.record(
  {
    id: fc.oneof(nonBlank, fc.integer()),
    start: dateInput,
    title: nonBlank,
    description: text,
    actors: fc.oneof(fc.array(nonBlank, { maxLength: 3 }), text),
    category: text,
    dateText: text,
    dateNote: text,
    sources: fc.array(fc.oneof(text, fc.record({ name: text, url: fc.oneof(fc.webUrl(), text) })), { maxLength: 2 }),
    url: fc.oneof(fc.webUrl(), text),
  },
  { requiredKeys: ['start', 'title'] },
).map((r) => ({ ...r, [VALID]: true }));
const VALID = Symbol('generated as valid');

const junk = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }),
  // Near misses: the right keys with the wrong values.
  fc.record({ start: fc.jsonValue(), title: fc.jsonValue(), end: fc.jsonValue(), actors: fc.jsonValue(), sources: fc.jsonValue() }),
);

/** At most this many records per run: below the density where lanes switch to clusters (900 px / 8 px per mark). */
const MAX_RECORDS = 40;
const records = fc.array(fc.oneof({ arbitrary: validRecord, weight: 2 }, { arbitrary: junk, weight: 3 }), { maxLength: MAX_RECORDS });

describe('<conflict-timeline> from arbitrary values to drawn marks (property)', () => {
  let el: ConflictTimeline;
  before(async () => {
    el = await timelineFixture();
  });

  it('never throws, accounts for every record and draws every accepted event', async () => {
    const watch = watchEscapes();
    try {
      await fc.assert(
        fc.asyncProperty(records, async (given) => {
          const detail = await setEvents(el, given);
          await nextTask();
          expect(watch.escaped, 'errors that escaped').to.deep.equal([]);
          expect(detail.accepted + detail.rejected.length, 'accepted + rejected').to.equal(given.length);
          expect(new Set(detail.rejected.map((r) => r.index)).size).to.equal(detail.rejected.length);
          const generatedValid = given.filter((r) => typeof r === 'object' && r !== null && VALID in r).length;
          expect(detail.accepted, 'valid records accepted').to.be.at.least(generatedValid);
          // The view fits all the data after a load, so every accepted event is on screen, drawn once.
          expect(clusterCount(el), 'clusters').to.equal(0);
          const drawn = drawnEventIds(el);
          expect(new Set(drawn).size, 'distinct drawn events').to.equal(drawn.length);
          expect(drawn.length, 'drawn primary marks').to.equal(detail.accepted);
        }),
        { numRuns: 60 },
      );
    } finally {
      watch.stop();
    }
  });
});

// ---- any text as a `src` file ------------------------------------------------------

/** Optional simple-CSV columns, an unknown one, and `title` again: spreadsheets do repeat a column. */
const EXTRA_COLUMNS = ['end', 'description', 'actors', 'source', 'url', 'id', 'category', 'dateText', 'dateNote', 'notes', 'title'];
const cell = fc.oneof(fc.constantFrom(...EDTF_DATES, '', 'Russia;Turkey', 'https://example.org/a'), fc.string({ maxLength: 12 }));
/** A simple-layout CSV: start and title always, other columns sometimes, cells of anything. */
const csvText = fc
  .tuple(fc.shuffledSubarray(EXTRA_COLUMNS), fc.nat({ max: 12 }), fc.constantFrom('\n', '\r\n'))
  .chain(([extra, rows, newline]) => {
    const header = ['start', 'title', ...extra];
    return fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { minLength: rows, maxLength: rows }).map((body) =>
      [header, ...body].map((cells) => cells.map(csvCell).join(',')).join(newline),
    );
  });
const jsonText = fc.array(fc.oneof(validRecord, fc.jsonValue()), { maxLength: 12 }).map((list) => JSON.stringify(list));

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records a reader should hand on: array elements for JSON, rows with any content for CSV. */
function recordsIn(text: string, type: string): number {
  if (type === 'application/json') return (JSON.parse(text) as unknown[]).length;
  return csvParseRows(text).slice(1).filter((cells) => cells.some((c) => c.trim() !== '')).length;
}

describe('<conflict-timeline> from any file text to drawn marks (property)', () => {
  it('a `src` file of JSON, CSV or anything: an alert or an accounting of every record, never an escape', async () => {
    const watch = watchEscapes();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            jsonText.map((text) => ({ text, type: 'application/json', known: true })),
            csvText.map((text) => ({ text, type: 'text/csv', known: true })),
            fc.string({ maxLength: 80 }).map((text) => ({ text, type: 'text/plain', known: false })),
          ),
          async ({ text, type, known }) => {
            const el = await timelineFixture();
            const seen: DiagnosticsDetail[] = [];
            el.addEventListener('ct-diagnostics', (e) => seen.push(e.detail));
            const url = URL.createObjectURL(new Blob([text], { type }));
            try {
              el.src = url;
              await waitUntil(() => seen.length > 0 || notice(el)?.getAttribute('role') === 'alert', 'an outcome', { timeout: 5_000 });
              await el.renderComplete;
              await nextTask();
              expect(watch.escaped, 'errors that escaped').to.deep.equal([]);
              if (known) expect(seen, 'JSON arrays and simple CSV always load').to.have.length(1);
              if (seen.length === 0) return;
              const detail = seen[0]!;
              if (known) expect(detail.accepted + detail.rejected.length, 'accepted + rejected').to.equal(recordsIn(text, type));
              expect(drawnEventIds(el).length, 'drawn primary marks').to.equal(detail.accepted);
            } finally {
              URL.revokeObjectURL(url);
            }
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      watch.stop();
    }
  });
});
