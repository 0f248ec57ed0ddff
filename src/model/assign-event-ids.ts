/**
 * Unique ids for accepted records: a given id is kept the first time it is
 * seen; a repeat is renamed "a (2)", "a (3)", …; a missing id becomes
 * "event-N" (N = input index). Neither a rename nor a generated id ever takes
 * an id some record was given, so ids stay stable when records are added.
 */
import { quoteValue } from './quote-value.js';
import { runToEnd, type Stepwise } from './stepwise.js';
import { TextSet } from './text-set.js';

const GENERATED_ID_PREFIX = 'event-';
const FIRST_RENAME_SUFFIX = 2;

export interface IdRequest {
  /** Input index of the record. */
  readonly index: number;
  /** The id the record gave, as text; undefined when it gave none. */
  readonly given: string | undefined;
}

/**
 * The requests as two columns, one entry per record: a million records then ask for their ids with
 * two arrays, not a million objects kept alive until ids are settled.
 */
export interface IdRequestColumns {
  /** How many requests there are: the columns may be longer. */
  readonly count: number;
  /** Input index of each record. */
  readonly indices: readonly number[];
  /** The id each record gave, as text; undefined when it gave none. */
  readonly given: readonly (string | undefined)[];
}

export interface IdAssignment {
  readonly ids: readonly string[];
  /** Input index and reason (after "record N: ") for each renamed id. */
  readonly renames: readonly { readonly index: number; readonly reason: string }[];
}

/** Assigns ids in the order of `requests` (input order), one per request. */
export function assignEventIds(requests: readonly IdRequest[]): IdAssignment {
  return runToEnd(assignEventIdsStepwise(idRequestColumns(requests), Infinity));
}

export function idRequestColumns(requests: readonly IdRequest[]): IdRequestColumns {
  return { count: requests.length, indices: requests.map(({ index }) => index), given: requests.map(({ given }) => given) };
}

/** assignEventIds, yielding after every `sliceSize` requests. */
export function* assignEventIdsStepwise(requests: IdRequestColumns, sliceSize: number): Stepwise<IdAssignment> {
  // Every given id, once, by the position of the first request giving it: when there are as many as
  // requests giving one, no id repeats, and each record keeps its own with no more lookups.
  const { count } = requests;
  const given = new TextSet((position) => requests.given[position]!, count);
  let giving = 0;
  let slice = 0;
  for (let k = 0; k < count; k++) {
    if (requests.given[k] !== undefined) {
      given.add(k);
      giving++;
    }
    if (++slice === sliceSize) {
      slice = 0;
      yield;
    }
  }
  if (giving === given.size) return yield* assignWithoutRepeats(requests, given, sliceSize);
  return yield* assignWithRepeats(requests, given, sliceSize);
}

/** Texts already taken: `has` says whether one is. */
interface TakenTexts {
  has(text: string): boolean;
}

/** Ids made here, each fresh: never a given id, nor one made before. */
function variantMaker(given: TakenTexts): (base: string) => string {
  const made = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return (base) => {
    let suffix = nextSuffix.get(base) ?? FIRST_RENAME_SUFFIX;
    while (given.has(`${base} (${suffix})`) || made.has(`${base} (${suffix})`)) suffix += 1;
    nextSuffix.set(base, suffix + 1);
    const variant = `${base} (${suffix})`;
    made.add(variant);
    return variant;
  };
}

/**
 * A generated id for a record that gave none. Indices are unique and renames always end in " (n)", so
 * only a given id can hold a plain generated one.
 */
function generatedId(index: number, given: TakenTexts, freshVariant: (base: string) => string): string {
  const generated = `${GENERATED_ID_PREFIX}${index}`;
  return given.has(generated) ? freshVariant(generated) : generated;
}

function* assignWithoutRepeats({ count, indices, given: givenIds }: IdRequestColumns, given: TakenTexts, sliceSize: number): Stepwise<IdAssignment> {
  const freshVariant = variantMaker(given);
  const ids: string[] = new Array<string>(count);
  let slice = 0;
  for (let k = 0; k < count; k++) {
    ids[k] = givenIds[k] ?? generatedId(indices[k]!, given, freshVariant);
    if (++slice === sliceSize) {
      slice = 0;
      yield;
    }
  }
  return { ids, renames: [] };
}

/** `given` holds each given id at the position of the first request giving it: that record shows it. */
function* assignWithRepeats({ count, indices, given: givenIds }: IdRequestColumns, given: TextSet, sliceSize: number): Stepwise<IdAssignment> {
  const freshVariant = variantMaker(given);
  const ids: string[] = [];
  const renames: { index: number; reason: string }[] = [];
  let slice = 0;
  for (let k = 0; k < count; k++) {
    const index = indices[k]!;
    const id = givenIds[k];
    if (++slice === sliceSize) {
      slice = 0;
      yield;
    }
    if (id === undefined) {
      ids.push(generatedId(index, given, freshVariant));
      continue;
    }
    const first = given.positionOf(id)!;
    if (first === k) {
      ids.push(id);
    } else {
      const assigned = freshVariant(id);
      renames.push({
        index,
        reason: `id ${quoteValue(id)} is already used by record ${indices[first]!}; shown as ${quoteValue(assigned)}`,
      });
      ids.push(assigned);
    }
  }
  return { ids, renames };
}
