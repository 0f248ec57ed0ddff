/** Axis labels for years before AD 1 and years under 1000: the era in the locale's words, no padding. */
import { expect } from '@open-wc/testing';
import { ar, ru, tr } from 'date-fns/locale';
import { tickFormatter } from '../../src/render/tick-format.js';

const YEAR_STEP = [new Date(0), new Date(Date.UTC(1980, 0, 1))];
const MONTH_STEP = [new Date(0), new Date(Date.UTC(1970, 1, 1))];

/** 1 January of an astronomical year (0 is 1 BC), UTC. */
function yearStart(year: number, month = 0): Date {
  const date = new Date(Date.UTC(2000, month, 1));
  date.setUTCFullYear(year);
  return date;
}

describe('axis labels around year 0', () => {
  it('names the era on years before AD 1, counted back from it, and never pads a year', () => {
    const format = tickFormatter(YEAR_STEP);
    expect(format(yearStart(-599), 1)).to.equal('600 BC');
    expect(format(yearStart(0), 1)).to.equal('1 BC');
    expect(format(yearStart(200), 1)).to.equal('200');
    expect(format(yearStart(7), 1)).to.equal('7');
    expect(format(yearStart(2019), 1)).to.equal('2019');
  });

  it('names the era on every year when the view shows one before AD 1', () => {
    const format = tickFormatter(YEAR_STEP, undefined, { era: true });
    expect(format(yearStart(1), 1)).to.equal('1 AD');
    expect(format(yearStart(200), 1)).to.equal('200 AD');
    expect(format(yearStart(-399), 1)).to.equal('400 BC');
  });

  it('says the era with the month on a leading tick of a year BC, and no padded year after AD 1', () => {
    const format = tickFormatter(MONTH_STEP);
    expect(format(yearStart(-43, 2), 0)).to.equal('Mar 44 BC');
    expect(format(yearStart(-43, 3), 1)).to.equal('Apr');
    expect(format(yearStart(622, 6), 0)).to.equal('Jul 622');
  });

  it("uses the locale's era words and order: Turkish, Russian, Arabic", () => {
    expect(tickFormatter(YEAR_STEP, tr)(yearStart(-599), 1)).to.equal('MÖ 600');
    expect(tickFormatter(YEAR_STEP, tr, { era: true })(yearStart(200), 1)).to.equal('MS 200');
    expect(tickFormatter(YEAR_STEP, ru)(yearStart(-599), 1)).to.equal('600 г. до н. э.');
    expect(tickFormatter(YEAR_STEP, ru, { era: true })(yearStart(200), 1)).to.equal('200 г. н. э.');
    expect(tickFormatter(YEAR_STEP, ar)(yearStart(-599), 1)).to.equal('600 ق.م');
    expect(tickFormatter(YEAR_STEP, ar, { era: true })(yearStart(200), 1)).to.equal('200 م');
  });
});
