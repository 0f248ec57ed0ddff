import { expect } from '@open-wc/testing';
import { formatEdtfDay, formatEdtfMonth, parseAcledDate } from '../../src/data/acled-date.js';

describe('parseAcledDate', () => {
  it('reads ISO dates', () => {
    expect(parseAcledDate('2018-09-17')).to.deep.equal({ year: 2018, month: 9, day: 17 });
  });

  it('reads spelled-out dates, full and abbreviated, with spaces or hyphens', () => {
    expect(parseAcledDate('17 September 2018')).to.deep.equal({ year: 2018, month: 9, day: 17 });
    expect(parseAcledDate(' 3 Feb 2019 ')).to.deep.equal({ year: 2019, month: 2, day: 3 });
    expect(parseAcledDate('17-Sep-2018')).to.deep.equal({ year: 2018, month: 9, day: 17 });
    expect(parseAcledDate('17 Sept. 2018')).to.deep.equal({ year: 2018, month: 9, day: 17 });
    expect(parseAcledDate('1 may 2019')).to.deep.equal({ year: 2019, month: 5, day: 1 });
  });

  it('returns undefined for anything else', () => {
    expect(parseAcledDate('09/17/2018')).to.equal(undefined);
    expect(parseAcledDate('17 Smarch 2018')).to.equal(undefined);
    expect(parseAcledDate('17 Ma 2018')).to.equal(undefined); // too short to tell March from May
    expect(parseAcledDate('')).to.equal(undefined);
  });

  it('formats days and months as EDTF', () => {
    expect(formatEdtfDay({ year: 2019, month: 2, day: 3 })).to.equal('2019-02-03');
    expect(formatEdtfMonth({ year: 2019, month: 2, day: 3 })).to.equal('2019-02');
  });
});
