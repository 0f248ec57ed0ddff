import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bigIntText, jsonExcerpt } from '../../src/model/json-excerpt.js';

describe('jsonExcerpt', () => {
  it('is the start of what JSON.stringify gives, for any JSON value and any limit', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), fc.nat({ max: 200 }), (value, limit) => {
        expect(jsonExcerpt(value, limit)).to.equal(JSON.stringify(value).slice(0, limit));
      }),
      { numRuns: 500, seed: 20190214 },
    );
  });

  it('writes what JSON.stringify writes for toJSON, Dates, undefined, functions and symbols', () => {
    const value = {
      when: new Date(Date.UTC(2019, 1, 14)),
      custom: { toJSON: (key: string) => `custom at ${key}` },
      skipped: undefined,
      fn: () => 1,
      list: [undefined, () => 1, Symbol('s'), Number.NaN, -0],
    };
    expect(jsonExcerpt(value, 1000)).to.equal(JSON.stringify(value));
    expect([jsonExcerpt(undefined, 10), jsonExcerpt(() => 1, 10), jsonExcerpt(Symbol('s'), 10)]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('writes BigInts (which JSON.stringify refuses), in words past 60 digits', () => {
    expect(jsonExcerpt({ n: 12n }, 100)).to.equal('{"n":12n}');
    expect(bigIntText(-(10n ** 59n))).to.equal(`-1${'0'.repeat(59)}n`);
    expect(bigIntText(10n ** 60n)).to.equal('a BigInt of over 60 digits');
    expect(bigIntText(-(10n ** 100_000n))).to.equal('a negative BigInt of over 60 digits');
  });
});
