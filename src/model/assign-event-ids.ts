/**
 * Unique ids for accepted records: a given id is kept the first time it is
 * seen; a repeat is renamed "a (2)", "a (3)", …; a missing id becomes
 * "event-N" (N = input index). Neither a rename nor a generated id ever takes
 * an id some record was given, so ids stay stable when records are added.
 */
import { quoteValue } from './quote-value.js';
import { runToEnd, type Stepwise } from './stepwise.js';

const GENERATED_ID_PREFIX = 'event-';
const FIRST_RENAME_SUFFIX = 2;

export interface IdRequest {
  /** Input index of the record. */
  readonly index: number;
  /** The id the record gave, as text; undefined when it gave none. */
  readonly given: string | undefined;
}

export interface IdAssignment {
  readonly ids: readonly string[];
  /** Input index and reason (after "record N: ") for each renamed id. */
  readonly renames: readonly { readonly index: number; readonly reason: string }[];
}

/** Assigns ids in the order of `requests` (input order), one per request. */
export function assignEventIds(requests: readonly IdRequest[]): IdAssignment {
  return runToEnd(assignEventIdsStepwise(requests, Infinity));
}

/** assignEventIds, yielding after every `sliceSize` requests. */
export function* assignEventIdsStepwise(requests: readonly IdRequest[], sliceSize: number): Stepwise<IdAssignment> {
  // Each given id and the input index of the first record giving it: that record shows it. One map, not
  // a set of given ids and a map of holders, which for a million ids was a second and 100 MB of garbage.
  const firstGiver = new Map<string, number>();
  let slice = 0;
  for (const { index, given } of requests) {
    if (given !== undefined && !firstGiver.has(given)) firstGiver.set(given, index);
    if (++slice === sliceSize) {
      slice = 0;
      yield;
    }
  }
  // Ids made here (renames, generated ids a record's own id forced aside): never a given id.
  const made = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const ids: string[] = [];
  const renames: { index: number; reason: string }[] = [];

  const isTaken = (id: string): boolean => made.has(id) || firstGiver.has(id);
  const freshVariant = (base: string): string => {
    let suffix = nextSuffix.get(base) ?? FIRST_RENAME_SUFFIX;
    while (isTaken(`${base} (${suffix})`)) suffix += 1;
    nextSuffix.set(base, suffix + 1);
    const variant = `${base} (${suffix})`;
    made.add(variant);
    return variant;
  };

  for (const { index, given: id } of requests) {
    if (++slice === sliceSize) {
      slice = 0;
      yield;
    }
    if (id === undefined) {
      const generated = `${GENERATED_ID_PREFIX}${index}`;
      // Indices are unique and renames always end in " (n)", so only a given id can
      // hold a plain generated one.
      ids.push(firstGiver.has(generated) ? freshVariant(generated) : generated);
    } else if (firstGiver.get(id) === index) {
      ids.push(id);
    } else {
      const assigned = freshVariant(id);
      renames.push({
        index,
        reason: `id ${quoteValue(id)} is already used by record ${firstGiver.get(id)}; shown as ${quoteValue(assigned)}`,
      });
      ids.push(assigned);
    }
  }
  return { ids, renames };
}
