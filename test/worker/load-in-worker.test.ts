/**
 * A `src` loaded in the worker and handed over as columns is the same EventSet, deep, as the page's
 * own load of the same file makes: every reader, every kind of date, sources, claims, fields, open
 * ends, hedges, and every rejected record with its reason and the record itself.
 */
import { expect } from '@open-wc/testing';
import { loadSource, SourceLoadError } from '../../src/data/load-source.js';
import { withReaderWarnings } from '../../src/data/reader-warnings.js';
import { validateUntrusted } from '../../src/model/validate-events.js';
import type { EventSet } from '../../src/model/timeline-event.js';
import { loadInWorker, WorkerLoadFailure, type WorkerLoad } from '../../src/worker/load-in-worker.js';
import type { LoadProgress } from '../../src/worker/load-protocol.js';

const FIXTURES = '/test/data/fixtures';
const SAMPLES = '/demo/samples';

/** What the page's own path makes of a `src`: read, validated, the reader's warnings among the records'. */
async function onPage(url: string): Promise<{ eventSet: EventSet; title?: string | undefined; titleText?: string | undefined }> {
  const batch = await loadSource(url);
  const eventSet = await validateUntrusted(batch.records, batch.eras);
  return { eventSet: withReaderWarnings(eventSet, batch), title: batch.title, titleText: batch.titleText };
}

interface Watched extends WorkerLoad {
  readonly progress: LoadProgress[];
  readonly shares: number[];
}

async function inWorker(url: string, signal = new AbortController().signal): Promise<Watched> {
  const progress: LoadProgress[] = [];
  const shares: number[] = [];
  const load = await loadInWorker(url, { signal, onProgress: (p) => progress.push(p), onPreparing: (share) => shares.push(share) });
  return { ...load, progress, shares };
}

async function expectSameLoad(url: string): Promise<Watched> {
  const page = await onPage(url);
  const worker = await inWorker(url);
  expect(worker.eventSet, url).to.deep.equal(page.eventSet);
  expect(worker.title, `${url}: title`).to.equal(page.title);
  expect(worker.titleText, `${url}: title text`).to.equal(page.titleText);
  return worker;
}

/** A file the page made itself, as a reader's File would be: given by a blob: URL. */
function fileUrl(parts: BlobPart[], name: string, type: string): string {
  return URL.createObjectURL(new File(parts, name, { type }));
}

const source = (name: string, extra: Record<string, unknown> = {}) => ({ name, url: `https://example.org/${encodeURIComponent(name)}`, ...extra });

/** Records that use every part of an event, and records that are rejected or warned about. */
const RICH_RECORDS: unknown[] = [
  { id: 'set-one-of', start: '[2018-09-17,2018-09-18]', title: 'One of two days', actors: ['Russia', 'Turkey'] },
  { id: 'set-all-of', start: '{2019-01,2019-02}', title: 'Each of two months', category: 'Meeting' },
  { id: 'set-run-on', start: '[..2018-09-17]', title: 'That day or earlier' },
  { id: 'set-through', start: '[2018-09-17..2018-09-20,2018-10]', title: 'A run, or a month' },
  {
    id: 'claims',
    title: 'Who says which day',
    dates: [
      { date: '2011-03-15', source: 'TASS', note: 'first protests' },
      { date: '2011-03-18', source: [source('Anadolu', { archived: 'https://web.archive.org/x', accessed: '2019-02-14' }), 'Reuters'] },
    ],
  },
  { id: 'claims-beside-start', start: '2018-09-17', title: 'Start drawn, claims listed', dates: [{ date: '2018-09-18', source: 'Other' }] },
  { id: 'open-end', start: '2019', end: '..', title: 'Ongoing' },
  { id: 'open-start', start: '../2019-02', title: 'Open start' },
  { id: 'unknown-end', start: '2019-02/', title: 'Unknown end' },
  { id: 'season', start: '2017-23', end: '2018-21', title: 'Autumn to spring' },
  { id: 'hedged', start: '2019-02-11?', end: '2019-03~', title: 'Uncertain and approximate' },
  { id: 'both-hedges', start: '2019-02%', title: 'Both hedges' },
  { id: 'decade', start: '201X', title: 'A decade' },
  { id: 'unspecified-day', start: '2019-02-XX', title: 'Some day in February' },
  { id: 'century', start: '19XX', title: 'A century' },
  { id: 'week', start: '2020-W19', title: 'A week' },
  { id: 'instant', start: 1_550_000_000_000, title: 'An instant' },
  { id: 'iso-time', start: '2019-02-14T10:30:00Z', end: '2019-02-14T12:00:00Z', title: 'A meeting with times' },
  { id: 'bce', start: '-0044-03-15', title: 'The Ides of March' },
  {
    id: 'texts',
    start: '2018-09-17',
    title: 'A title, 🕊',
    description: 'Lone surrogate \ud800 here, and 🕊 a dove',
    dateText: 'last fall',
    dateNote: 'inferred from the article',
    reported: '2018-09-20',
    confidence: 'Likely',
    url: 'https://example.org/report',
    sources: [source('Reuters'), 'Plain name', 'javascript:alert(1)'],
    fields: { admin1: 'Idlib', fatalities: 3, ['__proto__']: 'kept', constructor: 'also kept', '\ufeffmarked key': 'a key is not trimmed' },
    country: 'Syria',
  },
  { id: 'actors-text', start: '2018', title: 'Actors as text', actors: 'Russia; Turkey; Iran' },
  { id: 1999, start: '2018-02', title: 1999 },
  { id: 'dup', start: '2018-03', title: 'First of a pair' },
  { id: 'dup', start: '2018-04', title: 'Second of a pair: renamed, with a warning' },
  { id: 'own-word', start: '2018-05', title: 'An author’s confidence', confidence: 'disputed by some' },
  { start: '2018-06', title: 'No id: one is made' },
  { start: 'not a date', title: 'Rejected: start' },
  { start: '2018-07' },
  'not an object',
  null,
  { start: '2018-08', title: { nested: true }, extra: [1, 2, 3] },
  { start: '2018', end: '2017', title: 'Ends before it starts' },
  { start: '2018-09-01', title: 'Bad parts warned', actors: 42, description: { no: 1 }, reported: 'someday', dates: 'not a list' },
];

describe('loadInWorker', () => {
  it('hands over every part of an event as the page would have made it (JSON made in the page, as a File)', async () => {
    const body = JSON.stringify({ title: 'Rich', events: RICH_RECORDS, eras: [{ title: 'An era', start: '2018', end: '2019' }, { title: 'Open era', start: '2018/..' }] });
    const url = fileUrl([body], 'rich.json', 'application/json');
    try {
      const { eventSet, progress } = await expectSameLoad(url);
      // The test is only as good as what it covers: these parts are really there.
      const ids = eventSet.events.map((e) => e.id);
      expect(eventSet.events.length + eventSet.rejected.length).to.equal(RICH_RECORDS.length);
      expect(eventSet.rejected.length).to.be.greaterThan(4);
      expect(eventSet.warnings.length).to.be.greaterThan(3);
      expect(eventSet.rejected.map((r) => r.record)).to.deep.include('not an object');
      expect(eventSet.events.find((e) => e.id === 'set-one-of')!.start.set!.kind).to.equal('one-of');
      expect(eventSet.events.find((e) => e.id === 'claims')!.dateClaims).to.have.length(2);
      expect(eventSet.events.find((e) => e.id === 'open-end')!.openEnd).to.equal('open');
      expect(eventSet.events.find((e) => e.id === 'season')!.start.season).to.equal('autumn');
      expect(eventSet.events.find((e) => e.id === 'texts')!.description).to.contain('\ud800');
      expect(eventSet.events.find((e) => e.id === 'texts')!.fields!.get('\ufeffmarked key')).to.equal('a key is not trimmed');
      expect(eventSet.events.find((e) => e.id === 'texts')!.fields!.get('__proto__')).to.equal('kept');
      expect(ids).to.include.members(['dup', '1999']);
      expect(eventSet.eras).to.have.length(1);
      // A File's size is known: every report has its total.
      expect(progress.length).to.be.greaterThan(0);
      expect(progress.map((p) => p.totalBytes)).to.deep.equal(progress.map(() => new Blob([body]).size));
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  for (const file of [
    'events.json',
    'events.csv',
    'acled.csv',
    'acled-day-first.csv',
    'acled-dots.csv',
    'acled-iso.csv',
    'acled-month-first.csv',
    'acled-month-name-first.csv',
    'acled-spelled.csv',
    'acled-spreadsheet.csv',
    'acled-with-time.csv',
    'timelinejs-eras.json',
    'timelinejs-examples.json',
    'timelinejs-levant.json',
    'timelinejs-markup.json',
    'timelinejs-template-pasted.tsv',
    'timelinejs-template.csv',
    'timelinejs2-red-sea.json',
    'ucdp-ged.csv',
    'wikidata-query.csv',
    'wikidata-query.json',
  ]) {
    it(`hands over ${file} as the page would have read it`, async () => {
      await expectSameLoad(`${FIXTURES}/${file}`);
    });
  }

  for (const file of ['acled-sample.csv', 'simple-sample.csv', 'timelinejs-sample.json']) {
    it(`hands over the demo's ${file} as the page would have read it`, async () => {
      await expectSameLoad(`${SAMPLES}/${file}`);
    });
  }

  it('hands over a CSV whose quote never closes with the reader’s warning among the records’', async () => {
    const url = fileUrl(['start,title,description\n2018-09-17,Sochi,"never closed\n2019-02-14,Summit,fine\n'], 'broken.csv', 'text/csv');
    try {
      const { eventSet } = await expectSameLoad(url);
      expect(eventSet.warnings.map((w) => w.reason).join('\n')).to.match(/quote/i);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('hands over 15,000 rows of a File, over several pages of strings and slices, and counts its rows as they arrive', async () => {
    const header = 'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,fatalities,notes,source';
    const rows = Array.from({ length: 15_000 }, (_, i) => {
      const day = new Date(Date.UTC(2015, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10);
      return `SYR${i},${day},${day.slice(0, 4)},${1 + (i % 3)},Battles,Armed clash,Group ${i % 40},Группа ${i % 7},Idlib,"Place ${i}, near ""the river""",${i % 5},"Notes ${'é'.repeat(i % 30)} ${i}",Source ${i % 11}`;
    });
    const url = fileUrl([`${header}\n${rows.join('\n')}\n`], 'acled.csv', 'text/csv');
    try {
      const { eventSet, progress, shares } = await expectSameLoad(url);
      expect(eventSet.events).to.have.length(15_000);
      const last = progress[progress.length - 1]!;
      expect(last.rows, 'rows read').to.equal(15_000);
      const counted = progress.map((p) => p.rows ?? 0);
      expect(counted, 'rows only go up').to.deep.equal([...counted].sort((a, b) => a - b));
      expect(last.bytes).to.equal(last.totalBytes);
      expect(shares[shares.length - 1]).to.equal(1);
      // As the page's validation shares them: one date object per day named, one frozen list per set of actors.
      const { events } = eventSet;
      const starts = new Set(events.map((event) => event.start));
      expect(starts.size, 'one start date object per day (2,000 days)').to.equal(new Set(events.map((event) => event.start.text)).size);
      expect(starts.size).to.be.at.most(2_000 * 3);
      const actorLists = new Set(events.map((event) => event.actors));
      expect(actorLists.size, 'one list per pair of actors').to.equal(new Set(events.map((event) => event.actors.join('\u0000'))).size);
      for (const list of actorLists) expect(Object.isFrozen(list), 'shared lists are frozen').to.equal(true);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('fails with the message the page’s own load gives', async () => {
    const bad = fileUrl(['when,what\n2019-02-11,Ankara\n'], 'bad.csv', 'text/csv');
    try {
      for (const url of [`${FIXTURES}/missing.json`, `${FIXTURES}/invalid.json`, `${FIXTURES}/page.html`, bad, 'ftp://example.org/x.json', 'http://exa mple.com/x.json']) {
        const onPageError = await loadSource(url).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(onPageError, url).to.be.instanceOf(SourceLoadError);
        const workerError = await inWorker(url).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(workerError, url).to.be.instanceOf(WorkerLoadFailure);
        expect((workerError as Error).message).to.equal((onPageError as Error).message);
      }
    } finally {
      URL.revokeObjectURL(bad);
    }
  });

  it('reads a relative address against the page, not the worker script', async () => {
    const depth = new URL(document.baseURI).pathname.split('/').length - 2;
    const relative = `${'../'.repeat(depth)}test/data/fixtures/events.json`;
    const page = await onPage(relative);
    const worker = await inWorker(relative);
    expect(worker.eventSet).to.deep.equal(page.eventSet);
    expect(worker.eventSet.events).to.have.length(2);
  });

  it('rejects with the reason when aborted, and the page hears nothing from the load after', async () => {
    const stop = new AbortController();
    const reason = new DOMException('replaced', 'AbortError');
    const heard: string[] = [];
    const load = loadInWorker(`${FIXTURES}/timelinejs-levant.json`, {
      signal: stop.signal,
      onProgress: () => heard.push('progress'),
      onPreparing: () => heard.push('preparing'),
    });
    stop.abort(reason);
    const outcome = await load.then(
      () => 'loaded',
      (error: unknown) => error,
    );
    expect(outcome).to.equal(reason);
    expect(heard).to.deep.equal([]);
  });
});
