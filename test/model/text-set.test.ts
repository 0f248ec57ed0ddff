import { expect } from '@open-wc/testing';
import { TextSet, textHash } from '../../src/model/text-set.js';

/** Texts from a small alphabet, so that many repeat, with some lengths 0 and some long. */
function randomTexts(count: number, seed: number): string[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const alphabet = 'ab\u00e9\ud83d\ude00 -(2)';
  return Array.from({ length: count }, () => {
    const length = Math.floor(random() * (random() < 0.05 ? 40 : 4));
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    return text;
  });
}

describe('text set', () => {
  it('agrees with a Set on random texts: what is added, what repeats, what it has, and the first position of each', () => {
    const texts = randomTexts(3000, 11);
    const set = new TextSet((position) => texts[position]!, texts.length);
    const reference = new Map<string, number>();
    texts.forEach((text, position) => {
      const fresh = !reference.has(text);
      if (fresh) reference.set(text, position);
      expect(set.add(position), `add ${position}`).to.equal(fresh);
    });
    expect(set.size).to.equal(reference.size);
    for (const text of [...texts, ...randomTexts(500, 12), 'not there', 'e1']) {
      expect(set.has(text), text).to.equal(reference.has(text));
      expect(set.positionOf(text), text).to.equal(reference.get(text));
    }
  });

  it('tells apart texts whose hashes are the same', () => {
    // Found by search: two short texts FNV-1a maps to one hash.
    const [a, b] = collidingPair();
    expect(textHash(a)).to.equal(textHash(b));
    const texts = [a, b, a];
    const set = new TextSet((position) => texts[position]!, texts.length);
    expect([set.add(0), set.add(1), set.add(2)]).to.deep.equal([true, true, false]);
    expect(set.positionOf(b)).to.equal(1);
    expect(set.has(`${a}x`)).to.equal(false);
  });

  it('holds nothing when nothing is added', () => {
    const set = new TextSet(() => 'x', 0);
    expect(set.size).to.equal(0);
    expect(set.has('x')).to.equal(false);
    expect(set.positionOf('')).to.equal(undefined);
  });
});

/** Two different texts with one hash, found by trying numbered texts until two hashes meet. */
function collidingPair(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const text = `id-${i}`;
    const hash = textHash(text);
    const other = seen.get(hash);
    if (other !== undefined) return [other, text];
    seen.set(hash, text);
  }
}
