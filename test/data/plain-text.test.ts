import { expect } from '@open-wc/testing';
import { collapseWhitespace, splitList, textOf } from '../../src/data/plain-text.js';

describe('text helpers', () => {
  it('collapses whitespace', () => expect(collapseWhitespace(' a \n b ')).to.equal('a b'));

  it('textOf: trims strings, stringifies finite numbers, drops blanks and other types', () => {
    expect(textOf('  x ')).to.equal('x');
    expect(textOf(2017)).to.equal('2017');
    expect(textOf('   ')).to.equal(undefined);
    expect(textOf(null)).to.equal(undefined);
    expect(textOf(Number.NaN)).to.equal(undefined);
  });

  it('splitList: trimmed, non-empty parts', () => {
    expect(splitList('a; ;b ;', ';')).to.deep.equal(['a', 'b']);
    expect(splitList(undefined, ';')).to.deep.equal([]);
  });
});
