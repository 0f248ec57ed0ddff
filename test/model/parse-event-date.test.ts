import { expect } from '@open-wc/testing';
import { parseDateInput, parseEventDate } from '../../src/model/parse-event-date.js';
import type { EventDate } from '../../src/model/event-date.js';
import { READER_TIME_ZONES, emulateTimezone } from '../support/timezone.js';

/** First instant of a UTC calendar day, by the platform (years ≥ 100 only: Date.UTC maps 0–99 to 19xx). */
const dayStart = (year: number, month = 1, day = 1): number => Date.UTC(year, month - 1, day);
/** [earliest, latest] of the UTC days from `from` up to, not including, `until`. */
const span = (from: number, until: number): [number, number] => [from, until - 1];

function bounds(text: unknown): [number, number] | undefined {
  const date = parseEventDate(text);
  return date && [date.earliest, date.latest];
}

function expectDate(text: unknown, expected: Partial<EventDate>): void {
  const parsed = parseDateInput(text);
  expect(parsed.kind, String(text)).to.equal('date');
  if (parsed.kind === 'date') expect(parsed.date, String(text)).to.deep.include(expected);
}

describe('parseDateInput: EDTF level 0', () => {
  it('a day is that whole UTC day', () => {
    expect(bounds('2018-09-17')).to.deep.equal(span(dayStart(2018, 9, 17), dayStart(2018, 9, 18)));
    expectDate('2018-09-17', { precision: 'day', uncertain: false, approximate: false, text: '2018-09-17' });
  });

  it('a month runs to its last millisecond, leap Februaries included', () => {
    expect(bounds('2011-03')).to.deep.equal(span(dayStart(2011, 3), dayStart(2011, 4)));
    expect(bounds('2020-02')).to.deep.equal(span(dayStart(2020, 2), dayStart(2020, 3)));
    expect(bounds('2019-12')).to.deep.equal(span(dayStart(2019, 12), dayStart(2020, 1)));
    expectDate('2011-03', { precision: 'month' });
  });

  it('a year, and a two-digit century (ISO 8601 reduced precision)', () => {
    expect(bounds('2019')).to.deep.equal(span(dayStart(2019), dayStart(2020)));
    expectDate('2019', { precision: 'year' });
    expect(bounds('19')).to.deep.equal(span(dayStart(1900), dayStart(2000)));
    expectDate('19', { precision: 'century' });
  });

  it('date-times are instants, with offsets applied, Z or none meaning UTC', () => {
    const tenUtc = Date.UTC(2019, 1, 11, 10);
    expectDate('2019-02-11T10:00:00Z', { precision: 'instant', earliest: tenUtc, latest: tenUtc });
    expectDate('2019-02-11T10:00:00', { earliest: tenUtc });
    expectDate('2019-02-11T10:00', { earliest: tenUtc });
    expectDate('2019-02-11T13:00:00+03:00', { earliest: tenUtc });
    expectDate('2019-02-11T13:00:00+0300', { earliest: tenUtc });
    expectDate('2019-02-11T05:30:00-04:30', { earliest: tenUtc });
    expectDate('2019-02-11T10:00:00.250Z', { earliest: tenUtc + 250 });
    expectDate('2019-02-10T24:00:00Z', { earliest: dayStart(2019, 2, 11) });
  });

  it('negative years and year 0 (astronomical numbering, proleptic Gregorian)', () => {
    const year = (y: number): number => {
      const date = new Date(0);
      date.setUTCFullYear(y, 0, 1);
      return date.getTime();
    };
    expect(bounds('-0500')).to.deep.equal([year(-500), year(-499) - 1]);
    expect(bounds('0000')).to.deep.equal([year(0), year(1) - 1]);
    expect(bounds('0000-02')?.[1]).to.equal(year(0) + 60 * 86_400_000 - 1); // year 0 is a leap year
  });

  it('trims surrounding whitespace', () => {
    expectDate('  2018-09-17\n', { earliest: dayStart(2018, 9, 17), text: '2018-09-17' });
  });
});

describe('parseDateInput: EDTF level 1', () => {
  it('seasons 21–24 are northern meteorological seasons, winter running into the next year', () => {
    expect(bounds('2017-21')).to.deep.equal(span(dayStart(2017, 3), dayStart(2017, 6)));
    expect(bounds('2017-22')).to.deep.equal(span(dayStart(2017, 6), dayStart(2017, 9)));
    expect(bounds('2017-23')).to.deep.equal(span(dayStart(2017, 9), dayStart(2017, 12)));
    expect(bounds('2017-24')).to.deep.equal(span(dayStart(2017, 12), dayStart(2018, 3)));
    expectDate('2017-23', { precision: 'season', season: 'autumn' });
    expectDate('2016-24', { season: 'winter', latest: dayStart(2017, 3) - 1 });
    expectDate('2019-24', { latest: dayStart(2020, 3) - 1 }); // through 29 February 2020
  });

  it('qualifiers: ? uncertain, ~ approximate, % both; the span stays that of the date', () => {
    expectDate('2019-02-11?', { uncertain: true, approximate: false, earliest: dayStart(2019, 2, 11) });
    expectDate('2017~', { uncertain: false, approximate: true, precision: 'year' });
    expectDate('2004-06%', { uncertain: true, approximate: true, precision: 'month' });
    expectDate('2017-23~', { approximate: true, season: 'autumn' });
  });

  it('unspecified digits: the precision is the coarsest fully known unit', () => {
    expectDate('201X', { precision: 'decade', unspecified: true, earliest: dayStart(2010), latest: dayStart(2020) - 1 });
    expectDate('19XX', { precision: 'century', unspecified: true, earliest: dayStart(1900), latest: dayStart(2000) - 1 });
    expectDate('2019-XX', { precision: 'year', unspecified: true, earliest: dayStart(2019), latest: dayStart(2020) - 1 });
    expectDate('2019-XX-XX', { precision: 'year', unspecified: true });
    expectDate('2019-02-XX', { precision: 'month', unspecified: true, latest: dayStart(2019, 3) - 1 });
    expect(parseEventDate('2019')?.unspecified).to.equal(undefined);
  });

  it('ISO 8601 week dates: Monday 00:00 to Sunday 23:59:59.999 UTC, week 1 holding 4 January', () => {
    expectDate('2020-W19', { precision: 'week', earliest: dayStart(2020, 5, 4), latest: dayStart(2020, 5, 11) - 1 });
    // 4 January 2021 is a Monday, so week 1 starts on it; 2020's week 53 takes 1–3 January 2021.
    expectDate('2021-W01', { earliest: dayStart(2021, 1, 4) });
    expectDate('2020-W53', { earliest: dayStart(2020, 12, 28), latest: dayStart(2021, 1, 4) - 1 });
    // 4 January 2020 is a Saturday: week 1 starts on Monday 30 December 2019.
    expectDate('2020-W01', { earliest: dayStart(2019, 12, 30) });
    expectDate('2009-W53', { latest: dayStart(2010, 1, 4) - 1 });
    expectDate('2020-W19~', { precision: 'week', approximate: true, uncertain: false });
    expectDate('2020-W19?', { uncertain: true, approximate: false });
    const interval = parseDateInput('2020-W19/2020-W21');
    expect(interval.kind === 'interval' && [interval.start?.earliest, interval.end?.latest]).to.deep.equal([
      dayStart(2020, 5, 4),
      dayStart(2020, 5, 25) - 1,
    ]);
  });

  it('Y-prefixed years of five digits or more', () => {
    const year = (y: number): number => {
      const date = new Date(0);
      date.setUTCFullYear(y, 0, 1);
      return date.getTime();
    };
    expect(bounds('Y12345')).to.deep.equal([year(12345), year(12346) - 1]);
    expect(bounds('Y-12345')).to.deep.equal([year(-12345), year(-12344) - 1]);
    expectDate('Y170000002', { precision: 'year' });
    expect(parseEventDate('Y1234')).to.equal(undefined); // four digits need no Y
  });

  it('intervals: both ends, open (..) and unknown (empty) ends', () => {
    const closed = parseDateInput('2017-09/2018-09');
    expect(closed.kind).to.equal('interval');
    if (closed.kind !== 'interval') return;
    expect([closed.start?.earliest, closed.end?.latest]).to.deep.equal([dayStart(2017, 9), dayStart(2018, 10) - 1]);
    expect(closed.openStart).to.equal(undefined);

    expect(parseDateInput('2011-03/..')).to.deep.include({ kind: 'interval', openEnd: 'open' });
    expect(parseDateInput('../2019')).to.deep.include({ kind: 'interval', openStart: 'open' });
    expect(parseDateInput('2017-09/')).to.deep.include({ kind: 'interval', openEnd: 'unknown' });
    expect(parseDateInput('/2019')).to.deep.include({ kind: 'interval', openStart: 'unknown' });
    const hedged = parseDateInput('2019?/2020~');
    expect(hedged.kind === 'interval' && [hedged.start?.uncertain, hedged.end?.approximate]).to.deep.equal([true, true]);
  });

  it('parseEventDate takes single dates only', () => {
    expect(parseEventDate('2017-09/2018-09')).to.equal(undefined);
    expect(parseEventDate('2017-09')?.precision).to.equal('month');
  });
});

describe('parseDateInput: epoch milliseconds and Date objects', () => {
  it('finite numbers are instants', () => {
    const ms = Date.UTC(2019, 1, 11, 10);
    expectDate(ms, { precision: 'instant', earliest: ms, latest: ms, text: String(ms) });
    expectDate(0, { earliest: 0 });
    expectDate(-1.7, { earliest: -1 }); // truncated toward 0, as Date does
  });

  it('valid Dates are instants; the text is their ISO form', () => {
    const date = new Date(Date.UTC(2018, 8, 17, 6, 30));
    expectDate(date, { precision: 'instant', earliest: date.getTime(), text: '2018-09-17T06:30:00.000Z' });
  });

  it('rejects what cannot be a point in time, saying why', () => {
    expect(parseDateInput(Number.NaN)).to.deep.equal({ kind: 'invalid', problem: 'is not a finite number of milliseconds' });
    expect(parseDateInput(Infinity).kind).to.equal('invalid');
    expect(parseDateInput(9e15)).to.deep.include({ kind: 'invalid' });
    expect(parseDateInput(new Date(Number.NaN))).to.deep.equal({ kind: 'invalid', problem: 'is an invalid Date' });
  });
});

describe('parseDateInput: invalid input names its problem', () => {
  const cases: Array<[unknown, string]> = [
    ['not a date', 'is not a date'],
    ['', 'is empty'],
    ['   ', 'is empty'],
    [null, 'is not a date'],
    [undefined, 'is not a date'],
    [{ start: '2019' }, 'is not a date'],
    [true, 'is not a date'],
    ['2019-13', 'has month 13 (months are 01–12, seasons 21–24)'],
    ['2019-00', 'has month 00 (months are 01–12, seasons 21–24)'],
    ['2019-25', 'has month 25 (months are 01–12, seasons 21–24)'],
    ['2019-02-30', 'has day 30, but 2019-02 has 28 days'],
    ['2019-04-31', 'has day 31, but 2019-04 has 30 days'],
    ['2019-02-29', 'has day 29, but 2019-02 has 28 days'],
    ['2018-09-32', 'has day 32, but 2018-09 has 30 days'],
    ['2019-2-1', 'is not a date'],
    ['17/09/2018', 'is not a date'],
    ['XXXX', 'gives no digit of the year'],
    ['201X?', 'cannot mark unspecified digits (X) as uncertain or approximate'],
    ['2019-06/2019-03', 'does not end after it starts'],
    ['2019/2020/2021', 'is not a date'],
    ['17/09', 'has an interval end EDTF level 1 does not allow (no seasons, centuries, X digits or Y-years)'],
    ['2017-23/2018-21', 'has an interval end EDTF level 1 does not allow (no seasons, centuries, X digits or Y-years)'],
    ['2019-02-11T25:00:00Z', 'is not a date'],
    ['2021-W53', 'has week 53, but 2021 has ISO weeks 01–52'],
    ['2020-W54', 'has week 54, but 2020 has ISO weeks 01–53'],
    ['2020-W00', 'has week 00, but 2020 has ISO weeks 01–53'],
    ['2020W19', 'is not a date'],
    ['2020-W9', 'is not a date'],
    ['2019-02-11T10:00:00+15:00', 'is not a date'],
  ];
  for (const [input, problem] of cases) {
    it(`${JSON.stringify(input) ?? String(input)} ${problem}`, () => {
      expect(parseDateInput(input)).to.deep.equal({ kind: 'invalid', problem });
    });
  }

  it('answers long hostile text (a backtracking regex would hit the test timeout)', () => {
    expect(parseDateInput(`${'2019-'.repeat(20_000)}X`).kind).to.equal('invalid');
    expect(parseDateInput(`${'9'.repeat(100_000)}-`).kind).to.equal('invalid');
    expect(parseDateInput(`2019-02-11T10:00:00.${'1'.repeat(100_000)}!`).kind).to.equal('invalid');
  });
});

describe('parseDateInput in the reader’s time zone', () => {
  afterEach(() => emulateTimezone(undefined));

  for (const zone of READER_TIME_ZONES) {
    it(`gives the same instants in ${zone}`, async () => {
      await emulateTimezone(zone);
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      expect(bounds('2018-09-17')).to.deep.equal(span(dayStart(2018, 9, 17), dayStart(2018, 9, 18)));
      expect(bounds('2011-03')).to.deep.equal(span(dayStart(2011, 3), dayStart(2011, 4)));
      expect(bounds('2017-23')).to.deep.equal(span(dayStart(2017, 9), dayStart(2017, 12)));
      expect(bounds('2019-02-11T10:00:00')?.[0]).to.equal(Date.UTC(2019, 1, 11, 10));
      const date = new Date(Date.UTC(2018, 8, 17));
      expect(bounds(date)).to.deep.equal([date.getTime(), date.getTime()]);
    });
  }
});
