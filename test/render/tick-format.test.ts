import { expect } from '@open-wc/testing';
import { de } from 'date-fns/locale';
import { tickFormatter, tickUnit } from '../../src/render/tick-format.js';
import { emulateTimezone, READER_TIME_ZONES } from '../support/timezone.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(`${iso}Z`);

/** Labels of ticks as the axis writes them: each tick with its index. */
function labels(ticks: readonly Date[], locale?: Parameters<typeof tickFormatter>[1]): string[] {
  const format = tickFormatter(ticks, locale);
  return ticks.map((tick, i) => format(tick, i));
}

describe('tick formatting', () => {
  describe('the unit, from the spacing of the ticks', () => {
    const ticks = (step: number) => [new Date(0), new Date(step)];

    it('counts in years from a step of 0.9 of a year up', () => {
      expect(tickUnit(ticks(10 * 365 * DAY))).to.equal('year');
      expect(tickUnit(ticks(365 * DAY))).to.equal('year');
      expect(tickUnit(ticks(0.9 * 365 * DAY))).to.equal('year');
    });

    it('counts in months from 28 days to under 0.9 of a year', () => {
      expect(tickUnit(ticks(0.9 * 365 * DAY - 1))).to.equal('month');
      expect(tickUnit(ticks(91 * DAY))).to.equal('month');
      expect(tickUnit(ticks(28 * DAY))).to.equal('month');
    });

    it('counts in days from one day to under 28', () => {
      expect(tickUnit(ticks(28 * DAY - 1))).to.equal('day');
      expect(tickUnit(ticks(7 * DAY))).to.equal('day');
      expect(tickUnit(ticks(DAY))).to.equal('day');
    });

    it('counts in hours under a day', () => {
      expect(tickUnit(ticks(DAY - 1))).to.equal('hour');
      expect(tickUnit(ticks(6 * HOUR))).to.equal('hour');
      expect(tickUnit(ticks(HOUR))).to.equal('hour');
    });

    it('takes a lone tick (no spacing to read) as years', () => {
      expect(tickUnit([at('2019-03-01T00:00:00')])).to.equal('year');
      expect(tickUnit([])).to.equal('year');
    });
  });

  describe('labels in English (date-fns en-US)', () => {
    it('years: the year alone', () => {
      expect(labels([at('2017-01-01T00:00:00'), at('2018-01-01T00:00:00'), at('2019-01-01T00:00:00')])).to.deep.equal([
        '2017',
        '2018',
        '2019',
      ]);
    });

    it('months: the first tick and each January with the year, the others the month alone', () => {
      const ticks = ['2018-11-01', '2018-12-01', '2019-01-01', '2019-02-01'].map((d) => at(`${d}T00:00:00`));
      expect(labels(ticks)).to.deep.equal(['Nov 2018', 'Dec', 'Jan 2019', 'Feb']);
    });

    it('days: the first tick and each first of the month with month and year, the others the day alone', () => {
      const ticks = ['2019-01-30', '2019-01-31', '2019-02-01', '2019-02-02'].map((d) => at(`${d}T00:00:00`));
      expect(labels(ticks)).to.deep.equal(['30 Jan 2019', '31', '1 Feb 2019', '2']);
    });

    it('hours: the first tick and each midnight with the day, the others the time alone, on a 24-hour clock', () => {
      const ticks = ['2019-03-01T22:00:00', '2019-03-01T23:00:00', '2019-03-02T00:00:00', '2019-03-02T01:00:00'].map(at);
      expect(labels(ticks)).to.deep.equal(['1 Mar, 22:00', '23:00', '2 Mar, 00:00', '01:00']);
    });
  });

  it('writes month names in the locale given (German: stand-alone abbreviations)', () => {
    const ticks = ['2018-12-01', '2019-01-01', '2019-02-01', '2019-03-01'].map((d) => at(`${d}T00:00:00`));
    expect(labels(ticks, de)).to.deep.equal(['Dez 2018', 'Jan 2019', 'Feb', 'Mär']);
  });

  describe('in any time zone', () => {
    afterEach(() => emulateTimezone(undefined));

    it('labels a tick by its UTC date and time, as the data is dated', async () => {
      const ticks = ['2019-03-01T22:00:00', '2019-03-01T23:00:00', '2019-03-02T00:00:00'].map(at);
      for (const zone of READER_TIME_ZONES) {
        await emulateTimezone(zone);
        expect(labels(ticks), zone).to.deep.equal(['1 Mar, 22:00', '23:00', '2 Mar, 00:00']);
      }
    });
  });
});
