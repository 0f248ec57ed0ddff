import { expect } from '@open-wc/testing';
import { loadSource } from '../../src/data/load-source.js';
import { parseEventDate } from '../../src/model/parse-event-date.js';

const SAMPLES = '/demo/samples';
const MADE_UP_LABEL = 'SAMPLE DATA, made up';

function field(record: unknown, key: string): unknown {
  return (record as Record<string, unknown>)[key];
}

describe('demo samples', () => {
  it('acled-sample.csv: 20 rows, every one labelled made up, every date readable', async () => {
    const batch = await loadSource(`${SAMPLES}/acled-sample.csv`);
    expect(batch.format).to.equal('acled-csv');
    expect(batch.records).to.have.length(20);
    for (const record of batch.records) {
      expect(String(field(record, 'description'))).to.contain(MADE_UP_LABEL);
      expect(parseEventDate(field(record, 'start')), String(field(record, 'id'))).not.to.equal(undefined);
    }
    const precisions = new Set(batch.records.map((record) => parseEventDate(field(record, 'start'))?.precision));
    expect([...precisions]).to.have.members(['day', 'week', 'month']);
  });

  it('simple-sample.csv: every row mapped with a readable date', async () => {
    const batch = await loadSource(`${SAMPLES}/simple-sample.csv`);
    expect(batch.format).to.equal('csv');
    expect(batch.records).to.have.length(5);
    for (const record of batch.records) {
      expect(parseEventDate(field(record, 'start')), String(field(record, 'id'))).not.to.equal(undefined);
      expect(field(record, 'title')).to.be.a('string');
    }
    expect(batch.records[4]).to.include({ end: '2019-02-14' });
  });

  it('timelinejs-sample.json: title, era and events', async () => {
    const batch = await loadSource(`${SAMPLES}/timelinejs-sample.json`);
    expect(batch.format).to.equal('timelinejs');
    expect(batch.title).to.match(/^Sample:/);
    expect(batch.eras).to.have.length(1);
    // The Idlib zone at month precision: the Astana talks of September 2017, not the article's "last fall".
    expect(batch.records.map((record) => field(record, 'start'))).to.deep.equal([
      '2017-09',
      '2018-09-17',
      '2019-02-11',
      '2019-02-14T12:00:00Z',
    ]);
  });
});
