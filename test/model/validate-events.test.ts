import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateEvents } from '../../src/model/validate-events.js';
import type { EventSet } from '../../src/model/timeline-event.js';

const PROPERTY = { numRuns: 300, seed: 20110315 };

function only(set: EventSet) {
  expect(set.events, JSON.stringify(set.rejected)).to.have.length(1);
  return set.events[0]!;
}

function reasons(set: EventSet): string[] {
  return set.rejected.map((d) => d.reason);
}

function warningReasons(set: EventSet): string[] {
  return set.warnings.map((d) => d.reason);
}

// ---- accounting over arbitrary input ------------------------------------------------

const validRecord = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 5 })),
    start: fc.constantFrom('2018-09-17', '2011-03', '2017-23~', '2019', '201X', 1_549_879_200_000, '../2019', '2011-03/..'),
    end: fc.constantFrom('2019-02', '2020', '..', ''),
    title: fc.string({ minLength: 1, maxLength: 8 }).filter((t) => t.trim() !== ''),
    actors: fc.oneof(fc.string(), fc.array(fc.string())),
    sources: fc.array(fc.oneof(fc.webUrl(), fc.string(), fc.record({ name: fc.string(), url: fc.string() }))),
    url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)')),
  },
  { requiredKeys: ['start', 'title'] },
);
const anyRecord = fc.oneof(validRecord, fc.anything(), fc.jsonValue(), fc.object());

describe('validateEvents: every record is accounted for', () => {
  it('never throws; events + rejected = records; titles non-empty; from ≤ to; ids unique', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 30 }), (records) => {
        const set = validateEvents(records);
        expect(set.events.length + set.rejected.length).to.equal(records.length);
        const ids = new Set(set.events.map((e) => e.id));
        expect(ids.size).to.equal(set.events.length);
        for (const event of set.events) {
          expect(event.title.trim()).to.not.equal('');
          expect(event.from).to.be.at.most(event.to);
          expect(event.from).to.equal(event.start.earliest);
        }
        for (let i = 1; i < set.events.length; i += 1) {
          const [a, b] = [set.events[i - 1]!, set.events[i]!];
          expect(a.from < b.from || (a.from === b.from && a.to <= b.to)).to.equal(true);
        }
        const rejectedIndexes = set.rejected.map((d) => d.index);
        expect(new Set(rejectedIndexes).size).to.equal(rejectedIndexes.length);
        for (const diagnostic of set.rejected) {
          expect(diagnostic.record).to.equal(records[diagnostic.index]);
          expect(diagnostic.reason.startsWith(`record ${diagnostic.index}: `)).to.equal(true);
        }
      }),
      PROPERTY,
    );
  });

  it('survives records whose fields throw when read', () => {
    const hostile = Object.defineProperty({ title: 'x' }, 'start', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    const set = validateEvents([hostile, { start: '2019', title: 'ok' }]);
    expect(set.events.map((e) => e.title)).to.deep.equal(['ok']);
    expect(reasons(set)).to.deep.equal(['record 0: could not be read (no access)']);
  });

  it('survives array elements that throw, throws of non-Errors, and proxies that throw on every trap', () => {
    const records: unknown[] = [{ start: '2019', title: 'a' }, undefined, { start: '2019', title: 'b' }];
    Object.defineProperty(records, 1, {
      get() {
        throw new Error('index getter says no');
      },
    });
    const unprintable = Object.defineProperty({ start: '2019' }, 'title', {
      enumerable: true,
      get() {
        throw Object.create(null); // String() of it throws too
      },
    });
    const trap = () => {
      throw new Error('proxy trap');
    };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    const set = validateEvents([...records.slice(0, 1), unprintable, proxy]);
    expect(reasons(set)).to.deep.equal([
      'record 1: could not be read (an error that cannot be shown as text)',
      'record 2: could not be read (proxy trap)',
    ]);
    const withHole = validateEvents(records);
    expect(withHole.events.map((e) => e.title)).to.deep.equal(['a', 'b']);
    expect(withHole.rejected.map((d) => [d.index, d.reason])).to.deep.equal([[1, 'record 1: could not be read (index getter says no)']]);
  });
});

// ---- reasons a person can act on ----------------------------------------------------

describe('validateEvents: rejected records say why', () => {
  it('not an object', () => {
    const set = validateEvents([{ start: '2019', title: 'a' }, { start: '2019', title: 'b' }, 42, null, ['2019'], 'text']);
    expect(reasons(set)).to.deep.equal([
      'record 2: expected an object with start and title, got a number',
      'record 3: expected an object with start and title, got null',
      'record 4: expected an object with start and title, got an array',
      'record 5: expected an object with start and title, got a string',
    ]);
  });

  it('missing or invalid start, quoting the value', () => {
    const set = validateEvents([
      { title: 'no start' },
      { title: 'blank', start: '  ' },
      { title: 'bad', start: 'not a date' },
      { title: 'month', start: '2019-13' },
      { title: 'object', start: { year: 2019 } },
    ]);
    expect(reasons(set)).to.deep.equal([
      'record 0: has no start (expected e.g. 2018-09-17, 2011-03, 2017-23)',
      'record 1: has no start (expected e.g. 2018-09-17, 2011-03, 2017-23)',
      "record 2: start 'not a date' is not a date (expected e.g. 2018-09-17, 2011-03, 2017-23)",
      "record 3: start '2019-13' has month 13 (months are 01–12, seasons 21–24) (expected e.g. 2018-09-17, 2011-03, 2017-23)",
      'record 4: start \'{"year":2019}\' is not a date (expected e.g. 2018-09-17, 2011-03, 2017-23)',
    ]);
  });

  it('quotes long values truncated, on one line, with control characters visible', () => {
    const long = `${'x'.repeat(100)}`;
    const [reason] = reasons(validateEvents([{ title: 't', start: long }, { title: 't', start: 'a\nb' }]));
    expect(reason).to.equal(`record 0: start '${'x'.repeat(39)}…' is not a date (expected e.g. 2018-09-17, 2011-03, 2017-23)`);
    expect(reasons(validateEvents([{ title: 't', start: 'a\nb' }]))[0]).to.contain("start 'a\\nb'");
  });

  it('missing title; a number title is shown as its digits', () => {
    const set = validateEvents([
      { start: '2019' },
      { start: '2019', title: '   ' },
      { start: '2019', title: { text: 'x' } },
      { start: '2019', title: 1999 },
    ]);
    expect(reasons(set)).to.deep.equal([
      'record 0: has no title (expected non-empty text)',
      'record 1: has no title (expected non-empty text)',
      'record 2: title \'{"text":"x"}\' is not text',
    ]);
    expect(set.events.map((e) => e.title)).to.deep.equal(['1999']);
  });

  it('invalid end, end before start, interval start with an end', () => {
    const set = validateEvents([
      { title: 'a', start: '2019', end: 'soon' },
      { title: 'b', start: '2019-05', end: '2019-04' },
      { title: 'c', start: '2017-09/2018-09', end: '2019' },
      { title: 'd', start: '2019', end: '2019/2020' },
      { title: 'e', start: '../..' },
    ]);
    expect(reasons(set)).to.deep.equal([
      "record 0: end 'soon' is not a date (expected e.g. 2018-09-17, 2011-03, 2017-23)",
      "record 1: end '2019-04' is before start '2019-05'",
      "record 2: start '2017-09/2018-09' is an interval, so it gives the end too; leave out end '2019'",
      "record 3: end '2019/2020' is an interval; give one date, or put the interval in start",
      "record 4: start '../..' gives no date at either end (expected e.g. 2018-09-17, 2011-03, 2017-23)",
    ]);
  });

  it('valid EDTF years no Date can hold are rejected: a timeline cannot place them', () => {
    const set = validateEvents([
      { title: 'The Big Bang', start: 'Y-13800000000' },
      { title: 'Far', start: '2019', end: 'Y170000002' },
      { title: 'Near enough', start: 'Y-12345' },
    ]);
    expect(reasons(set)).to.deep.equal([
      "record 0: start 'Y-13800000000' is beyond the years a timeline can show (250,000 BC to AD 250,000)",
      "record 1: end 'Y170000002' is beyond the years a timeline can show (250,000 BC to AD 250,000)",
    ]);
    expect(set.events.map((e) => e.title)).to.deep.equal(['Near enough']);
  });

  it('dates a Date holds but no view around them could are rejected too, whatever their form', () => {
    const set = validateEvents([
      { title: 'Last ms of a Date', start: 8.64e15 },
      { title: 'First Date', start: new Date(-8.64e15) },
      { title: 'Last whole year of a Date', start: 'Y275759' },
      { title: 'Ongoing from far ahead', start: 'Y250001', end: '..' },
      { title: 'First drawable year', start: 'Y-249999' },
      { title: 'Last drawable year', start: '2019', end: 'Y250000' },
    ]);
    expect(reasons(set)).to.deep.equal([
      "record 0: start '8640000000000000' is beyond the years a timeline can show (250,000 BC to AD 250,000)",
      "record 1: start '-271821-04-20T00:00:00.000Z' is beyond the years a timeline can show (250,000 BC to AD 250,000)",
      "record 2: start 'Y275759' is beyond the years a timeline can show (250,000 BC to AD 250,000)",
      "record 3: start 'Y250001' is beyond the years a timeline can show (250,000 BC to AD 250,000)",
    ]);
    expect(set.events.map((e) => e.title)).to.deep.equal(['First drawable year', 'Last drawable year']);
  });

  it('eras beyond the drawable years are left out with a warning', () => {
    const set = validateEvents([], [{ title: 'Deep time', start: 'Y-300000', end: '2019' }]);
    expect(set.eras).to.deep.equal([]);
    expect(warningReasons(set)).to.deep.equal([
      "era 0: start 'Y-300000' is beyond the years a timeline can show (250,000 BC to AD 250,000)",
    ]);
  });

  it('an end inside the start’s span is fine (2019 … March 2019)', () => {
    const event = only(validateEvents([{ title: 'a', start: '2019', end: '2019-03' }]));
    expect(event.to).to.equal(Date.UTC(2019, 3, 1) - 1);
  });
});

// ---- dates of accepted events -------------------------------------------------------

describe('validateEvents: event dates', () => {
  it('from/to span the start and end; a blank end (empty CSV cell) is no end', () => {
    const event = only(validateEvents([{ title: 'a', start: '2017-05-04', end: '2017-09' }]));
    expect([event.from, event.to]).to.deep.equal([Date.UTC(2017, 4, 4), Date.UTC(2017, 9, 1) - 1]);
    const single = only(validateEvents([{ title: 'a', start: '2011-03', end: '' }]));
    expect(single.end).to.equal(undefined);
    expect(single.to).to.equal(Date.UTC(2011, 3, 1) - 1);
  });

  it('an interval start sets both ends', () => {
    const event = only(validateEvents([{ title: 'a', start: '2017-09/2018-09' }]));
    expect([event.start.text, event.end?.text, event.from, event.to]).to.deep.equal([
      '2017-09', '2018-09', Date.UTC(2017, 8, 1), Date.UTC(2018, 9, 1) - 1,
    ]);
  });

  it('open and unknown ends: from/to cover only the known date', () => {
    const ongoing = only(validateEvents([{ title: 'a', start: '2011-03/..' }]));
    expect([ongoing.openEnd, ongoing.to]).to.deep.equal(['open', Date.UTC(2011, 3, 1) - 1]);
    const dotted = only(validateEvents([{ title: 'a', start: '2011-03', end: '..' }]));
    expect(dotted.openEnd).to.equal('open');
    const unknownEnd = only(validateEvents([{ title: 'a', start: '2017-09/' }]));
    expect(unknownEnd.openEnd).to.equal('unknown');
    const until = only(validateEvents([{ title: 'a', start: '../2019' }]));
    expect([until.openStart, until.start.text, until.from, until.to]).to.deep.equal([
      'open', '2019', Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1) - 1,
    ]);
    expect(only(validateEvents([{ title: 'a', start: '/2019' }])).openStart).to.equal('unknown');
  });

  it('a four-digit number is read as epoch milliseconds, as every number is, with a warning that it looks like a year', () => {
    const set = validateEvents([
      { id: 'year', title: 'a', start: 2019 },
      { id: 'both', title: 'b', start: 1999, end: 2001 },
      { id: 'ms', title: 'c', start: 1_549_879_200_000 },
      { id: 'small', title: 'd', start: 999 },
      { id: 'fraction', title: 'e', start: 2019.5 },
    ]);
    expect(set.events.map((e) => [e.id, e.from])).to.deep.equal([
      ['small', 999], ['both', 1999], ['year', 2019], ['fraction', 2019], ['ms', 1_549_879_200_000],
    ]);
    expect(warningReasons(set)).to.deep.equal([
      'record 0: start 2019 is a number, so it is read as milliseconds since 1970 (1970-01-01T00:00:02.019Z); did you mean "2019"?',
      'record 1: start 1999 is a number, so it is read as milliseconds since 1970 (1970-01-01T00:00:01.999Z); did you mean "1999"?',
      'record 1: end 2001 is a number, so it is read as milliseconds since 1970 (1970-01-01T00:00:02.001Z); did you mean "2001"?',
    ]);
  });

  it('a year-like number rejected as an end says what it was read as', () => {
    const set = validateEvents([{ title: 'a', start: '2019', end: 2020 }]);
    expect(reasons(set)).to.deep.equal([
      "record 0: end '2020' is before start '2019' (a number is read as milliseconds since 1970; did you mean \"2020\"?)",
    ]);
  });

  it('sorts by from, then to, then input order', () => {
    const set = validateEvents([
      { id: 'late', title: 'x', start: '2019' },
      { id: 'long', title: 'x', start: '2018-01', end: '2018-12' },
      { id: 'short', title: 'x', start: '2018-01' },
      { id: 'tie-1', title: 'x', start: '2017-01-01' },
      { id: 'tie-2', title: 'x', start: '2017-01-01' },
    ]);
    expect(set.events.map((e) => e.id)).to.deep.equal(['tie-1', 'tie-2', 'short', 'long', 'late']);
  });
});

// ---- ids ----------------------------------------------------------------------------

describe('validateEvents: ids', () => {
  it('keeps duplicates, renaming the later ones without taking any given id, and warns', () => {
    const set = validateEvents([
      { id: 'a', title: 'first', start: '2019' },
      { id: 'b', title: 'x', start: '2019' },
      { id: 'a', title: 'second', start: '2019' },
      { id: 'a (2)', title: 'given', start: '2019' },
      { id: 'a', title: 'third', start: '2019' },
    ]);
    const byTitle = Object.fromEntries(set.events.map((e) => [e.title, e.id]));
    expect(byTitle).to.deep.equal({ first: 'a', x: 'b', second: 'a (3)', given: 'a (2)', third: 'a (4)' });
    expect(warningReasons(set)).to.deep.equal([
      "record 2: id 'a' is already used by record 0; shown as 'a (3)'",
      "record 4: id 'a' is already used by record 0; shown as 'a (4)'",
    ]);
  });

  it('generates stable ids for records without one, never colliding with given ids', () => {
    const records = [{ title: 'x', start: '2019' }, { id: 'event-0', title: 'y', start: '2019' }, { id: 7, title: 'z', start: '2019' }];
    const set = validateEvents(records);
    const ids = set.events.map((e) => e.id);
    expect(new Set(ids).size).to.equal(3);
    expect(ids).to.include.members(['event-0', '7']);
    expect(validateEvents(records).events.map((e) => e.id)).to.deep.equal(ids);
    expect(only(validateEvents([{ title: 'x', start: '2019' }])).id).to.equal('event-0');
  });

  it('a rejected record does not hold its id', () => {
    const set = validateEvents([{ id: 'a', title: 'x' }, { id: 'a', title: 'y', start: '2019' }]);
    expect(set.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(set.warnings).to.have.length(0);
  });
});

// ---- actors, sources, text ------------------------------------------------------------

describe('validateEvents: actors, sources, text', () => {
  it('actors: lists or text split on ; (else ,), trimmed, de-duplicated', () => {
    const actors = (value: unknown) => only(validateEvents([{ title: 'x', start: '2019', actors: value }])).actors;
    expect(actors('Russia; Turkey;; Iran ; Russia')).to.deep.equal(['Russia', 'Turkey', 'Iran']);
    expect(actors('Russia, Turkey')).to.deep.equal(['Russia', 'Turkey']);
    expect(actors('Syria, Arab Republic of; Turkey')).to.deep.equal(['Syria, Arab Republic of', 'Turkey']);
    expect(actors([' Russia', 'Russia', '', 3, null])).to.deep.equal(['Russia', '3']);
    expect(actors(undefined)).to.deep.equal([]);
  });

  it('sources: names, safe links named after their host, url shorthand; unsafe links become text with a warning', () => {
    const set = validateEvents([
      {
        title: 'x',
        start: '2019',
        sources: ['Reuters', 'https://www.bbc.co.uk/news/1', 'javascript:alert(1)', { name: 'AP', url: 'data:text/html,hi' }, { url: 'mailto:desk@example.org' }],
        url: 'https://example.org/article',
      },
    ]);
    expect(only(set).sources).to.deep.equal([
      { name: 'Reuters' },
      { name: 'bbc.co.uk', url: 'https://www.bbc.co.uk/news/1' },
      { name: 'javascript:alert(1)' },
      { name: 'AP' },
      { name: 'desk@example.org', url: 'mailto:desk@example.org' },
      { name: 'example.org', url: 'https://example.org/article' },
    ]);
    expect(warningReasons(set)).to.deep.equal([
      "record 0: source 'javascript:alert(1)' is not an http(s) or mailto link; shown as text without a link",
      "record 0: source url 'data:text/html,hi' is not an http(s) or mailto link; shown as text without a link",
    ]);
  });

  it('keeps text as plain strings, never as markup', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const event = only(validateEvents([{ title: markup, start: '2019', description: markup, dateText: ' last fall ' }]));
    expect([event.title, event.description, event.dateText]).to.deep.equal([markup, markup, 'last fall']);
  });

  it('leaves out non-text optional fields with a warning', () => {
    const set = validateEvents([{ title: 'x', start: '2019', category: { a: 1 } }]);
    expect(only(set).category).to.equal(undefined);
    expect(warningReasons(set)).to.deep.equal(['record 0: category \'{"a":1}\' is not text; left out']);
  });
});

// ---- eras -----------------------------------------------------------------------------

describe('validateEvents: eras', () => {
  it('reads valid eras and warns about invalid ones', () => {
    const set = validateEvents([], [
      { title: 'War', start: '2011-03', end: '2019' },
      { title: 'Interval', start: '2017-09/2018-09' },
      { title: 'No start' },
      'nope',
      { title: 'Backwards', start: '2019', end: '2018' },
    ]);
    expect(set.eras.map((e) => [e.title, e.start.text, e.end.text])).to.deep.equal([
      ['War', '2011-03', '2019'],
      ['Interval', '2017-09', '2018-09'],
    ]);
    expect(warningReasons(set)).to.deep.equal([
      'era 2: has no start (expected e.g. 2018-09-17, 2011-03, 2017-23)',
      'era 3: expected an object with title, start and end, got a string',
      "era 4: end '2018' is before start '2019'",
    ]);
  });
});

// ---- rejections stay small whatever they reject -----------------------------------------

describe('validateEvents: rejections of huge values', () => {
  const BIG = 'x'.repeat(600_000);
  const COUNT = 20_000;
  /** Short enough that 20,000 of them are nothing; each quotes at most ~40 characters of the value. */
  const MAX_REASON = 200;

  function expectSmallReasons(set: EventSet): void {
    expect(set.rejected).to.have.length(COUNT);
    const longest = Math.max(...set.rejected.map((d) => d.reason.length));
    expect(longest, 'longest reason').to.be.at.most(MAX_REASON);
  }

  it('20,000 records sharing one 600 KB title, each without a start, give short reasons and the records themselves', () => {
    const records = Array.from({ length: COUNT }, () => ({ title: BIG }));
    const set = validateEvents(records);
    expectSmallReasons(set);
    expect(set.rejected[COUNT - 1]!.record).to.equal(records[COUNT - 1]);
  });

  it('20,000 records sharing one title object that holds 600 KB of text give short reasons', () => {
    const title = { text: BIG };
    const set = validateEvents(Array.from({ length: COUNT }, () => ({ start: '2019', title })));
    expectSmallReasons(set);
    expect(set.rejected[0]!.reason).to.equal(`record 0: title '{"text":"${'x'.repeat(30)}…' is not text`);
  });

  it('20,000 records sharing one 600 KB start or actors object give short reasons and warnings', () => {
    const start = { year: 2019, note: BIG };
    expectSmallReasons(validateEvents(Array.from({ length: COUNT }, () => ({ start, title: 't' }))));
    const actors = { names: BIG };
    const warned = validateEvents(Array.from({ length: COUNT }, () => ({ start: '2019', title: 't', actors })));
    expect(warned.warnings).to.have.length(COUNT);
    expect(Math.max(...warned.warnings.map((d) => d.reason.length))).to.be.at.most(MAX_REASON);
  });
});
