/** Years before AD 1 and years under 1000 in words, in each language: the era named, no padding, no minus. */
import { expect } from '@open-wc/testing';
import { TimelineWords } from '../../src/element/timeline-words.js';
import { EN_PACK } from '../../src/element/locales/en.js';
import { TR_PACK } from '../../src/element/locales/tr.js';
import { RU_PACK } from '../../src/element/locales/ru.js';
import { AR_PACK } from '../../src/element/locales/ar.js';
import { validateEvents } from '../../src/model/validate-events.js';

const events = validateEvents([
  { start: '-0499', title: '500 BC' },
  { start: '0200', title: 'AD 200' },
  { start: '-0710', end: '0762', title: 'across the era' },
]).events;
const byTitle = (title: string) => events.find((event) => event.title === title)!;
const [bce, ad, span] = [byTitle('500 BC'), byTitle('AD 200'), byTitle('across the era')];

function words(pack: ConstructorParameters<typeof TimelineWords>[0]): string[] {
  const w = new TimelineWords(pack);
  return [w.whenOf(bce!), w.whenOf(ad!), w.whenOf(span!)];
}

describe('years around the era in words', () => {
  it('English: 500 BC, 200, 711 BC – 762 AD (the end of a span from BC names its era too)', () => {
    expect(words(EN_PACK)).to.deep.equal(['500 BC', '200', '711 BC – 762 AD']);
  });

  it('says a view reaching back before AD 1 with its era, and no padded year', () => {
    const w = new TimelineWords(EN_PACK);
    expect(w.view({ start: bce!.start.earliest, end: Date.UTC(2127, 0, 1) })).to.equal('500 BC – 2127 AD');
    expect(w.view({ start: ad!.start.earliest, end: Date.UTC(2127, 0, 1) })).to.equal('200 – 2127');
  });

  for (const [name, pack, era, adEra, across] of [
    ['Turkish', TR_PACK, 'MÖ', 'MS', 'MÖ 711 – MS 762'],
    ['Russian', RU_PACK, 'до н. э.', 'н. э.', '711 г. до н. э. — 762 г. н. э.'],
    ['Arabic', AR_PACK, 'ق', 'ب.م.', '711 ق.م. – 762 ب.م.'],
  ] as const) {
    it(`${name}: the era on years BC, no minus, no padded year`, () => {
      const [before, after] = words(pack);
      expect(before).to.contain('500').and.to.contain(era);
      expect(before).not.to.match(/-|0499|0500/);
      expect(after).to.contain('200').and.not.to.contain('0200');
      expect(after).not.to.contain(era);
      expect(words(pack)[2]).to.equal(across);
      expect(after, 'a year AD alone needs no era').not.to.contain(adEra);
    });
  }
});
