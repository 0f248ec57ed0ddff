import { expect } from '@open-wc/testing';
import { isDateObject, validTimeOf } from '../../src/model/date-object.js';
import { openOtherRealm } from './other-realm.js';

describe('isDateObject and validTimeOf: the one test for a Date', () => {
  it('recognises Dates from this and another realm, and nothing else', () => {
    const realm = openOtherRealm();
    try {
      expect(isDateObject(new Date(0))).to.equal(true);
      expect(isDateObject(new realm.Date(0))).to.equal(true);
      expect(isDateObject(0)).to.equal(false);
      expect(isDateObject({ getTime: () => 0 })).to.equal(false);
    } finally {
      realm.close();
    }
  });

  it('gives the time of a valid Date and undefined for an Invalid Date', () => {
    expect(validTimeOf(new Date(Date.UTC(2019, 1, 14)))).to.equal(Date.UTC(2019, 1, 14));
    expect(validTimeOf(new Date('not a date'))).to.equal(undefined);
  });
});
