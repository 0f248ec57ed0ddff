/**
 * Numbers as keys a radix sort can place: each number's 64 bits as two 32-bit words that compare as
 * unsigned integers in the order the numbers do (sort-floats.ts, time-order.ts).
 */

const SIGN = 0x80000000;

/** Which 32-bit word of a Float64Array's element holds its sign: from a number's own bits, whatever the byte order. */
const HIGH_WORD = new Uint32Array(new Float64Array([-1]).buffer)[0] === 0 ? 1 : 0;
const LOW_WORD = 1 - HIGH_WORD;

/**
 * Each number as two words (low, high) that compare as unsigned integers in the numbers' order: a
 * positive number's sign bit is set, a negative number's bits are all flipped. Every NaN is made the
 * greatest key, so that all come last.
 */
export function sortableWords(values: Float64Array): Uint32Array {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const keys = new Uint32Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const high = words[2 * i + HIGH_WORD]!;
    const low = words[2 * i + LOW_WORD]!;
    if (value !== value) {
      keys[2 * i] = 0xffffffff;
      keys[2 * i + 1] = 0xffffffff;
    } else if (high >>> 31 === 1) {
      keys[2 * i] = ~low >>> 0;
      keys[2 * i + 1] = ~high >>> 0;
    } else {
      keys[2 * i] = low;
      keys[2 * i + 1] = (high | SIGN) >>> 0;
    }
  }
  return keys;
}

/** The numbers whose keys these are (sortableWords undone; the greatest key is a NaN). */
export function numbersOf(keys: Uint32Array): Float64Array<ArrayBuffer> {
  const numbers = new Float64Array(keys.length / 2);
  const words = new Uint32Array(numbers.buffer);
  for (let i = 0; i < numbers.length; i++) {
    const low = keys[2 * i]!;
    const high = keys[2 * i + 1]!;
    const positive = high >>> 31 === 1;
    words[2 * i + HIGH_WORD] = positive ? (high & ~SIGN) >>> 0 : ~high >>> 0;
    words[2 * i + LOW_WORD] = positive ? low : ~low >>> 0;
  }
  return numbers;
}
