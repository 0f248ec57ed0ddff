import { expect } from '@open-wc/testing';
import { readActors, splitNames } from '../../src/model/read-actors.js';

describe('splitNames: the one rule for names given as text', () => {
  it('splits on , when there is no ;', () => {
    expect(splitNames('Russia, Turkey')).to.deep.equal(['Russia', 'Turkey']);
  });

  it('splits on ; only when there is one, so names with commas survive', () => {
    expect(splitNames('Forces of X, Y; Z')).to.deep.equal(['Forces of X, Y', 'Z']);
  });

  it('trims names and drops blanks', () => {
    expect(splitNames(' a ;; b ; ')).to.deep.equal(['a', 'b']);
    expect(splitNames('   ')).to.deep.equal([]);
  });
});

describe('readActors', () => {
  it('reads text by the splitNames rule, once per name', () => {
    expect(readActors('Russia; Turkey; Russia')).to.deep.equal({ actors: ['Russia', 'Turkey'], ignored: false });
  });

  it('reads lists of text and numbers; ignores other values', () => {
    expect(readActors([' Russia ', 7, null, ''])).to.deep.equal({ actors: ['Russia', '7'], ignored: false });
    expect(readActors({ name: 'Russia' })).to.deep.equal({ actors: [], ignored: true });
  });
});
