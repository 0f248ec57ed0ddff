import { expect } from '@open-wc/testing';
import { readJson } from '../../src/data/read-json.js';
import { DataFormatError } from '../../src/data/record-batch.js';

describe('readJson', () => {
  it('takes an array of events as the records, untouched', () => {
    const events = [{ start: '2018-09-17', title: 'a' }, { title: 'no start' }, 42];
    const batch = readJson(events);
    expect(batch).to.deep.equal({ records: events, eras: [], format: 'json' });
  });

  it('takes { title, events, eras }', () => {
    const batch = readJson({
      title: 'Idlib',
      events: [{ start: '2019', title: 'x' }],
      eras: [{ title: 'era', start: '2017', end: '2018' }],
    });
    expect(batch.title).to.equal('Idlib');
    expect(batch.records).to.have.length(1);
    expect(batch.eras).to.deep.equal([{ title: 'era', start: '2017', end: '2018' }]);
    expect(batch.format).to.equal('json');
  });

  it('leaves out a title that is not text', () => {
    expect(readJson({ title: { nested: true }, events: [] })).not.to.have.property('title');
  });

  it('hands TimelineJS documents to the TimelineJS reader', () => {
    const batch = readJson({
      title: { text: { headline: 'TJS' } },
      events: [{ start_date: { year: '2017', month: '9' }, text: { headline: 'Zone' } }],
    });
    expect(batch.format).to.equal('timelinejs');
    expect(batch.title).to.equal('TJS');
    expect(batch.records).to.deep.equal([{ start: '2017-09', title: 'Zone' }]);
  });

  it('reads a bare array of TimelineJS slides as TimelineJS', () => {
    const batch = readJson([{ start_date: { year: 2011, month: 3 }, text: { headline: 'Protests' } }]);
    expect(batch.format).to.equal('timelinejs');
    expect(batch.records).to.deep.equal([{ start: '2011-03', title: 'Protests' }]);
  });

  it('explains what it expected for other values', () => {
    expect(() => readJson(42)).to.throw(DataFormatError, /not a list of events: expected an array or \{ "events": \[\.\.\.\] \}, but got a number/);
    expect(() => readJson(null)).to.throw(DataFormatError, /got null/);
    expect(() => readJson({ items: [], name: 'x' })).to.throw(DataFormatError, /no "events" \(its keys are "items", "name"\)/);
    expect(() => readJson({ events: {} })).to.throw(DataFormatError, /"events" is not an array/);
  });
});
