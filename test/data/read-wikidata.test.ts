import { expect } from '@open-wc/testing';
import { readJson } from '../../src/data/read-json.js';

const ITEM = 'http://www.wikidata.org/entity/Q990000009';

describe('readJson: the Wikidata query service simple JSON', () => {
  it('reads rows of item, itemLabel, date; midnight without a precision is the day, another time an instant', () => {
    const batch = readJson([
      { item: ITEM, itemLabel: 'Made-up summit', date: '2019-02-14T00:00:00Z', placeLabel: 'Sochi' },
      { item: ITEM, itemLabel: 'Made-up talks', date: '2019-02-11T10:30:00Z' },
    ]);
    expect(batch.format).to.equal('wikidata');
    expect(batch.records).to.deep.equal([
      {
        id: 'Q990000009',
        start: '2019-02-14',
        title: 'Made-up summit',
        sources: [{ name: 'Wikidata', url: ITEM }],
        fields: { placeLabel: 'Sochi' },
      },
      { id: 'Q990000009', start: '2019-02-11T10:30:00Z', title: 'Made-up talks', sources: [{ name: 'Wikidata', url: ITEM }] },
    ]);
  });

  it('takes the first labelled variable when there is no itemLabel, pads short BCE years and reads decades', () => {
    const [record] = readJson([{ battle: ITEM, battleLabel: 'Made-up battle', pointInTime: '-099-01-01T00:00:00Z', precision: 8 }]).records;
    expect(record).to.deep.include({ title: 'Made-up battle', start: '-009X' });
    const [day] = readJson([{ battle: ITEM, battleLabel: 'Made-up battle', pointInTime: '-099-03-15T00:00:00Z' }]).records;
    expect(day).to.deep.include({ start: '-0099-03-15' });
  });

  it('leaves arrays of our own events alone', () => {
    expect(readJson([{ start: '2019', title: 'x' }]).format).to.equal('json');
  });
});
