import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { format } from 'date-fns';
import { daysFromCivil, daysInMonth, isoWeekOf, isoWeeksInYear, utcFieldsAsLocal } from '../../src/model/utc-calendar.js';
import { READER_TIME_ZONES, emulateTimezone } from '../support/timezone.js';

const MS_PER_DAY = 86_400_000;
/** Zones whose daylight-saving change skips a local hour (Berlin 02:00, Damascus historically at midnight). */
const DST_ZONES = ['Europe/Berlin', 'America/Sao_Paulo', 'Asia/Damascus'] as const;

describe('UTC calendar arithmetic', () => {
  it('daysFromCivil agrees with the platform for any day from year -9999 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = new Date(0);
        date.setUTCFullYear(year, month, 0);
        const lastDay = date.getUTCDate();
        expect(daysInMonth(year, month)).to.equal(lastDay);
        const clamped = Math.min(day, lastDay);
        date.setUTCFullYear(year, month - 1, clamped);
        expect(daysFromCivil(year, month, clamped) * MS_PER_DAY).to.equal(date.getTime());
      }),
      { numRuns: 1000, seed: 4 },
    );
  });
});

describe('ISO 8601 weeks', () => {
  it('a year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year', () => {
    expect([2015, 2020, 2026, 2009, 2004].map(isoWeeksInYear)).to.deep.equal([53, 53, 53, 53, 53]);
    expect([2019, 2021, 2022, 2023, 2024, 2025].map(isoWeeksInYear)).to.deep.equal([52, 52, 52, 52, 52, 52]);
  });

  it('the week of a day agrees with date-fns (ISO week and week-numbering year) for any day of 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2100, 12, 31) }), (days) => {
        const day = utcFieldsAsLocal(days * MS_PER_DAY);
        const { year, week } = isoWeekOf(day.getFullYear(), day.getMonth() + 1, day.getDate());
        expect(`${year}-W${String(week).padStart(2, '0')}`).to.equal(format(day, "RRRR-'W'II"));
      }),
      { numRuns: 1000, seed: 19 },
    );
  });

  it('days near New Year fall in the week of their Thursday', () => {
    expect(isoWeekOf(2019, 12, 30)).to.deep.equal({ year: 2020, week: 1 });
    expect(isoWeekOf(2021, 1, 3)).to.deep.equal({ year: 2020, week: 53 });
    expect(isoWeekOf(2020, 5, 9)).to.deep.equal({ year: 2020, week: 19 });
  });
});

describe('utcFieldsAsLocal', () => {
  afterEach(() => emulateTimezone(undefined));

  const instants = [
    Date.UTC(2018, 8, 17),
    Date.UTC(2019, 1, 11, 10, 0, 5),
    Date.UTC(2019, 2, 31, 2, 30), // 02:30 does not exist in Berlin that night
    Date.UTC(2018, 10, 4, 0, 15), // nor 00:15 in São Paulo
    Date.UTC(2012, 2, 30, 0, 30), // nor 00:30 in Damascus
  ];

  for (const zone of [...READER_TIME_ZONES, ...DST_ZONES]) {
    it(`has local fields equal to the UTC ones in ${zone}`, async () => {
      await emulateTimezone(zone);
      for (const ms of instants) {
        const utc = new Date(ms);
        const local = utcFieldsAsLocal(ms);
        expect(
          [local.getFullYear(), local.getMonth(), local.getDate(), local.getDay(), local.getHours(), local.getMinutes(), local.getSeconds()],
          `${utc.toISOString()} in ${zone}`,
        ).to.deep.equal([utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCDay(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds()]);
        expect(format(local, "yyyy-MM-dd'T'HH:mm:ss")).to.equal(utc.toISOString().slice(0, 19));
      }
    });
  }

  it('keeps years 0–99 and negative years (no two-digit-year mapping)', () => {
    const date = new Date(0);
    date.setUTCFullYear(45, 2, 15);
    expect(utcFieldsAsLocal(date.getTime()).getFullYear()).to.equal(45);
    date.setUTCFullYear(-500, 0, 1);
    expect(utcFieldsAsLocal(date.getTime()).getFullYear()).to.equal(-500);
  });

  it('date-fns arithmetic on it stays in UTC fields (startOfDay via format tokens)', async () => {
    await emulateTimezone('Pacific/Honolulu');
    const local = utcFieldsAsLocal(Date.UTC(2018, 8, 17, 23, 59));
    expect(format(local, 'EEEE d MMMM yyyy, DDD', { useAdditionalDayOfYearTokens: true })).to.equal('Monday 17 September 2018, 260');
  });
});
