import { expect } from '@open-wc/testing';
import { quoteValue } from '../../src/model/quote-value.js';

/** About the size of the title that, shared by 20,000 records, crashed the tab (issue 10, item 8). */
const BIG = 'x'.repeat(600_000);

describe('quoteValue', () => {
  it('quotes objects and arrays as JSON, cut to a glance', () => {
    expect(quoteValue({ year: 2019 })).to.equal('\'{"year":2019}\'');
    expect(quoteValue([1, 'a', null, true])).to.equal('\'[1,"a",null,true]\'');
    expect(quoteValue({ text: BIG })).to.equal(`'{"text":"${'x'.repeat(30)}…'`);
  });

  it('reads no more of a value than the quote shows', () => {
    let readLater = 0;
    const value = {
      title: BIG,
      get later() {
        readLater += 1;
        return 'never shown';
      },
    };
    expect(quoteValue(value)).to.have.length.below(45);
    expect(readLater, 'a property past the quote is never read').to.equal(0);

    let readIndexes = 0;
    const many = new Proxy(Array.from({ length: 100_000 }, (_, i) => i), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) readIndexes += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(quoteValue(many)).to.equal("'[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,…'");
    expect(readIndexes, 'elements read').to.be.below(100);
  });

  it('gives a short quote of any huge value, whatever its kind', () => {
    const huge: unknown[] = [
      BIG,
      { text: BIG },
      [BIG],
      { nested: { deeper: [{ text: BIG }] } },
      10n ** 100_000n,
      Symbol(BIG),
      Object.defineProperty(() => undefined, 'name', { value: BIG }),
      { toJSON: () => ({ text: BIG }) },
    ];
    for (const value of huge) expect(quoteValue(value), typeof value).to.have.length.at.most(42);
  });

  it('quotes a cycle or a structure nested past the quote without running away', () => {
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle['self'] = cycle;
    expect(quoteValue(cycle)).to.equal('\'{"name":"loop","self":{"name":"loop","s…\'');
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(quoteValue(deep)).to.equal(`'${'['.repeat(39)}…'`);
  });

  it('describes what refuses to be read instead of throwing', () => {
    const trap = () => {
      throw new Error('proxy trap');
    };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    expect(quoteValue(proxy)).to.equal("'an unreadable value'");
    const throwingGetter = Object.defineProperty({}, 'a', { enumerable: true, get: trap });
    expect(quoteValue(throwingGetter)).to.equal("'[object Object]'");
  });
});

describe('quoteValue: characters that change how text looks', () => {
  it('shows control characters as escapes', () => {
    expect(quoteValue('a\tb\nc\u0000d\u2028')).to.equal("'a\\tb\\nc\\u0000d\\u2028'");
    expect(quoteValue('C1\u0085\u009b')).to.equal("'C1\\u0085\\u009b'");
  });

  it('shows bidirectional controls as escapes, so a quote reads in the order it was written', () => {
    const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
    for (const control of bidi) {
      const code = control.charCodeAt(0).toString(16).padStart(4, '0');
      expect(quoteValue(`gpj.${control}exe`)).to.equal(`'gpj.\\u${code}exe'`);
    }
    // The override that makes "exe.jpg" look like "gpj.exe", in a title object's quote too.
    expect(quoteValue({ title: 'photo\u202egpj.exe' })).to.equal('\'{"title":"photo\\u202egpj.exe"}\'');
  });

  it('leaves right-to-left text itself as it is', () => {
    expect(quoteValue('هيئة تحرير الشام')).to.equal("'هيئة تحرير الشام'");
    expect(quoteValue('שלום')).to.equal("'שלום'");
  });
});
