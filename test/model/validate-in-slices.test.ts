import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_SLICE_SIZE, validateEvents, validateEventsInSlices, validateUntrusted } from '../../src/model/validate-events.js';
import { actorsOf, categoriesOf, valueCounts } from '../../src/model/event-filter.js';

const recordArb = fc.oneof(
  fc.record({
    id: fc.constantFrom('a', 'b', 'c', undefined, 1),
    start: fc.constantFrom('2018-09-17', '2011-03', '2017-23', '2019-02~', 'not a date', '2019-02-30'),
    title: fc.constantFrom('Summit', '', 'Meeting', 42),
    actors: fc.constantFrom('Russia; Turkey', ['Iran'], undefined),
    url: fc.constantFrom('https://example.org', 'javascript:alert(1)', undefined),
  }),
  fc.jsonValue(),
);

describe('validateEventsInSlices', () => {
  it('gives exactly what validateEvents gives, for any records and any slice size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { maxLength: 60 }), fc.integer({ min: 1, max: 25 }), async (records, sliceSize) => {
        const sliced = await validateEventsInSlices(records, [], { sliceSize, yieldToPage: () => Promise.resolve() });
        expect(sliced).to.deep.equal(validateEvents(records));
      }),
      { numRuns: 200 },
    );
  });

  it('reports progress after each slice and gives the page a turn between slices', async () => {
    const records = Array.from({ length: 25 }, (_, i) => ({ start: '2019-02-11', title: `E${i}` }));
    const progress: number[] = [];
    let turns = 0;
    const set = await validateEventsInSlices(records, [], {
      sliceSize: 10,
      turnBudgetMs: 0,
      onProgress: (done, total) => progress.push(done / total),
      yieldToPage: () => {
        turns += 1;
        return Promise.resolve();
      },
    });
    expect(progress).to.deep.equal([10 / 25, 20 / 25, 1]);
    // Two turns while reading, and more while ids, time order and events are made, a slice at a time.
    expect(turns).to.be.above(2);
    expect(set.events).to.have.length(25);
  });

  it('finishes a large load in steps of one slice: no step orders or makes more than a slice of events', async () => {
    const count = 2000;
    const sliceSize = 100;
    // Descending dates, so the time order has to move every record.
    const records = Array.from({ length: count }, (_, i) => ({ start: new Date(Date.UTC(2019, 0, 1) - i * 86_400_000).toISOString().slice(0, 10), title: `E${i}` }));
    let turns = 0;
    const set = await validateEventsInSlices(records, [], { sliceSize, turnBudgetMs: 0, yieldToPage: () => ((turns += 1), Promise.resolve()) });
    // Reading gives 19 turns; ids about 20, sorting 20 runs, merging 5 passes of 20, making 19: at least 150 in all.
    expect(turns).to.be.at.least(150);
    expect(set.events.map((e) => e.title)).to.deep.equal(records.map((r) => r.title).reverse());
    expect(set).to.deep.equal(validateEvents(records));
  });

  it('after a sliced load (which counts actors and kinds as it goes), counts are those a fresh count gives', async () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ start: '2019', title: `E${i}`, actors: i % 3 ? 'Russia; Turkey' : 'Iran', category: i % 2 ? 'Meeting' : undefined }));
    const set = await validateEventsInSlices(records, [], { sliceSize: 7, yieldToPage: () => Promise.resolve() });
    const actors = valueCounts(set.events, actorsOf);
    // Kept from the load: the same list again, and what counting a copy of the events gives.
    expect(valueCounts(set.events, actorsOf)).to.equal(actors);
    expect(actors).to.deep.equal(valueCounts([...set.events], actorsOf));
    expect(actors).to.deep.equal([
      { value: 'Russia', count: 33 },
      { value: 'Turkey', count: 33 },
      { value: 'Iran', count: 17 },
    ]);
    expect(valueCounts(set.events, categoriesOf)).to.deep.equal([{ value: 'Meeting', count: 25 }]);
  });

  it('counts while finishing only when asked: the load worker leaves counting to the page, which counts its own array', async () => {
    const records = Array.from({ length: 40 }, (_, i) => ({ start: '2019', title: `E${i}`, actors: 'Iran' }));
    const [extra] = validateEvents([{ start: '2019', title: 'Added after', actors: 'Russia' }]).events;
    const countsAfterAdding = async (countValues: boolean | undefined) => {
      const set = await validateUntrusted(records, [], { sliceSize: 7, yieldToPage: () => Promise.resolve(), ...(countValues === undefined ? {} : { countValues }) });
      // An array counted while finishing keeps those counts: an event added to it after is not in them.
      const events = set.events as unknown as unknown[];
      events.push(extra);
      return valueCounts(set.events, actorsOf).map((c) => c.value);
    };
    expect(await countsAfterAdding(undefined), 'counted while finishing, by default').to.deep.equal(['Iran']);
    expect(await countsAfterAdding(false), 'not counted while finishing').to.deep.equal(['Iran', 'Russia']);
  });

  it('stops when its signal aborts', async () => {
    const abort = new AbortController();
    const records = Array.from({ length: 30 }, (_, i) => ({ start: '2019', title: `E${i}` }));
    const run = validateEventsInSlices(records, [], {
      sliceSize: 10,
      signal: abort.signal,
      yieldToPage: () => {
        abort.abort();
        return Promise.resolve();
      },
    });
    let error: unknown;
    await run.catch((e) => (error = e));
    expect(error).to.be.instanceOf(DOMException);
  });
});

const GIVEN = 20_000;

function manyRecords(count = GIVEN): Array<{ start: string; title: string }> {
  return Array.from({ length: count }, (_, i) => ({ start: '2019-02-11', title: `E${i}` }));
}

/** A page's turn between slices that changes the caller's array, as a page's own code could. */
function changingBetweenSlices(change: () => void) {
  let turns = 0;
  return {
    yieldToPage: () => {
      turns += 1;
      if (turns === 1) change();
      return Promise.resolve();
    },
  };
}

describe('validateUntrusted: counts what was given, at the moment it was given', () => {
  it('an array emptied after its first slice still has every record accounted for', async () => {
    const records = manyRecords();
    expect(GIVEN).to.be.above(DEFAULT_SLICE_SIZE);
    const set = await validateUntrusted(records, [], changingBetweenSlices(() => (records.length = 0)));
    expect(set.events.length + set.rejected.length).to.equal(GIVEN);
    expect(set.events).to.have.length(GIVEN);
  });

  it('an array emptied on the page’s next turn (the default yield) changes nothing', async () => {
    const records = manyRecords();
    const validated = validateUntrusted(records);
    setTimeout(() => (records.length = 0));
    const set = await validated;
    expect([set.events.length, set.rejected.length]).to.deep.equal([GIVEN, 0]);
  });

  it('records added, replaced or changed in place later are not what was given', async () => {
    const records: unknown[] = manyRecords();
    const first = records[0];
    const set = await validateUntrusted(
      records,
      [],
      changingBetweenSlices(() => {
        records.push(...manyRecords(3000));
        records[GIVEN - 1] = 'not a record';
        records.reverse();
      }),
    );
    expect([set.events.length, set.rejected.length]).to.deep.equal([GIVEN, 0]);
    expect(set.events.map((e) => e.title)).to.include.members(['E0', `E${GIVEN - 1}`]);
    expect(set.events.find((e) => e.title === 'E0')).to.exist;
    expect(records).to.include(first); // the caller's array is theirs: read, never reordered back
  });

  it('an element getter that grows the array is read once and the batch still ends', () => {
    const records: unknown[] = [{ start: '2019', title: 'a' }];
    Object.defineProperty(records, 0, {
      get() {
        records.push({ start: '2019', title: 'pushed' });
        return { start: '2019', title: 'a' };
      },
    });
    const set = validateEvents(records);
    expect(set.events.map((e) => e.title)).to.deep.equal(['a']);
  });

  it('rejected records are still the caller’s own objects, not copies', async () => {
    const records: unknown[] = manyRecords();
    const bad = { title: 'no start' };
    records[GIVEN - 1] = bad;
    const set = await validateUntrusted(records, [], changingBetweenSlices(() => (records.length = 0)));
    expect(set.rejected.map((d) => d.index)).to.deep.equal([GIVEN - 1]);
    expect(set.rejected[0]!.record).to.equal(bad);
  });

  it('hostile array-likes end as rejections, never an exception, sliced or not', async () => {
    const throwsOnLength = new Proxy(manyRecords(), {
      get(target, key, receiver) {
        if (key === 'length') throw new Error('no length');
        return Reflect.get(target, key, receiver);
      },
    });
    const lengthSet = await validateUntrusted(throwsOnLength);
    expect(lengthSet.events).to.deep.equal([]);
    expect(lengthSet.rejected.map((d) => d.reason)).to.deep.equal(['record 0: the records could not be read (no length)']);

    const throwsOnIndex = new Proxy(manyRecords(), {
      get(target, key, receiver) {
        if (key === '7' || key === String(GIVEN - 1)) throw new Error(`no ${String(key)}`);
        return Reflect.get(target, key, receiver);
      },
    });
    const indexSet = await validateUntrusted(throwsOnIndex);
    expect(indexSet.events).to.have.length(GIVEN - 2);
    expect(indexSet.rejected.map((d) => d.reason)).to.deep.equal([
      'record 7: could not be read (no 7)',
      `record ${GIVEN - 1}: could not be read (no ${GIVEN - 1})`,
    ]);

    // A length that changes at every read: the first read is what was given.
    let reads = 0;
    const growing = new Proxy(manyRecords(), {
      get(target, key, receiver) {
        if (key === 'length') return GIVEN + 1000 * reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const growingSet = await validateUntrusted(growing);
    expect(growingSet.events.length + growingSet.rejected.length).to.equal(GIVEN);

    // Lengths that are no count of anything: read as JavaScript reads an array-like's length.
    for (const [length, count] of [[Number.NaN, 0], [-5, 0], ['3', 3], [2.7, 2]] as const) {
      const odd = { length, 0: { start: '2019', title: 'a' }, 1: { start: '2019', title: 'b' }, 2: { start: '2019', title: 'c' } };
      const set = await validateUntrusted(odd as unknown as unknown[]);
      expect(set.events.length + set.rejected.length, `length ${String(length)}`).to.equal(count);
    }
    const unprintableLength = { get length() { return { valueOf: () => { throw new Error('no number'); } }; } };
    const unprintableSet = await validateUntrusted(unprintableLength as unknown as unknown[]);
    expect(unprintableSet.rejected.map((d) => d.reason)).to.deep.equal(['record 0: the records could not be read (no number)']);
  });

  it('validateEventsInSlices reads a snapshot too', async () => {
    const records = manyRecords(30);
    const set = await validateEventsInSlices(records, [], { sliceSize: 10, ...changingBetweenSlices(() => (records.length = 0)) });
    expect(set.events).to.have.length(30);
  });
});
