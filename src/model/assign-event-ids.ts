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
  const given = new Set<string>();
  for (const request of requests) if (request.given !== undefined) given.add(request.given);
  if (requests.length > sliceSize) yield;
  const holder = new Map<string, number>(); // id → index of the record showing it
  const nextSuffix = new Map<string, number>();
  const ids: string[] = [];
  const renames: { index: number; reason: string }[] = [];

  const isTaken = (id: string): boolean => holder.has(id) || given.has(id);
  const freshVariant = (base: string): string => {
    let suffix = nextSuffix.get(base) ?? FIRST_RENAME_SUFFIX;
    while (isTaken(`${base} (${suffix})`)) suffix += 1;
    nextSuffix.set(base, suffix + 1);
    return `${base} (${suffix})`;
  };

  let done = 0;
  for (const { index, given: id } of requests) {
    if (++done % sliceSize === 0 && done < requests.length) yield;
    let assigned: string;
    if (id === undefined) {
      const generated = `${GENERATED_ID_PREFIX}${index}`;
      // Indices are unique and renames always end in " (n)", so only a given id can
      // hold a plain generated one; not recording those keeps 100,000 ids cheap.
      if (!given.has(generated)) {
        ids.push(generated);
        continue;
      }
      assigned = freshVariant(generated);
    } else if (!holder.has(id)) {
      assigned = id;
    } else {
      assigned = freshVariant(id);
      renames.push({
        index,
        reason: `id ${quoteValue(id)} is already used by record ${holder.get(id)}; shown as ${quoteValue(assigned)}`,
      });
    }
    holder.set(assigned, index);
    ids.push(assigned);
  }
  return { ids, renames };
}
