/**
 * A set of texts held by position in a list the caller keeps, for a million ids read once: a Set of a
 * million fresh strings took 570 to 800 ms in node 22 (each string's hash made, the table grown and copied
 * time and again), where this table of positions, sized once, took 130 to 240 ms.
 *
 * Open addressing with linear probing over a table at most half full; each text's hash is kept by
 * position, so a probe compares texts only when their hashes agree.
 *
 * Each table hashes from a random start. From FNV's own fixed start, a hostile file can give thousands of
 * ids one hash (colliding blocks found for one state chain into 2^k colliding ids, as the test shows), and
 * every add would then walk past all the ids before it. A start the file cannot know breaks the chain.
 */

/** Slots per text added at most: a table at most half full keeps probes short. */
const SLOTS_PER_TEXT = 2;
/** FNV-1a's own start: the hash's definition, and what a seeded table replaces. */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the text's UTF-16 code units, from `seed` (FNV's own start by default). */
export function textHash(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash | 0;
}

export class TextSet {
  /** Position + 1 of the text in each slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Each added text's hash, by its position. */
  private readonly hashes: Int32Array;
  private count = 0;

  /**
   * Holds the texts at up to `capacity` positions (0 to capacity - 1); `textAt` gives the text at a
   * position and must give the same one every time.
   */
  constructor(
    private readonly textAt: (position: number) => string,
    capacity: number,
    /** Where this table's hashes start: random unless given (tests give one to make hashes meet). */
    readonly seed: number = (Math.random() * 0x1_0000_0000) | 0,
  ) {
    let size = 1;
    while (size < capacity * SLOTS_PER_TEXT) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the text at `position`; false when an equal text was added before (it is then not added). */
  add(position: number): boolean {
    const text = this.textAt(position);
    const hash = textHash(text, this.seed);
    const slot = this.find(text, hash);
    if (this.slots[slot] !== 0) return false;
    this.slots[slot] = position + 1;
    this.hashes[position] = hash;
    this.count++;
    return true;
  }

  has(text: string): boolean {
    return this.slots[this.find(text, textHash(text, this.seed))] !== 0;
  }

  /** The position whose text was added for an equal text, the first added; undefined when none was. */
  positionOf(text: string): number | undefined {
    const held = this.slots[this.find(text, textHash(text, this.seed))]!;
    return held === 0 ? undefined : held - 1;
  }

  /** The slot holding a text equal to `text`, or the empty slot where it would go. */
  private find(text: string, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const held = this.slots[slot]!;
      if (held === 0) return slot;
      if (this.hashes[held - 1] === hash && this.textAt(held - 1) === text) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}
