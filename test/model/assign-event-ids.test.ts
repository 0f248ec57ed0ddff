import { expect } from '@open-wc/testing';
import { assignEventIds, assignEventIdsStepwise, idRequestColumns, type IdAssignment, type IdRequest } from '../../src/model/assign-event-ids.js';
import { quoteValue } from '../../src/model/quote-value.js';
import { runToEnd } from '../../src/model/stepwise.js';

/** The rules written out the plain way (a Set of given ids, a Map of first givers), to compare against. */
function referenceIds(requests: readonly IdRequest[]): IdAssignment {
  const given = new Set(requests.flatMap(({ given: id }) => (id === undefined ? [] : [id])));
  const firstGiver = new Map<string, number>();
  for (const { index, given: id } of requests) if (id !== undefined && !firstGiver.has(id)) firstGiver.set(id, index);
  const made = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const fresh = (base: string): string => {
    let suffix = nextSuffix.get(base) ?? 2;
    while (given.has(`${base} (${suffix})`) || made.has(`${base} (${suffix})`)) suffix += 1;
    nextSuffix.set(base, suffix + 1);
    made.add(`${base} (${suffix})`);
    return `${base} (${suffix})`;
  };
  const ids: string[] = [];
  const renames: { index: number; reason: string }[] = [];
  for (const { index, given: id } of requests) {
    if (id === undefined) {
      const generated = `event-${index}`;
      ids.push(given.has(generated) ? fresh(generated) : generated);
    } else if (firstGiver.get(id) === index) {
      ids.push(id);
    } else {
      const assigned = fresh(id);
      renames.push({ index, reason: `id ${quoteValue(id)} is already used by record ${firstGiver.get(id)}; shown as ${quoteValue(assigned)}` });
      ids.push(assigned);
    }
  }
  return { ids, renames };
}

/** Requests whose ids repeat, are missing, or look like generated ids and renames. */
function randomRequests(count: number, seed: number, repeats: boolean): IdRequest[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const requests: IdRequest[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    let given: string | undefined;
    if (r < 0.2) given = undefined;
    else if (r < 0.3) given = `event-${Math.floor(random() * count)}`;
    else if (r < 0.4) given = `a (${2 + Math.floor(random() * 3)})`;
    else given = repeats ? `a${Math.floor(random() * count * 0.3)}` : `id ${i}`;
    requests.push({ index: i * 2 + 1, given });
  }
  if (!repeats) {
    // Without repeats: each given id once.
    const seen = new Set<string>();
    return requests.map((request) => {
      if (request.given === undefined || !seen.has(request.given)) {
        if (request.given !== undefined) seen.add(request.given);
        return request;
      }
      return { index: request.index, given: undefined };
    });
  }
  return requests;
}

describe('assign event ids', () => {
  for (const repeats of [true, false]) {
    it(`gives the ids and renames of the plain rules on random requests ${repeats ? 'with' : 'without'} repeated ids`, () => {
      for (const seed of [1, 2, 3]) {
        const requests = randomRequests(2000, seed, repeats);
        const expected = referenceIds(requests);
        if (repeats) expect(expected.renames.length, 'the input repeats ids').to.be.greaterThan(100);
        expect(assignEventIds(requests)).to.deep.equal(expected);
        expect(runToEnd(assignEventIdsStepwise(idRequestColumns(requests), 7))).to.deep.equal(expected);
      }
    });
  }

  it('renames a repeat and never takes a given id', () => {
    const requests: IdRequest[] = [
      { index: 0, given: 'a' },
      { index: 1, given: 'a (2)' },
      { index: 2, given: 'a' },
      { index: 3, given: undefined },
      { index: 4, given: 'event-3' },
    ];
    expect(assignEventIds(requests).ids).to.deep.equal(['a', 'a (2)', 'a (3)', 'event-3 (2)', 'event-3']);
  });
});
