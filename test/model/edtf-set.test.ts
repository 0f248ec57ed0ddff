// EDTF level 2 sets: the specification's examples (ISO 8601-2:2019 / EDTF 2019, "Set representation"),
// our departures, and the words a reader gets for them.
import { expect } from '@open-wc/testing';
import { parseDateInput, parseEventDate } from '../../src/model/parse-event-date.js';
import { describeDate, describeEventDate } from '../../src/model/describe-date.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { MAX_SET_MEMBERS, SET_PROBLEMS } from '../../src/model/edtf-set.js';
import type { EventDate } from '../../src/model/event-date.js';
import { loadLocalePack } from '../../src/element/load-locale-pack.js';

function set(text: string): EventDate {
  const date = parseEventDate(text);
  if (!date?.set) throw new Error(`${text} should parse as a set`);
  return date;
}

function problem(text: string): string {
  const parsed = parseDateInput(text);
  if (parsed.kind !== 'invalid') throw new Error(`${text} should be rejected`);
  return parsed.problem;
}

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const dayEnd = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d + 1) - 1;

describe('EDTF level 2 sets: the specification\'s examples', () => {
  it('[1667,1668,1670..1672]: one of the years 1667, 1668, 1670 to 1672', () => {
    const date = set('[1667,1668,1670..1672]');
    expect(date.set!.kind).to.equal('one-of');
    expect(date.set!.members.map((m) => [m.date.text, m.through?.text])).to.deep.equal([
      ['1667', undefined],
      ['1668', undefined],
      ['1670', '1672'],
    ]);
    expect(date.earliest).to.equal(Date.UTC(1667, 0, 1) - 0);
    expect(date.latest).to.equal(Date.UTC(1673, 0, 1) - 1);
    expect(date.precision).to.equal('year');
  });

  it('[..1760-12-03]: 3 December 1760 or an earlier date', () => {
    const date = set('[..1760-12-03]');
    expect(date.set!.earlier).to.equal(true);
    expect(date.set!.later).to.equal(undefined);
    // Placed at the one date it names: "earlier" has no first day to place it by.
    expect(date.earliest).to.equal(Date.UTC(1760, 11, 3));
    expect(describeDate(date)).to.equal('3 December 1760 or earlier');
  });

  it('[1760-12..]: December 1760 or a later month', () => {
    const date = set('[1760-12..]');
    expect(date.set!.later).to.equal(true);
    expect(date.precision).to.equal('month');
    expect(describeDate(date)).to.equal('December 1760 or later');
  });

  it('[1760-01,1760-02,1760-12..]: January, February, or December 1760 or later', () => {
    const date = set('[1760-01,1760-02,1760-12..]');
    expect(date.set!.members).to.have.length(3);
    expect(describeDate(date)).to.equal('January 1760, February 1760 or December 1760 or later');
  });

  it('[..2019-01-05,2019-03-07..]: runs on at both ends, and its words say both', () => {
    const date = set('[..2019-01-05,2019-03-07..]');
    expect([date.set!.earlier, date.set!.later]).to.deep.equal([true, true]);
    expect(describeDate(date)).to.equal('5 January 2019 or 7 March 2019 or earlier or later');
  });

  it('{1667,1668,1670..1672}: all of the years', () => {
    const date = set('{1667,1668,1670..1672}');
    expect(date.set!.kind).to.equal('all-of');
    expect(describeDate(date)).to.equal('1667, 1668 and 1670 – 1672');
  });

  it('{1960,1961-12}: all of 1960 and December 1961, each at its own precision', () => {
    const date = set('{1960,1961-12}');
    expect(date.set!.members.map((m) => m.date.precision)).to.deep.equal(['year', 'month']);
    expect(date.precision).to.equal('year');
    expect(date.latest).to.equal(Date.UTC(1962, 0, 1) - 1);
    expect(describeDate(date)).to.equal('1960 and December 1961');
  });
});

describe('EDTF level 2 sets: conflict dates', () => {
  it('one of two days: placed by the earliest, named once with its month', () => {
    const date = set('[2018-09-17,2018-09-18]');
    expect([date.earliest, date.latest]).to.deep.equal([day(2018, 9, 17), dayEnd(2018, 9, 18)]);
    expect(date.precision).to.equal('day');
    expect(describeDate(date)).to.equal('17 or 18 September 2018');
  });

  it('keeps members in time order however they are written, and a repeated one once', () => {
    const date = set('[2018-09-18,2018-09-17,2018-09-18]');
    expect(date.set!.members.map((m) => m.date.text)).to.deep.equal(['2018-09-17', '2018-09-18']);
    expect(date.earliest).to.equal(day(2018, 9, 17));
  });

  it('three days of one month, and days of two months', () => {
    expect(describeDate(set('[2018-09-17,2018-09-18,2018-09-20]'))).to.equal('17, 18 or 20 September 2018');
    expect(describeDate(set('[2018-09-30,2018-10-01]'))).to.equal('30 September 2018 or 1 October 2018');
  });

  it('a day whose number is also in its year is named in full, not cut wrong', () => {
    // "1" occurs in "2011" too: replacing it would garble the year.
    expect(describeDate(set('[2011-03-01,2011-03-15]'))).to.equal('1 or 15 March 2011');
    expect(describeDate(set('[2011-03-01,2011-03-20]'))).to.equal('1 or 20 March 2011');
  });

  it('a run of days is some day between its ends', () => {
    const date = set('[2018-09-17..2018-09-20]');
    expect(date.latest).to.equal(dayEnd(2018, 9, 20));
    expect(describeDate(date)).to.equal('some time between 17 September 2018 and 20 September 2018');
  });

  it('each member keeps its hedges', () => {
    const date = set('[2019-01~,2019-02-14?]');
    expect(date.approximate).to.equal(true);
    expect(date.uncertain).to.equal(true);
    expect(describeDate(date)).to.equal('January 2019, approximate or 14 February 2019, uncertain');
  });

  it('a set of one date is that date', () => {
    const date = parseEventDate('[2019-02-14]')!;
    expect(date.set).to.equal(undefined);
    expect(date.precision).to.equal('day');
    expect(date.text).to.equal('[2019-02-14]');
  });

  it('a set may end an interval, or be an event\'s end', () => {
    const { events, rejected } = validateEvents([
      { title: 'a', start: '[2011-03-15,2011-03-18]/2011-04' },
      { title: 'b', start: '2011-03-01', end: '[2011-03-15,2011-03-18]' },
    ]);
    expect(rejected).to.deep.equal([]);
    expect(events.map((e) => describeEventDate(e))).to.deep.equal([
      '1 March 2011 – 15 or 18 March 2011',
      '15 or 18 March 2011 – April 2011',
    ]);
  });
});

describe('EDTF level 2 sets: what is not a set', () => {
  for (const [text, reason] of [
    ['[]', SET_PROBLEMS.empty],
    ['{}', SET_PROBLEMS.empty],
    ['[..]', SET_PROBLEMS.empty],
    ['[2018-09-17,2018-09-18', SET_PROBLEMS.unclosed],
    ['[2018-09-17}', SET_PROBLEMS.unclosed],
    ['{..2019}', SET_PROBLEMS.openAllOf],
    ['{2019..}', SET_PROBLEMS.openAllOf],
    ['[2019-03..2019-01]', SET_PROBLEMS.runOrder],
    ['[2019-01..2019-03-04]', SET_PROBLEMS.runPrecision],
    ['[2017-21..2017-23]', SET_PROBLEMS.runPrecision],
    ['[2018-09-17,..2018-09-20]', SET_PROBLEMS.dotsInside],
    ['[2019-02-14T10:00Z,2019-02-15]', SET_PROBLEMS.instantMember],
  ] as const) {
    it(`${text} ${reason}`, () => {
      expect(problem(text)).to.equal(reason);
    });
  }

  it('a member that is not a date names its problem', () => {
    expect(problem('[2018-09-17,2018-02-30]')).to.equal('has day 30, but 2018-02 has 28 days');
    expect(problem('[2018-09-17,,2018-09-18]')).to.equal('is not a date');
  });

  it(`more than ${MAX_SET_MEMBERS} members are refused, in linear time`, () => {
    const many = Array.from({ length: MAX_SET_MEMBERS + 1 }, (_, i) => `2018-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(problem(`[${many.join(',')}]`)).to.equal(SET_PROBLEMS.tooMany);
    expect(parseEventDate(`[${many.slice(0, MAX_SET_MEMBERS).join(',')}]`)?.set?.members).to.have.length(12);
  });

  it('a rejected record says why, with the example dates', () => {
    const { rejected } = validateEvents([{ title: 't', start: '{..2019}' }]);
    expect(rejected[0]!.reason).to.contain(SET_PROBLEMS.openAllOf);
  });
});

describe('EDTF level 2 sets in the eight languages', () => {
  const cases: Record<string, [string, string]> = {
    ar: ['', ''],
    de: ['17. oder 18. September 2018', '14. Februar 2019 oder früher'],
    es: ['17 o 18 de septiembre de 2018', '14 de febrero de 2019 o antes'],
    fa: ['', ''],
    fr: ['17 ou 18 septembre 2018', '14 février 2019 ou avant'],
    ru: ['17 или 18 сентября 2018 г.', '14 февраля 2019 г. или раньше'],
    tr: ['17 veya 18 Eylül 2018', '14 Şubat 2019 veya öncesi'],
  };
  for (const [language, [oneOf, earlier]] of Object.entries(cases)) {
    it(`${language}: one of two days, and a date or earlier`, async () => {
      const { pack } = await loadLocalePack(language);
      const options = pack.dateFns ? { words: pack.words, locale: pack.dateFns } : { words: pack.words };
      const two = describeDate(set('[2018-09-17,2018-09-18]'), options);
      const before = describeDate(set('[..2019-02-14]'), options);
      if (oneOf) {
        expect(two).to.equal(oneOf);
        expect(before).to.equal(earlier);
      } else {
        // Arabic and Persian write their own digits: both days are named, once each, with one year.
        const oneDay = describeDate(parseEventDate('2018-09-18')!, options);
        expect(two.endsWith(oneDay.slice(oneDay.search(/\s/)))).to.equal(true);
        expect(two).to.not.equal(oneDay);
        expect(before.startsWith(describeDate(parseEventDate('2019-02-14')!, options))).to.equal(true);
      }
    });
  }
});
