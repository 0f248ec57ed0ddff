import { expect } from '@open-wc/testing';
import { validateEvents } from '../../src/model/validate-events.js';
import { describeEventDate } from '../../src/model/describe-date.js';

describe('dates: whose date is which', () => {
  it('without start, the claims are its one-of set, each with its sources and note', () => {
    const { events, rejected, warnings } = validateEvents([
      {
        title: 'Strike on the market',
        dates: [
          { date: '2018-09-18', source: 'Anadolu' },
          { date: '2018-09-17', source: { name: 'TASS', url: 'https://tass.com/' }, note: 'citing the defence ministry' },
        ],
      },
    ]);
    expect(rejected).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    const event = events[0]!;
    expect(event.start.set?.kind).to.equal('one-of');
    expect(describeEventDate(event)).to.equal('17 or 18 September 2018');
    expect(event.from).to.equal(Date.UTC(2018, 8, 17));
    expect(event.dateClaims!.map((c) => [c.date.text, c.sources.map((s) => s.name), c.note])).to.deep.equal([
      ['2018-09-18', ['Anadolu'], undefined],
      ['2018-09-17', ['TASS'], 'citing the defence ministry'],
    ]);
    expect(event.dateClaims![1]!.sources[0]!.url).to.equal('https://tass.com/');
  });

  it('with start, the claims are listed and start is drawn; a mismatch is a warning', () => {
    const { events, warnings } = validateEvents([
      { title: 'a', start: '[2018-09-17,2018-09-18]', dates: [{ date: '2018-09-17', source: 'TASS' }, { date: '2018-09-18', source: 'Anadolu' }] },
      { title: 'b', start: '2018-09-17', dates: [{ date: '2018-09-17', source: 'TASS' }, { date: '2018-09-19', source: 'SANA' }] },
    ]);
    const byTitle = new Map(events.map((e) => [e.title, describeEventDate(e)]));
    expect([byTitle.get('a'), byTitle.get('b')]).to.deep.equal(['17 or 18 September 2018', '17 September 2018']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.index).to.equal(1);
    expect(warnings[0]!.reason).to.contain("dates name other dates than start '2018-09-17'");
  });

  it('one claim is a plain date', () => {
    const { events } = validateEvents([{ title: 'a', dates: [{ date: '2019-02', source: 'Rudaw' }] }]);
    expect(events[0]!.start.set).to.equal(undefined);
    expect(events[0]!.start.precision).to.equal('month');
  });

  it('bad entries are left out with a reason; the record stands on the rest', () => {
    const { events, rejected, warnings } = validateEvents([
      {
        title: 'a',
        dates: [
          { date: 'the 17th', source: 'TASS' },
          'not an entry',
          { date: '[2018-09-17,2018-09-18]' },
          { date: '2018-09-18T10:00Z' },
          { date: '2018-09-18', source: 'javascript:alert(1)' },
        ],
      },
    ]);
    expect(rejected).to.deep.equal([]);
    expect(events[0]!.dateClaims).to.have.length(1);
    expect(events[0]!.dateClaims![0]!.sources[0]!.url).to.equal(undefined);
    const reason = warnings.map((w) => w.reason).join('\n');
    expect(reason).to.contain("dates entry date 'the 17th' is not a date");
    expect(reason).to.contain("dates entry 'not an entry' is not { date, source, note }");
    expect(reason).to.contain('is not one calendar date');
    expect(reason).to.contain('is not an http(s) or mailto link');
  });

  it('no start and no usable claim: rejected, with the reason', () => {
    const { events, rejected } = validateEvents([{ title: 'a', dates: [{ date: 'soon' }] }, { title: 'b', dates: 'yesterday' }]);
    expect(events).to.deep.equal([]);
    expect(rejected.map((r) => r.reason)).to.deep.equal([
      'record 0: has no start (expected e.g. 2018-09-17, 2011-03, 2017-23)',
      'record 1: has no start (expected e.g. 2018-09-17, 2011-03, 2017-23)',
    ]);
  });

  it('dates is not one of the record\'s fields', () => {
    const { events } = validateEvents([{ title: 'a', start: '2019', dates: [{ date: '2019' }] }]);
    expect(events[0]!.fields).to.equal(undefined);
  });
});
