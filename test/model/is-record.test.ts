import { expect } from '@open-wc/testing';
import { isRecord } from '../../src/model/is-record.js';
import { openOtherRealm } from './other-realm.js';

describe('isRecord: the one test for a plain object', () => {
  it('holds for object literals, prototype-less objects and objects from another realm', () => {
    const realm = openOtherRealm();
    try {
      expect(isRecord({ start: '2019' })).to.equal(true);
      expect(isRecord(Object.create(null))).to.equal(true);
      expect(isRecord(new realm.Object())).to.equal(true);
    } finally {
      realm.close();
    }
  });

  it('fails for arrays, null, Dates, Maps and primitives', () => {
    for (const value of [[], null, undefined, new Date(0), new Map(), /x/, 'text', 42]) {
      expect(isRecord(value), String(value)).to.equal(false);
    }
  });
});
