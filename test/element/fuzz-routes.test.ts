/**
 * Generated input, by every route data can take into the element (the `events` property, `src` as JSON,
 * CSV and TimelineJS, the light-DOM list): whatever the input, no error reaches the page, no script
 * runs, nothing is fetched because of it, every record is accepted or rejected, and the view is valid.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import { giveRecords, timelineFixture } from '../support/timeline-fixture.js';
import { watchEscapes } from './data-support.js';

/** Any fetch of a URL with this in it was caused by the data. */
const BEACON = '/__fuzz-beacon';
const PAYLOADS = [
  `<img src="${BEACON}/img" onerror="window.__pwned = 'img'">`,
  `<script>window.__pwned = 'script'</script>`,
  `javascript:window.__pwned='link'`,
  `"><svg onload="window.__pwned='svg'">`,
  `${BEACON}/relative`,
  `&lt;b&gt; &amp; &#60;i&#62;`,
  '\u202Eevil\u202C',
  '\u0000',
  '',
];
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...PAYLOADS), fc.string({ unit: 'binary', maxLength: 12 }));
const date = fc.oneof(
  fc.constantFrom('2019-02-14', '2011-03', '2018-23', '2019-02-11~', '2017?', '2011-03/..', '../2019', 'last fall', 'Y-13800000000', '99999-01-01', '-0044-03-15', ''),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.integer(),
  fc.constantFrom(8.64e15, -8.64e15, 2019, NaN, null),
  text,
);
const record = fc.record(
  {
    id: fc.oneof(text, fc.integer()),
    title: text,
    start: date,
    end: date,
    description: text,
    actors: fc.oneof(text, fc.array(text, { maxLength: 3 })),
    sources: fc.array(fc.oneof(text, fc.record({ name: text, url: fc.oneof(text, fc.constantFrom('https://example.org/a', 'mailto:a@example.org')) })), { maxLength: 2 }),
    category: text,
  },
  { requiredKeys: [] },
);
const records = fc.array(record, { minLength: 0, maxLength: 8 });

declare global {
  interface Window {
    __pwned?: string;
  }
}

function beaconFetches(): number {
  return performance.getEntriesByType('resource').filter((e) => e.name.includes(BEACON)).length;
}

const CSV_FIELDS = ['id', 'start', 'end', 'title', 'description', 'actors'] as const;
const csvText = (v: unknown) => String(Array.isArray(v) ? v.join('; ') : (v ?? ''));

function csvOf(rows: readonly Record<string, unknown>[]): string {
  const cell = (v: unknown) => `"${csvText(v).replace(/"/g, '""')}"`;
  return [CSV_FIELDS.join(','), ...rows.map((r) => CSV_FIELDS.map((f) => cell(r[f])).join(','))].join('\r\n');
}

/** Rows a CSV reader counts: a row whose every cell is empty is a blank line, not a record. */
function csvRecords(rows: readonly unknown[]): number {
  return rows.filter((r) => CSV_FIELDS.some((f) => csvText((r as Record<string, unknown>)[f]) !== '')).length;
}

function timelineJsOf(rows: readonly Record<string, unknown>[]): string {
  const dateOf = (v: unknown) => {
    const m = /^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(v ?? ''));
    return m ? { year: m[1], ...(m[2] ? { month: m[2] } : {}), ...(m[3] ? { day: m[3] } : {}) } : { year: String(v ?? '') };
  };
  return JSON.stringify({
    events: rows.map((r) => ({ start_date: dateOf(r['start']), text: { headline: r['title'], text: r['description'] }, group: r['category'] })),
  });
}

function listOf(rows: readonly Record<string, unknown>[]): HTMLOListElement {
  // Built with the DOM's text and attribute APIs: a page that writes markup from data is the page's doing.
  const ol = document.createElement('ol');
  for (const r of rows) {
    const li = document.createElement('li');
    if (r['id'] !== undefined) li.dataset['id'] = String(r['id']);
    if (r['actors'] !== undefined) li.dataset['actors'] = String(r['actors']);
    const time = document.createElement('time');
    time.setAttribute('datetime', String(r['start'] ?? ''));
    time.textContent = String(r['start'] ?? '');
    li.append(time, ' ', String(r['title'] ?? ''));
    ol.append(li);
  }
  return ol;
}

async function loaded(el: ConflictTimeline, load: () => void): Promise<DiagnosticsDetail> {
  const reports: DiagnosticsDetail[] = [];
  const listener = (e: CustomEvent<DiagnosticsDetail>) => reports.push(e.detail);
  el.addEventListener('ct-diagnostics', listener);
  try {
    load();
    await el.renderComplete;
  } finally {
    el.removeEventListener('ct-diagnostics', listener);
  }
  expect(reports, 'one ct-diagnostics per load').to.have.length(1);
  return reports[0]!;
}

function expectSafe(el: ConflictTimeline, detail: DiagnosticsDetail, given: number, fetchesBefore: number): void {
  expect(detail.accepted + detail.rejected.length, 'accepted + rejected = given').to.equal(given);
  expect(window.__pwned, 'no script ran').to.equal(undefined);
  expect(beaconFetches(), 'nothing fetched because of the data').to.equal(fetchesBefore);
  const { start, end } = el.view;
  expect(Number.isFinite(start.getTime()) && Number.isFinite(end.getTime()), 'a valid view').to.equal(true);
  expect(start.getTime()).to.be.at.most(end.getTime());
  for (const a of el.shadowRoot!.querySelectorAll('a[href]')) expect(a.getAttribute('href')).to.match(/^(https?:|mailto:)/i);
}

describe('<conflict-timeline> generated input by every route', function () {
  this.timeout(120_000);
  let el: ConflictTimeline;
  before(async () => {
    el = await timelineFixture([]);
  });

  const routes: Array<[string, (rows: Record<string, unknown>[]) => () => void, (rows: unknown[]) => number]> = [
    ['events', (rows) => () => giveRecords(el, rows), (rows) => rows.length],
    ['src as JSON', (rows) => () => (el.src = URL.createObjectURL(new Blob([JSON.stringify(rows)], { type: 'application/json' }))), (rows) => rows.length],
    ['src as CSV', (rows) => () => (el.src = URL.createObjectURL(new Blob([csvOf(rows)], { type: 'text/csv' }))), csvRecords],
    ['src as TimelineJS', (rows) => () => (el.src = URL.createObjectURL(new Blob([timelineJsOf(rows)], { type: 'application/json' }))), (rows) => rows.length],
  ];
  for (const [name, route, given] of routes) {
    it(`${name}: no error, no script, no fetch, every record accounted for, a valid view`, async () => {
      await fc.assert(
        fc.asyncProperty(records, async (rows) => {
          // A file with no records is a load error (tested with the other failures), not a load of none.
          if (name !== 'events' && given(rows) === 0) return;
          el.events = undefined;
          el.src = undefined;
          const watch = watchEscapes();
          const before = beaconFetches();
          try {
            const detail = await loaded(el, route(rows as Record<string, unknown>[]));
            expectSafe(el, detail, given(rows), before);
            expect(watch.escaped).to.deep.equal([]);
          } finally {
            watch.stop();
            const src = (el as { src?: string }).src;
            if (src?.startsWith('blob:')) URL.revokeObjectURL(src);
          }
        }),
        { numRuns: 25 },
      );
    });
  }

  it('the light-DOM list: the same promises', async () => {
    await fc.assert(
      fc.asyncProperty(records, async (rows) => {
        const wrapper = document.createElement('div');
        wrapper.style.width = '900px';
        document.body.append(wrapper);
        const list = document.createElement('conflict-timeline') as ConflictTimeline;
        list.append(listOf(rows as Record<string, unknown>[]));
        const watch = watchEscapes();
        const before = beaconFetches();
        try {
          const detail = await loaded(list, () => wrapper.append(list));
          expectSafe(list, detail, rows.length, before);
          expect(watch.escaped).to.deep.equal([]);
        } finally {
          watch.stop();
          wrapper.remove();
        }
      }),
      { numRuns: 25 },
    );
  });
});
