import { expect } from '@open-wc/testing';
import { readActors, splitNames } from '../../src/model/read-actors.js';
import { validateEvents } from '../../src/model/validate-events.js';

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

describe('unknown actors: blanks and missing-value markers are no party', () => {
  it('drops NA, N/A, n/a, #N/A, NaN, NULL, null and whitespace, in text and in lists', () => {
    expect(readActors('NA; Rebels; N/A; #N/A;  ; NaN').actors).to.deep.equal(['Rebels']);
    expect(readActors(['NULL', ' null ', 'n/a', '\t', 'Army']).actors).to.deep.equal(['Army']);
    expect(readActors('NA').actors).to.deep.equal([]);
    expect(readActors(' \u00a0 ').actors).to.deep.equal([]);
  });

  it('keeps names that only look like a marker, and parties the source calls unknown', () => {
    expect(readActors(['Nan', 'na', 'Unknown', 'Unidentified Armed Group', 'NA Forces']).actors).to.deep.equal([
      'Nan',
      'na',
      'Unknown',
      'Unidentified Armed Group',
      'NA Forces',
    ]);
  });

  it('an event whose only actor is NA has none after validation', () => {
    const { events } = validateEvents([{ title: 't', start: '2020', actors: 'NA' }]);
    expect(events[0]?.actors).to.deep.equal([]);
  });
});
