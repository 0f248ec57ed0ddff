import { expect } from '@open-wc/testing';
import { FNV_OFFSET, TextSet, textHash } from '../../src/model/text-set.js';

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
    // From the start the pair was found for, so that the table meets their one hash.
    const set = new TextSet((position) => texts[position]!, texts.length, FNV_OFFSET);
    expect([set.add(0), set.add(1), set.add(2)]).to.deep.equal([true, true, false]);
    expect(set.positionOf(b)).to.equal(1);
    expect(set.has(`${a}x`)).to.equal(false);
  });

  it('spreads ids a hostile file made to share one hash, as it hashes from a start of its own', () => {
    // 4,096 ids with one FNV-1a hash from FNV's start: 12 colliding blocks, each found for the state before it.
    const ids = multicollision(12);
    expect(new Set(ids).size).to.equal(4_096);
    expect(new Set(ids.map((id) => textHash(id))).size).to.equal(1);
    for (const seed of [12_345, 0x9e3779b9 | 0, -7]) {
      expect(new Set(ids.map((id) => textHash(id, seed))).size, `seed ${seed}`).to.be.greaterThan(4_000);
    }
    const set = new TextSet((position) => ids[position]!, ids.length);
    expect(set.seed).not.to.equal(FNV_OFFSET);
    expect(new TextSet(() => '', 1).seed).not.to.equal(set.seed);
    ids.forEach((_, position) => expect(set.add(position)).to.equal(true));
    expect(set.positionOf(ids[4_095]!)).to.equal(4_095);
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

/** FNV-1a's state after `block`, from `state`. */
function step(state: number, block: string): number {
  let hash = state;
  for (let i = 0; i < block.length; i++) hash = Math.imul(hash ^ block.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * 2^k different texts with one FNV-1a hash from FNV's start (Joux's multicollision): for each of k
 * states in turn, two 6-letter blocks that take it to one next state, found by trying random blocks until
 * two meet (some 2^16 tries, by the birthday bound); every choice of one block of each pair then ends in
 * the same state.
 */
function multicollision(k: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let seed = 11;
  const letter = () => letters[(seed = (seed * 16807) % 2147483647) % letters.length]!;
  let state = FNV_OFFSET | 0;
  const pairs: Array<[string, string]> = [];
  for (let round = 0; round < k; round++) {
    const seen = new Map<number, string>();
    for (let tries = 0; tries < 1_000_000 && pairs.length === round; tries++) {
      const block = Array.from({ length: 6 }, letter).join('');
      const next = step(state, block);
      const other = seen.get(next);
      if (other !== undefined && other !== block) {
        pairs.push([other, block]);
        state = next;
      }
      seen.set(next, block);
    }
    if (pairs.length !== round + 1) throw new Error(`no colliding blocks for round ${round}`);
  }
  return pairs.reduce<string[]>((texts, [x, y]) => texts.flatMap((text) => [text + x, text + y]), ['']);
}
