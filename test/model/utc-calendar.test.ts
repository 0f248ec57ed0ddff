import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { format } from 'date-fns';
import { daysFromCivil, daysInMonth, utcFieldsAsLocal } from '../../src/model/utc-calendar.js';
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
