// Real-shaped exports (test/data/fixtures, made up from each format's documentation) read end to end:
// the reader's records, then the model's events, for a few known rows.
import { expect } from '@open-wc/testing';
import { loadSource } from '../../src/data/load-source.js';
import type { RecordBatch } from '../../src/data/record-batch.js';
import { validateEvents } from '../../src/model/validate-events.js';
import type { EventSet, TimelineEvent } from '../../src/model/timeline-event.js';

const FIXTURES = '/test/data/fixtures';
const DAY_MS = 86_400_000;

async function load(file: string): Promise<{ batch: RecordBatch; set: EventSet }> {
  const batch = await loadSource(`${FIXTURES}/${file}`);
  return { batch, set: validateEvents(batch.records, batch.eras) };
}

function eventById(set: EventSet, id: string): TimelineEvent {
  const event = set.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

function recordById(batch: RecordBatch, id: string): Record<string, unknown> {
  const record = batch.records.find((candidate) => (candidate as { id?: unknown }).id === id);
  if (!record) throw new Error(`no record ${id}`);
  return record as Record<string, unknown>;
}

describe('ACLED exports in every date style spreadsheets write', () => {
  const styles = ['iso', 'spelled', 'spreadsheet', 'day-first', 'month-first', 'dots', 'month-name-first', 'with-time'];
  for (const style of styles) {
    it(`acled-${style}.csv: 4 events, the blank date rejected, the same days, weeks and months`, async () => {
      const { batch, set } = await load(`acled-${style}.csv`);
      expect(batch.format).to.equal('acled-csv');
      expect(batch).not.to.have.property('warnings'); // every file has a row that decides its order
      expect(set.events).to.have.length(4);
      expect(set.rejected.map((r) => r.reason)).to.deep.equal(["record 4: has no start (expected e.g. 2018-09-17, 2011-03, 2017-23)"]);

      const clash = eventById(set, 'RUR1001');
      expect(clash.title).to.equal('Alderwick: Armed clash');
      expect(clash.start).to.include({ precision: 'day', earliest: Date.UTC(2020, 4, 9), latest: Date.UTC(2020, 4, 10) - 1 });
      expect(clash.actors).to.deep.equal(['Military Forces of Ruritania (2016-)', 'Northern Liberation Front']);
      expect(clash.category).to.equal('Battles');
      expect(clash.sources.map((source) => source.name)).to.deep.equal(['Ruritania Daily', 'Border Radio']);

      // Precision 2: Monday 25 May 2020 is in ISO week 22, Monday 25 to Sunday 31 May.
      const shelling = eventById(set, 'RUR1002');
      expect(shelling.start).to.include({ precision: 'week', approximate: false, earliest: Date.UTC(2020, 4, 25), latest: Date.UTC(2020, 5, 1) - 1 });
      expect(shelling.dateNote).to.match(/^ACLED time precision 2: .*2020-05-25\.$/);

      // Precision 3: the month, and actor2 NA is no actor.
      const protest = eventById(set, 'RUR1003');
      expect(protest.start).to.include({ precision: 'month', approximate: false, earliest: Date.UTC(2020, 5, 1) });
      expect(protest.actors).to.deep.equal(['Protesters (Ruritania)']);

      expect(recordById(batch, 'RUR1004')['fields']).to.deep.equal({
        year: '2020',
        disorder_type: 'Demonstrations',
        event_type: 'Riots',
        sub_event_type: 'Violent demonstration',
        inter1: '5',
        inter2: '0',
        interaction: '50',
        iso: '999',
        region: 'Europe',
        country: 'Ruritania',
        admin1: 'Southmark',
        admin2: 'Strelsau City',
        location: 'Strelsau',
        latitude: '46.5170',
        longitude: '19.0402',
        geo_precision: '1',
        source_scale: 'Local partner-Other',
        fatalities: '1',
        timestamp: '1589846400',
      });
    });
  }
});

describe('UCDP GED export', () => {
  it('ucdp-ged.csv: every date_prec read at its precision, the row with no dates rejected', async () => {
    const { batch, set } = await load('ucdp-ged.csv');
    expect(batch.format).to.equal('ucdp-ged-csv');
    expect(set.events).to.have.length(7);
    expect(set.rejected.map((r) => r.index)).to.deep.equal([7]);

    const day = eventById(set, 'RUR-2017-1-901-1');
    expect(day.title).to.equal('Government of Ruritania - NLF — Alderwick town');
    expect(day.start).to.include({ precision: 'day', earliest: Date.UTC(2017, 6, 1) });
    expect(day.end).to.equal(undefined);
    expect(day.actors).to.deep.equal(['Government of Ruritania', 'NLF']);
    expect(day.category).to.equal('State-based conflict');
    expect(day.description).to.equal('Ruritania: Government. Deaths, best estimate: 3 (low 3, high 5).');
    expect(day.sources.map((source) => source.name)).to.deep.equal(['Ruritania Daily,2017-07-02,Clashes at the crossing']);
    expect(recordById(batch, 'RUR-2017-1-901-1')['fields']).to.include({ country: 'Ruritania', adm_1: 'Northmark province', region: 'Europe', best: '3', id: '900001' });

    const days = eventById(set, 'RUR-2017-1-901-2');
    expect([days.from, days.to]).to.deep.equal([Date.UTC(2017, 6, 3), Date.UTC(2017, 6, 6) - 1]);
    expect(days.dateNote).to.equal(undefined);

    const oneOfDays = eventById(set, 'RUR-2017-2-902-1');
    expect([oneOfDays.from, oneOfDays.to]).to.deep.equal([Date.UTC(2017, 6, 10), Date.UTC(2017, 6, 15) - 1]);
    expect(oneOfDays.category).to.equal('Non-state conflict');
    expect(oneOfDays.dateNote).to.equal('UCDP date precision 2: the event happened on one day from 2017-07-10 to 2017-07-14, not on all of them.');

    // 17–23 July 2017 is ISO week 29.
    const week = eventById(set, 'RUR-2017-3-903-1');
    expect(week.start).to.include({ precision: 'week', earliest: Date.UTC(2017, 6, 17), latest: Date.UTC(2017, 6, 24) - 1 });
    expect(week.end).to.equal(undefined);
    expect(week.actors).to.deep.equal(['NLF', 'Civilians']);
    expect(week.category).to.equal('One-sided violence');

    // 28 July – 3 August 2017 crosses from week 30 into week 31.
    const weeks = eventById(set, 'RUR-2017-3-903-2');
    expect([weeks.start.precision, weeks.end?.precision]).to.deep.equal(['week', 'week']);
    expect([weeks.from, weeks.to]).to.deep.equal([Date.UTC(2017, 6, 24), Date.UTC(2017, 7, 7) - 1]);

    expect(eventById(set, 'RUR-2017-1-901-3').start).to.include({ precision: 'month', earliest: Date.UTC(2017, 7, 1) });
    const year = eventById(set, 'RUR-2017-2-902-2');
    expect(year.start).to.include({ precision: 'year', earliest: Date.UTC(2017, 0, 1), latest: Date.UTC(2018, 0, 1) - 1 });
    expect(year.dateNote).to.equal('UCDP date precision 5: UCDP knows only the year.');
  });
});

describe('Wikidata query results', () => {
  for (const [file, format] of [
    ['wikidata-query.json', 'wikidata'],
    ['wikidata-query.csv', 'wikidata-csv'],
  ] as const) {
    it(`${file}: labels, dates at Wikidata's precision, BCE years as the query service numbers them`, async () => {
      const { batch, set } = await load(file);
      expect(batch.format).to.equal(format);
      expect(set.events).to.have.length(4);
      expect(set.rejected.map((r) => r.reason)).to.deep.equal(["record 4: has no start (expected e.g. 2018-09-17, 2011-03, 2017-23)"]);

      // Midnight UTC at day precision is the day, not 00:00 UTC.
      const battle = eventById(set, 'Q990000001');
      expect(battle.title).to.equal('Battle of Alderwick');
      expect(battle.description).to.equal('made-up battle for tests');
      expect(battle.start).to.include({ precision: 'day', earliest: Date.UTC(1812, 8, 7), latest: Date.UTC(1812, 8, 8) - 1 });
      expect(battle.sources).to.deep.equal([
        { name: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/Battle_of_Alderwick' },
        { name: 'Wikidata', url: 'http://www.wikidata.org/entity/Q990000001' },
      ]);
      // The CSV reader lower-cases headers; the JSON keeps the query's variable names.
      const countryKey = format === 'wikidata' ? 'countryLabel' : 'countrylabel';
      expect(recordById(batch, 'Q990000001')['fields']).to.deep.equal({ [countryKey]: 'Ruritania' });

      const siege = eventById(set, 'Q990000002');
      expect([siege.start.precision, siege.end?.precision]).to.deep.equal(['year', 'year']);
      expect([siege.from, siege.to]).to.deep.equal([Date.UTC(1854, 0, 1), Date.UTC(1856, 0, 1) - 1]);

      // -0490 is astronomical (XSD 1.1, as the query service writes it): 491 BC.
      const ancient = eventById(set, 'Q990000003');
      const start = new Date(0);
      start.setUTCFullYear(-490, 8, 12);
      expect(ancient.start).to.include({ precision: 'day', earliest: start.getTime(), latest: start.getTime() + DAY_MS - 1 });

      expect(eventById(set, 'Q990000004').start).to.include({ precision: 'month', earliest: Date.UTC(1921, 2, 1) });
    });
  }
});
