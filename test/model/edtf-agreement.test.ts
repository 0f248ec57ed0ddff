// parseDateInput against the reference parser (npm `edtf`, level 1) over generated EDTF text.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDateInput, parseEventDate } from '../../src/model/parse-event-date.js';
import type { ParsedDateInput } from '../../src/model/parse-event-date.js';
import edtf from 'edtf';
import { referenceParse } from './edtf-reference.js';
import type { ReferenceEnd } from './edtf-reference.js';
import type { EventDate, OpenBound } from '../../src/model/event-date.js';

const RUNS = 400;
const SEED = 20190211;
const PROPERTY = { numRuns: RUNS, seed: SEED, includeErrorInReport: true };

const LAST_DATE_YEAR = 275759;
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Days in a month by the platform's Date, independent of the model's calendar code. */
function platformDaysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

// ---- generators -----------------------------------------------------------------

const yearText = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.boolean())
  .map(([year, negative]) => (negative && year > 0 ? `-${pad(year, 4)}` : pad(year, 4)));
const positiveYear = fc.integer({ min: 0, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
const qualifier = fc.constantFrom('', '?', '~', '%');

const yearDate = yearText;
const monthDate = fc.tuple(yearText, month).map(([y, m]) => `${y}-${pad(m, 2)}`);
const dayDate = fc
  .tuple(positiveYear, month, fc.integer({ min: 1, max: 31 }), fc.boolean())
  .map(([y, m, d, negative]) => {
    const day = Math.min(d, platformDaysInMonth(y, m));
    return `${negative && y > 0 ? '-' : ''}${pad(y, 4)}-${pad(m, 2)}-${pad(day, 2)}`;
  });
// Positive years only: edtf ends negative seasons a year late (see the departures below).
const season = fc.tuple(positiveYear, fc.integer({ min: 21, max: 24 })).map(([y, s]) => `${pad(y, 4)}-${s}`);
const century = fc.integer({ min: 0, max: 99 }).map((c) => pad(c, 2));
const qualified = (date: fc.Arbitrary<string>) => fc.tuple(date, qualifier).map(([d, q]) => d + q);

const unspecified = fc.oneof(
  yearText.map((y) => `${y.slice(0, -1)}X`),
  yearText.map((y) => `${y.slice(0, -2)}XX`),
  positiveYear.map((y) => `${pad(y, 4)}-XX`),
  positiveYear.map((y) => `${pad(y, 4)}-XX-XX`),
  fc.tuple(positiveYear, month).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}-XX`),
);

const offset = fc.oneof(
  fc.constant(''),
  fc.constant('Z'),
  fc.tuple(fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)).map(([h, m]) => `+${pad(h, 2)}:${pad(m, 2)}`),
  fc.integer({ min: 1, max: 12 }).map((h) => `-${pad(h, 2)}:00`),
);
const dateTime = fc
  .tuple(dayDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 999 })), offset)
  .filter(([date, , , , , zone]) => !date.startsWith('-') && !(zone.startsWith('+14') && !zone.endsWith('00')))
  .map(([date, h, m, s, ms, zone]) => `${date}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${ms === null ? '' : `.${pad(ms, 3)}`}${zone}`);

const singleDate = fc
  .oneof(century, qualified(yearDate), qualified(monthDate), qualified(dayDate), qualified(season), unspecified, dateTime)
  .filter((text) => !isDocumentedDeparture(text));
const intervalEnd = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(qualified(yearDate), qualified(monthDate), qualified(dayDate), dateTime) },
  { weight: 1, arbitrary: fc.constantFrom('..', '') },
);
const interval = fc
  .tuple(intervalEnd, intervalEnd)
  .map(([a, b]) => `${a}/${b}`)
  .filter((text) => !isDocumentedDeparture(text));

/** 29 February of a common year: `edtf` accepts it as 1 March, we reject it (tested below). */
function isCommonYearLeapDay(text: string): boolean {
  const match = /^-?(\d{4})-02-29/.exec(text);
  return match !== null && platformDaysInMonth(Number(match[1]), 2) !== 29;
}

/** Where we depart from `edtf` on purpose; each is tested in 'documented departures'. */
function isDocumentedDeparture(text: string): boolean {
  return (
    isCommonYearLeapDay(text) ||
    /^-\d{4}-2\d|^-0+X|^-\d\d(\/|$)/.test(text) || // negative seasons, centuries, -00XX
    /T.*\./.test(text) || // fractional seconds
    /(^|\/)-?00\d\d-\d\d-/.test(text) || // days in years 0–99 (edtf's Date.UTC maps them to 1900–1999)
    isBeyondDateRange(text)
  );
}

/** Y-years past what Date holds: edtf answers NaN, we keep ordered (approximate) numbers. */
function isBeyondDateRange(text: string): boolean {
  const match = /^Y-?(\d+)$/.exec(text);
  return match !== null && Number(match[1]) > LAST_DATE_YEAR;
}

const nearMiss = fc.oneof(
  fc.tuple(yearText, fc.integer({ min: 0, max: 99 })).map(([y, m]) => `${y}-${pad(m, 2)}`),
  fc
    .tuple(positiveYear, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.tuple(positiveYear, month, fc.integer({ min: 1, max: 9 })).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(positiveYear, fc.integer({ min: 25, max: 41 })).map(([y, s]) => `${pad(y, 4)}-${s}`),
  fc.tuple(unspecified, fc.constantFrom('?', '~', '%')).map(([d, q]) => d + q),
  fc.tuple(fc.oneof(unspecified, season), fc.oneof(singleDate, fc.constant('..'))).map(([a, b]) => `${a}/${b}`),
  fc.tuple(singleDate, fc.integer({ min: 0, max: 12 }), fc.constantFrom('', '-', '/', '0', 'X', '?', 'T', ' ')).map(
    ([d, at, insert]) => d.slice(0, at) + insert + d.slice(at + 1),
  ),
  fc.string({ unit: fc.constantFrom(...'0123456789-X?~%/.TZ:+Y'.split('')), maxLength: 14 }),
  fc.string({ maxLength: 12 }),
).filter((text) => !isDocumentedDeparture(text));

// ---- comparison -----------------------------------------------------------------

function describeBounds(date: { earliest: number; latest: number }): string {
  return `${date.earliest}..${date.latest}`;
}

function expectEnd(mine: EventDate | undefined, bound: OpenBound | undefined, reference: ReferenceEnd, label: string): void {
  if (reference === 'open' || reference === 'unknown') {
    expect(bound, label).to.equal(reference);
    expect(mine, label).to.equal(undefined);
    return;
  }
  expect(mine, label).to.not.equal(undefined);
  expect(describeBounds(mine!), label).to.equal(describeBounds(reference));
}

function expectAgreement(text: string): void {
  const mine: ParsedDateInput = parseDateInput(text);
  const reference = referenceParse(text.trim()); // we trim surrounding whitespace on purpose
  const label = `${JSON.stringify(text)}: ours ${JSON.stringify(mine)}`;
  expect(mine.kind, label).to.equal(reference.kind);
  if (mine.kind === 'date' && reference.kind === 'date') {
    expect(describeBounds(mine.date), label).to.equal(describeBounds(reference));
  }
  if (mine.kind === 'interval' && reference.kind === 'interval') {
    expectEnd(mine.start, mine.openStart, reference.start, `${label} (start)`);
    expectEnd(mine.end, mine.openEnd, reference.end, `${label} (end)`);
  }
}

describe('parseDateInput agrees with the reference parser (edtf, level 1)', () => {
  it('on single dates: years, months, days, seasons, qualifiers, X digits, date-times', () => {
    fc.assert(fc.property(singleDate, expectAgreement), PROPERTY);
  });

  it('on intervals, including open (..) and unknown (empty) ends', () => {
    fc.assert(fc.property(interval, expectAgreement), PROPERTY);
  });

  it('on near-miss and garbage text: rejects exactly what it rejects', () => {
    fc.assert(fc.property(nearMiss, expectAgreement), { ...PROPERTY, numRuns: RUNS * 3 });
  });

  it('on hand-picked forms from the brief', () => {
    const forms = [
      '2018-09-17', '2011-03', '2019', '2019-02-11T10:00:00Z', '2019-02-11T10:00:00+03:00', '2017-21',
      '2017-24', '2019-02?', '2017~', '2004-06-11%', '201X', '19XX', '2019-XX', '2019-02-XX', 'Y12345',
      'Y-12345', '-0500', '2017-09/2018-09', '2011-03/..', '../2019', '2017-09/', '/2019', '2020-02-29',
      '2019-13', '2019-02-30', '2019-2-1', '-0000', 'Y1234', '2019-02-11T24:00:00Z', '1XXX', '201X-02',
    ];
    forms.forEach(expectAgreement);
  });
});

describe('documented departures from the reference parser', () => {
  it('seasons are meteorological: edtf puts autumn (23) in July–September, we in September–November', () => {
    const ours = parseDateInput('2017-23');
    expect(ours.kind).to.equal('date');
    const reference = referenceParse('2017-23');
    // The shift is what the reference helper applies; check it against the raw calendar.
    expect(reference).to.deep.include({ earliest: Date.UTC(2017, 8, 1), latest: Date.UTC(2017, 11, 1) - 1 });
  });

  it('29 February of a common year is rejected (edtf turns it into 1 March)', () => {
    expect(referenceParse('2019-02-29')).to.deep.include({ kind: 'date', earliest: Date.UTC(2019, 2, 1) });
    expect(parseDateInput('2019-02-29')).to.deep.equal({ kind: 'invalid', problem: 'has day 29, but 2019-02 has 28 days' });
    expect(parseDateInput('2100-02-29').kind).to.equal('invalid');
    expect(parseDateInput('2000-02-29').kind).to.equal('date');
  });

  it('a negative year with an unspecified month spans that whole year (edtf swaps the ends)', () => {
    const parsed = parseDateInput('-2019-XX');
    const reference = referenceParse('-2019-XX');
    expect(reference.kind === 'date' && reference.earliest > reference.latest).to.equal(true);
    if (parsed.kind !== 'date') throw new Error('expected a date');
    const year = new Date(0);
    year.setUTCFullYear(-2019, 0, 1);
    expect(parsed.date.earliest).to.equal(year.getTime());
    year.setUTCFullYear(-2018, 0, 1);
    expect(parsed.date.latest).to.equal(year.getTime() - 1);
  });

  it('fractional seconds are a decimal fraction (edtf reads .5 as 5 ms)', () => {
    expect(parseDateInput('2019-02-11T10:00:00.5Z')).to.deep.include({ kind: 'date' });
    expect(parseEventDateMs('2019-02-11T10:00:00.5Z')).to.equal(Date.UTC(2019, 1, 11, 10, 0, 0, 500));
  });

  it('negative seasons and centuries read like positive ones (edtf: a year late; -19 as -1900…-1801); -00XX is no date', () => {
    const year = (y: number): number => {
      const date = new Date(0);
      date.setUTCFullYear(y, 0, 1);
      return date.getTime();
    };
    expect(edtf('-0001-21', { level: 1 }).max).to.equal(year(1) + Date.UTC(1970, 3, 1) - 1);
    expect(parseDateInput('-0001-21')).to.deep.include({ kind: 'date' });
    expect(parseEventDateMs('-0001-21')).to.equal(year(-1) + Date.UTC(1970, 2, 1));
    expect(referenceParse('-19')).to.deep.include({ earliest: year(-1900), latest: year(-1800) - 1 });
    expect(referenceParse('-00XX')).to.deep.include({ earliest: year(0), latest: year(100) - 1 });
    expect(parseDateInput('-00XX').kind).to.equal('invalid');
    const parsed = parseDateInput('-19');
    expect(parsed.kind === 'date' && [parsed.date.earliest, parsed.date.latest]).to.deep.equal([year(-1999), year(-1899) - 1]);
  });

  it('years 0–99 use their own leap years (edtf mixes in 1900–1999 for X days and offsets)', () => {
    const year = (y: number, month: number, day: number, hour = 0): number => {
      const date = new Date(0);
      date.setUTCFullYear(y, month - 1, day);
      date.setUTCHours(hour);
      return date.getTime();
    };
    expect(referenceParse('0000-02-XX')).to.deep.include({ latest: year(0, 3, 2) - 1 });
    expect(referenceParse('0000-02-28')).to.deep.include({ latest: year(0, 3, 1) - 1 }); // two days long
    expect(parseEventDate('0000-02-28')?.latest).to.equal(year(0, 2, 29) - 1);
    expect(parseDateInput('0000-02-XX')).to.deep.include({ kind: 'date' });
    expect(parseDateInput('0000-02-XX').kind === 'date' && parseEventDate('0000-02-XX')?.latest).to.equal(year(0, 3, 1) - 1);
    expect(referenceParse('0050-03-01T00:00:00+01:00')).to.deep.include({ earliest: year(50, 2, 28, 23) });
    expect(parseEventDateMs('0050-03-01T00:00:00+01:00')).to.equal(year(50, 2, 28, 23));
    expect(parseEventDateMs('0048-03-01T00:00:00+01:00')).to.equal(year(48, 2, 29, 23));
  });

  it('Y-years beyond what Date holds keep ordered numbers (edtf: NaN)', () => {
    expect(referenceParse('Y170000002')).to.deep.include({ kind: 'date' });
    expect(Number.isNaN(edtf('Y170000002', { level: 1 }).min)).to.equal(true);
    const far = parseEventDate('Y170000002');
    const farBack = parseEventDate('Y-170000002');
    expect(far?.precision).to.equal('year');
    expect(Number.isFinite(far?.earliest) && far!.earliest < far!.latest).to.equal(true);
    expect(farBack!.latest < parseEventDate('Y-12345')!.earliest).to.equal(true);
    expect(parseEventDate('Y12345')!.latest < far!.earliest).to.equal(true);
  });

  it('XXXX (no known digit) is rejected: no precision describes it', () => {
    expect(referenceParse('XXXX').kind).to.equal('date');
    expect(parseDateInput('XXXX')).to.deep.equal({ kind: 'invalid', problem: 'gives no digit of the year' });
  });
});

function parseEventDateMs(text: string): number | undefined {
  const parsed = parseDateInput(text);
  return parsed.kind === 'date' ? parsed.date.earliest : undefined;
}
