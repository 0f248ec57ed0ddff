import { expect } from '@open-wc/testing';
import type { EventRecord } from '../../demo/author/event-row.js';
import { eventsCsv, eventsJson } from '../../demo/author/events-files.js';
import { readText } from '../../src/data/read-text.js';
import { validateEvents } from '../../src/model/validate-events.js';

const RECORDS: EventRecord[] = [
  {
    start: '2019-02-11',
    title: 'Shoigu and Akar meet in Ankara, "decisive measures"',
    description: 'Line one,\nline two.',
    actors: ['Russia', 'Turkey, the Republic'],
    dateText: 'on Monday',
    dateNote: 'the Monday before',
    sources: [{ name: 'RIA Novosti', url: 'https://ria.ru/x' }],
  },
  { start: '2017-23', end: '2018-09', title: ' Zones with an edge space ' },
  { id: 'sochi', start: '2019-02-14', title: 'Sochi summit', category: 'summit', sources: [{ url: 'https://example.org/s' }] },
];

describe('events as files', () => {
  it('JSON reads back as the same events, with the timeline title', () => {
    const batch = readText(eventsJson(RECORDS, 'Idlib'), { url: 'events.json' });
    expect(batch.title).to.equal('Idlib');
    expect(validateEvents(batch.records).events).to.deep.equal(validateEvents(RECORDS).events);
  });

  it('CSV has the simple header, and reads back as the same events', () => {
    const csv = eventsCsv(RECORDS);
    expect(csv.split('\r\n')[0]).to.equal('start,end,title,description,actors,source,url,id,category,dateText,dateNote');
    const batch = readText(csv, { url: 'events.csv' });
    expect(batch.warnings ?? []).to.deep.equal([]);
    expect(validateEvents(batch.records).events).to.deep.equal(validateEvents(RECORDS).events);
  });

  it('CSV names only the columns the events use beyond the simple ones', () => {
    expect(eventsCsv([{ start: '2019', title: 'A year' }]).split('\r\n')[0]).to.equal('start,end,title,description,actors,source,url');
  });
});
