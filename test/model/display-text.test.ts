import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ELLIPSIS, MAX_TITLE_LENGTH, displayText } from '../../src/model/display-text.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Every index of `text` where a grapheme (what a reader sees as one character) begins or ends. */
function graphemeBoundaries(text: string): Set<number> {
  const boundaries = new Set([text.length]);
  for (const { index } of graphemes.segment(text)) boundaries.add(index);
  return boundaries;
}

/** Text made of what graphemes are made of: flags' halves, ZWJ sequences, combining accents, spaces. */
const TRICKY_TEXT = fc
  .array(fc.constantFrom('a', 'word', ' ', '  ', '\n', '🇸', '🇾', '👨', '\u200d', '👩', '\u0301', '😀', '\u{1f3fb}', 'ب', '\u0600'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('displayText', () => {
  it('leaves text that fits as it is', () => {
    expect(displayText('Sochi summit', 12)).to.equal('Sochi summit');
    expect(displayText('', 5)).to.equal('');
    expect(displayText('x'.repeat(MAX_TITLE_LENGTH), MAX_TITLE_LENGTH)).to.equal('x'.repeat(MAX_TITLE_LENGTH));
  });

  it('cuts long text after a whole word, with an ellipsis, within the limit', () => {
    const title = 'Russia and Turkey agree on a demilitarized zone around Idlib';
    expect(displayText(title, 30)).to.equal('Russia and Turkey agree on a…');
    expect(displayText(title, 31)).to.equal('Russia and Turkey agree on a…');
    expect(displayText(title, 32)).to.equal('Russia and Turkey agree on a…');
  });

  it('cuts inside a word when the last word break would lose too much', () => {
    expect(displayText('Ab Demilitarizationandmore', 12)).to.equal('Ab Demilita…');
    expect(displayText('هيئةتحريرالشام', 6)).to.equal('هيئةت…');
  });

  it('never splits what a reader sees as one character', () => {
    const family = '👨‍👩‍👧'; // a ZWJ sequence of 8 UTF-16 units
    expect(displayText(`ab${family}${family}`, 11)).to.equal(`ab${family}…`);
    expect(displayText(`ab${family}${family}`, 10)).to.equal('ab…');
    expect(displayText('🇸🇾🇹🇷🇷🇺', 7)).to.equal('🇸🇾…');
    expect(displayText('cafe\u0301s and more', 6)).to.equal('cafe\u0301…');
  });

  it('a single character longer than the limit is cut at a code point, never leaving half a surrogate pair', () => {
    const zalgo = `e${'\u0301'.repeat(1000)}`;
    expect(displayText(zalgo, 10)).to.equal(`e${'\u0301'.repeat(8)}…`);
    const emoji = '😀'.repeat(10);
    expect(displayText(`${'😀'}${'\u{1f3fb}'.repeat(10)}`, 4)).to.have.length.at.most(4);
    expect(displayText(emoji, 4)).to.equal('😀…');
  });

  it('a megabyte of text gives MAX_TITLE_LENGTH characters at most', () => {
    const huge = 'word '.repeat(200_000);
    const shown = displayText(huge, MAX_TITLE_LENGTH);
    expect(shown.length).to.be.at.most(MAX_TITLE_LENGTH);
    expect(shown.endsWith(ELLIPSIS)).to.equal(true);
    expect(shown).to.equal(`${'word '.repeat(39)}word…`);
  });

  it('for any text and limit: fits, is the text when it fits, else a prefix at a grapheme boundary and an ellipsis', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), TRICKY_TEXT), fc.integer({ min: 1, max: 70 }), (text, max) => {
        const shown = displayText(text, max);
        expect(shown.length).to.be.at.most(max);
        if (text.length <= max) {
          expect(shown).to.equal(text);
          return;
        }
        expect(shown.endsWith(ELLIPSIS)).to.equal(true);
        const kept = shown.slice(0, -ELLIPSIS.length);
        expect(text.startsWith(kept)).to.equal(true);
        expect(/\s$/.test(kept), 'no space before the ellipsis').to.equal(false);
        const boundaries = graphemeBoundaries(text);
        const room = max - ELLIPSIS.length;
        if ([...boundaries].some((b) => b > 0 && b <= room)) {
          expect(boundaries.has(kept.length), 'cut at a grapheme boundary').to.equal(true);
        }
      }),
      { numRuns: 500, seed: 20180917 },
    );
  });
});
