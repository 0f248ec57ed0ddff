import { expect } from '@open-wc/testing';
import { dayOccurrence, monthOccurrence, seasonOccurrence, weekdayOccurrence } from '../../src/draft/nearest-occurrence.js';

const WEDNESDAY_13_FEB_2019 = { year: 2019, month: 2, day: 13 };
const MONDAY = 1;

describe('nearest occurrence from a publication date', () => {
  it('weekdays: latest, previous, coming and next', () => {
    expect(weekdayOccurrence(MONDAY, WEDNESDAY_13_FEB_2019, 'latest')).to.deep.equal({ year: 2019, month: 2, day: 11 });
    expect(weekdayOccurrence(MONDAY, WEDNESDAY_13_FEB_2019, 'previous')).to.deep.equal({ year: 2019, month: 2, day: 11 });
    expect(weekdayOccurrence(MONDAY, WEDNESDAY_13_FEB_2019, 'coming')).to.deep.equal({ year: 2019, month: 2, day: 18 });
    expect(weekdayOccurrence(3, WEDNESDAY_13_FEB_2019, 'latest')).to.deep.equal(WEDNESDAY_13_FEB_2019);
    expect(weekdayOccurrence(3, WEDNESDAY_13_FEB_2019, 'previous')).to.deep.equal({ year: 2019, month: 2, day: 6 });
    expect(weekdayOccurrence(3, WEDNESDAY_13_FEB_2019, 'coming')).to.deep.equal(WEDNESDAY_13_FEB_2019);
    expect(weekdayOccurrence(3, WEDNESDAY_13_FEB_2019, 'next')).to.deep.equal({ year: 2019, month: 2, day: 20 });
  });

  it('months: the publication month counts as the latest, not as the previous', () => {
    expect(monthOccurrence(2, WEDNESDAY_13_FEB_2019, 'latest')).to.deep.equal({ year: 2019, month: 2 });
    expect(monthOccurrence(2, WEDNESDAY_13_FEB_2019, 'previous')).to.deep.equal({ year: 2018, month: 2 });
    expect(monthOccurrence(9, WEDNESDAY_13_FEB_2019, 'latest')).to.deep.equal({ year: 2018, month: 9 });
    expect(monthOccurrence(9, WEDNESDAY_13_FEB_2019, 'coming')).to.deep.equal({ year: 2019, month: 9 });
    expect(monthOccurrence(9, WEDNESDAY_13_FEB_2019, 'current')).to.deep.equal({ year: 2019, month: 9 });
  });

  it('days without a year, including 29 February', () => {
    expect(dayOccurrence(2, 13, WEDNESDAY_13_FEB_2019, 'latest')).to.deep.equal(WEDNESDAY_13_FEB_2019);
    expect(dayOccurrence(2, 14, WEDNESDAY_13_FEB_2019, 'latest')).to.deep.equal({ year: 2018, month: 2, day: 14 });
    expect(dayOccurrence(2, 14, WEDNESDAY_13_FEB_2019, 'coming')).to.deep.equal({ year: 2019, month: 2, day: 14 });
    expect(dayOccurrence(2, 29, WEDNESDAY_13_FEB_2019, 'latest')).to.equal(undefined);
    expect(dayOccurrence(2, 29, { year: 2020, month: 3, day: 2 }, 'latest')).to.deep.equal({ year: 2020, month: 2, day: 29 });
  });

  it('seasons: February is in the winter named by the December before', () => {
    expect(seasonOccurrence('winter', WEDNESDAY_13_FEB_2019, 'latest')).to.equal(2018);
    expect(seasonOccurrence('winter', WEDNESDAY_13_FEB_2019, 'previous')).to.equal(2017);
    expect(seasonOccurrence('winter', WEDNESDAY_13_FEB_2019, 'current')).to.equal(2018);
    expect(seasonOccurrence('winter', WEDNESDAY_13_FEB_2019, 'next')).to.equal(2019);
    expect(seasonOccurrence('autumn', WEDNESDAY_13_FEB_2019, 'previous')).to.equal(2018);
    expect(seasonOccurrence('spring', WEDNESDAY_13_FEB_2019, 'latest')).to.equal(2018);
    expect(seasonOccurrence('spring', WEDNESDAY_13_FEB_2019, 'coming')).to.equal(2019);
    expect(seasonOccurrence('spring', { year: 2019, month: 4, day: 1 }, 'previous')).to.equal(2018);
  });
});
