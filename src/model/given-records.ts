/**
 * A batch of records as it was at the moment it was given. Validation of a large batch takes several
 * turns of the page, and the caller's array is the caller's: code on the page may empty, grow or
 * reorder it meanwhile. Reading every element once, up front, means the records counted, judged and
 * reported are the ones given, whatever happens to the array afterwards; and that an array-like
 * that throws (a getter on its length or an index, a proxy) becomes rejected records, never an error.
 */
import { describeError } from './describe-error.js';

export interface GivenRecords {
  /** Each element as read once, in order (undefined where reading it threw). */
  readonly values: readonly unknown[];
  /** Why an element could not be read, by index: a phrase to follow "record N: ". */
  readonly unreadable: ReadonlyMap<number, string>;
}

/** The largest length ToLength gives; an array-like claiming more is read as this. */
const MAX_LENGTH = Number.MAX_SAFE_INTEGER;

/** Copies `records` (an array, or any array-like) element by element; never throws. */
export function takeGivenRecords(records: ArrayLike<unknown>): GivenRecords {
  const unreadable = new Map<number, string>();
  let length: number;
  try {
    length = toLength(records.length);
  } catch (error) {
    // Nothing can be read, not even how many there are: one record that says why.
    unreadable.set(0, `the records could not be read (${describeError(error)})`);
    return { values: [undefined], unreadable };
  }
  const values: unknown[] = [];
  for (let index = 0; index < length; index += 1) {
    let value: unknown;
    try {
      value = records[index];
    } catch (error) {
      unreadable.set(index, `could not be read (${describeError(error)})`);
    }
    values.push(value);
  }
  return { values, unreadable };
}

/** How JavaScript reads an array-like's length (ECMA-262 ToLength): NaN and negatives are 0, fractions cut. */
function toLength(value: unknown): number {
  const number = Math.trunc(Number(value));
  if (!(number > 0)) return 0;
  return Math.min(number, MAX_LENGTH);
}
