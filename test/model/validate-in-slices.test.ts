import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateEvents, validateEventsInSlices } from '../../src/model/validate-events.js';

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
      onProgress: (done, total) => progress.push(done / total),
      yieldToPage: () => {
        turns += 1;
        return Promise.resolve();
      },
    });
    expect(progress).to.deep.equal([10 / 25, 20 / 25, 1]);
    expect(turns).to.equal(2);
    expect(set.events).to.have.length(25);
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
