import type { Stepwise } from './stepwise.js';
import { stepCountsStepwise, type StepCounts } from './step-counts.js';
import { numbersOf, sortableWords } from './float-keys.js';

/**
 * Numbers in ascending order as Float64Array.prototype.sort puts them (-0 before 0, NaN last), yielding
 * after every `sliceSize` numbers handled: a lane of a million ends is sorted in steps of a few
 * milliseconds. Returns a new array; `values` is left as it was.
 *
 * A radix sort: each number's 64 bits are made into two 32-bit words that compare as unsigned integers
 * in the order the numbers do, and the words are placed by 16 bits at a time, least significant first;
 * all digits are counted in one pass, and a digit the same for every number is not placed. Whole numbers
 * are sorted as counts of steps from the least (see step-counts.ts), in one word. The sort in runs merged
 * two by two that it replaced compared every pair with a function call.
 */

const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;
const DIGIT_MASK = DIGITS - 1;

export function* sortFloatsStepwise(values: Float64Array, sliceSize: number): Stepwise<Float64Array<ArrayBuffer>> {
  const step = Math.max(1, sliceSize);
  // Whole numbers and halves (a lane's ends and middles) as counts of steps, in one word: one pass of
  // placing, not four.
  // Not with a -0, which the counts would make 0.
  const steps = hasNegativeZero(values) ? undefined : yield* stepCountsStepwise(values, step);
  if (steps) return timesOf(yield* sortedWords(steps.counts, 1, step), steps);
  return numbersOf(yield* sortedWords(sortableWords(values), 2, step));
}

/** Keys of `words` 32-bit words each (least significant first), sorted as unsigned integers. */
function* sortedWords(keys: Uint32Array, words: 1 | 2, step: number): Stepwise<Uint32Array> {
  const n = keys.length / words;
  const digits = 2 * words;
  let from = keys;
  let into: Uint32Array = new Uint32Array(keys.length);
  // counts[d * DIGITS + v]: how many keys have value v at digit d (0 the least significant).
  const counts = new Uint32Array(digits * DIGITS);
  let slice = 0;
  for (let i = 0; i < n; i++) {
    for (let w = 0; w < words; w++) {
      const word = from[words * i + w]!;
      counts[2 * w * DIGITS + (word & DIGIT_MASK)]!++;
      counts[(2 * w + 1) * DIGITS + (word >>> DIGIT_BITS)]!++;
    }
    if (++slice === step) {
      slice = 0;
      yield;
    }
  }
  for (let d = 0; d < digits; d++) {
    const base = d * DIGITS;
    const w = d >> 1;
    const shift = (d & 1) * DIGIT_BITS;
    // Every key has this digit: placing by it would change nothing.
    if (n === 0 || counts[base + ((from[w]! >>> shift) & DIGIT_MASK)] === n) continue;
    let start = 0;
    for (let v = base; v < base + DIGITS; v++) {
      const count = counts[v]!;
      counts[v] = start;
      start += count;
    }
    for (let i = 0; i < n; i++) {
      const at = words * counts[base + ((from[words * i + w]! >>> shift) & DIGIT_MASK)]!++;
      for (let k = 0; k < words; k++) into[at + k] = from[words * i + k]!;
      if (++slice === step) {
        slice = 0;
        yield;
      }
    }
    [from, into] = [into, from];
  }
  return from;
}

function hasNegativeZero(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] === 0 && 1 / values[i]! < 0) return true;
  return false;
}

/** The times whose counts these are: exact, as each scaled time is min plus a whole multiple of the step within 2^53. */
function timesOf(counts: Uint32Array, { min, step, scale }: StepCounts): Float64Array<ArrayBuffer> {
  const times = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) times[i] = (min + counts[i]! * step) / scale;
  return times;
}
