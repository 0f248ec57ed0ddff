import { expect } from '@open-wc/testing';
import { fullYear, numericDateOrder, parseAcledDate } from '../../src/data/acled-date.js';
import { formatEdtfDay, formatEdtfMonth, formatIsoWeek } from '../../src/data/calendar-day.js';

const MAY_9_2020 = { year: 2020, month: 5, day: 9 };

describe('parseAcledDate: every way an export or a spreadsheet writes 9 May 2020', () => {
  const sameDay: readonly string[] = [
    '2020-05-09', // ACLED's export
    '9 May 2020',
    '09-May-2020',
    '9-May-20', // Excel, saving a date cell back to CSV
    '09/05/2020', // day first (the default order)
    '9/5/2020',
    '09.05.2020',
    '2020/05/09',
    '2020.05.09',
    'May 9, 2020',
    'May 9 2020',
    '2020-05-09 00:00:00',
    '2020-05-09T00:00:00Z',
    '2020-05-09 00:00:00.000',
    '9/5/2020 0:00', // Excel's date-time cell at midnight
    ' 9 May 2020 ',
    '9 may 2020',
  ];
  for (const text of sameDay) {
    it(`reads '${text}'`, () => {
      expect(parseAcledDate(text)).to.deep.equal(MAY_9_2020);
    });
  }

  it('reads numeric dates with the year last in the order it is told', () => {
    expect(parseAcledDate('05/09/2020', 'month-first')).to.deep.equal(MAY_9_2020);
    expect(parseAcledDate('5/9/20', 'month-first')).to.deep.equal(MAY_9_2020);
    expect(parseAcledDate('05/09/2020', 'day-first')).to.deep.equal({ year: 2020, month: 9, day: 5 });
    // Year-first and named months do not depend on the order.
    expect(parseAcledDate('2020/05/09', 'month-first')).to.deep.equal(MAY_9_2020);
    expect(parseAcledDate('9-May-20', 'month-first')).to.deep.equal(MAY_9_2020);
  });

  it('two-digit years by the spreadsheet rule: 00–29 are 2000s, 30–99 are 1900s', () => {
    expect([fullYear('00'), fullYear('29'), fullYear('30'), fullYear('97'), fullYear('2020')]).to.deep.equal([2000, 2029, 1930, 1997, 2020]);
    expect(parseAcledDate('17-Sep-97')).to.deep.equal({ year: 1997, month: 9, day: 17 });
    expect(parseAcledDate('1/2/29')).to.deep.equal({ year: 2029, month: 2, day: 1 });
  });

  it('a time other than midnight is not an ACLED date, nor a day that does not exist', () => {
    expect(parseAcledDate('2020-05-09 13:30:00')).to.equal(undefined);
    expect(parseAcledDate('9/5/2020 0:30')).to.equal(undefined);
    expect(parseAcledDate('31/04/2020')).to.equal(undefined);
    expect(parseAcledDate('29-Feb-19')).to.equal(undefined);
    expect(parseAcledDate('17 Smarch 2018')).to.equal(undefined);
    expect(parseAcledDate('17 Ma 2018')).to.equal(undefined); // too short to tell March from May
    expect(parseAcledDate('')).to.equal(undefined);
    expect(parseAcledDate('2020')).to.equal(undefined);
  });
});

describe('numericDateOrder: what one cell proves about its file', () => {
  it('a first number over 12 proves day first, a second over 12 month first', () => {
    expect(numericDateOrder('25/05/2020')).to.equal('day-first');
    expect(numericDateOrder('05/25/2020')).to.equal('month-first');
    expect(numericDateOrder('13.1.20')).to.equal('day-first');
  });

  it('both 12 or under is ambiguous, unless the two read the same', () => {
    expect(numericDateOrder('09/05/2020')).to.equal('ambiguous');
    expect(numericDateOrder('05/05/2020')).to.equal(undefined);
  });

  it('other layouts and impossible days prove nothing', () => {
    expect(numericDateOrder('2020-05-09')).to.equal(undefined);
    expect(numericDateOrder('9-May-20')).to.equal(undefined);
    expect(numericDateOrder('31/31/2020')).to.equal(undefined);
    // 30/02 is no day, 02/30 neither: nothing to learn.
    expect(numericDateOrder('30/02/2020')).to.equal(undefined);
  });
});

describe('calendar days as EDTF', () => {
  it('formats days, months and ISO weeks (whose year may be the next or the last)', () => {
    expect(formatEdtfDay({ year: 2019, month: 2, day: 3 })).to.equal('2019-02-03');
    expect(formatEdtfMonth({ year: 2019, month: 2, day: 3 })).to.equal('2019-02');
    expect(formatIsoWeek(MAY_9_2020)).to.equal('2020-W19');
    expect(formatIsoWeek({ year: 2019, month: 12, day: 30 })).to.equal('2020-W01');
    expect(formatIsoWeek({ year: 2021, month: 1, day: 3 })).to.equal('2020-W53');
    expect(formatEdtfDay({ year: -490, month: 9, day: 12 })).to.equal('-0490-09-12');
  });
});
