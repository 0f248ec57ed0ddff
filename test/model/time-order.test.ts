import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { runToEnd } from '../../src/model/stepwise.js';
import { timeOrderStepwise } from '../../src/model/time-order.js';

/** The order by comparing two by two: from, then to, then position. */
function comparedOrder(from: readonly number[], to: readonly number[]): number[] {
  return from.map((_, i) => i).sort((a, b) => from[a]! - from[b]! || to[a]! - to[b]! || a - b);
}

function radixOrder(from: readonly number[], to: readonly number[], sliceSize = Infinity): number[] {
  return [...runToEnd(timeOrderStepwise(Float64Array.from(from), Float64Array.from(to), sliceSize))];
}

describe('time order', () => {
  it('orders by from, then to, then position, across signs, fractions and -0', () => {
    const from = [5, -3, 5, 0, -0, 1e15, -1e15, 5, 0.5, -0.25, 5, 0];
    const to = [9, -1, 6, 0, 1, 1e15, 0, 6, 0.75, -0.25, 9, -0];
    expect(radixOrder(from, to)).to.deep.equal(comparedOrder(from, to));
  });

  it('keeps positions in order among equal times (stable)', () => {
    const from = [2, 1, 2, 1, 2];
    expect(radixOrder(from, from)).to.deep.equal([1, 3, 0, 2, 4]);
  });

  it('gives the same order in steps of any size as at once, for many times', () => {
    // Days of a decade as epoch ms, with spans: the top bits the same for all, as real data has them.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const day = 86_400_000;
    const from = Array.from({ length: 5000 }, () => Date.UTC(2011, 0, 1) + Math.floor(random() * 3000) * day);
    const to = from.map((f) => f + (random() < 0.2 ? Math.floor(random() * 90) * day : 0) + day - 1);
    const expected = comparedOrder(from, to);
    expect(radixOrder(from, to)).to.deep.equal(expected);
    expect(radixOrder(from, to, 7)).to.deep.equal(expected);
    let steps = 0;
    const stepwise = timeOrderStepwise(Float64Array.from(from), Float64Array.from(to), 500);
    while (!stepwise.next().done) steps++;
    expect(steps, 'yields along the way').to.be.greaterThan(10);
  });

  it('orders nothing and one', () => {
    expect(radixOrder([], [])).to.deep.equal([]);
    expect(radixOrder([3], [4])).to.deep.equal([0]);
  });

  it('orders whole times counted in steps as comparing does: steps of any size, -0, ranges past 32 bits of steps and past 2^53', () => {
    const day = 86_400_000;
    const times = fc.oneof(
      // Whole days, minutes or any whole numbers around a start, as data gives them.
      fc.tuple(fc.constantFrom(day, 60_000, 1, 7), fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -2e12, max: 2e12 }))
        .map(([step, count, start]) => start - (start % step) + count * step),
      fc.constantFrom(0, -0, 2 ** 53, -(2 ** 53), 8.64e15, -8.64e15, 2 ** 40 + 1, 0.5, -0.5, 2 ** 52 + 0.5, 0.25),
    );
    const pairs = fc.array(fc.tuple(times, times), { maxLength: 80 });
    fc.assert(
      fc.property(pairs, fc.integer({ min: 1, max: 20 }), (list, sliceSize) => {
        const from = list.map(([f]) => f);
        const to = list.map(([, t]) => t);
        expect(radixOrder(from, to, sliceSize)).to.deep.equal(comparedOrder(from, to));
      }),
      { numRuns: 400 },
    );
  });

  it('orders days in two passes of counting and placing, where their 64 bits take eight', () => {
    // Yields count the positions handled: whole days are counted in one 32-bit word per time.
    const day = 86_400_000;
    const from = Array.from({ length: 1000 }, (_, i) => Date.UTC(2011, 0, 1) + ((i * 7919) % 3000) * day);
    const yieldsOf = (times: number[]) => {
      const steps = timeOrderStepwise(Float64Array.from(times), Float64Array.from(times), 1);
      let yields = 0;
      while (!steps.next().done) yields++;
      return yields;
    };
    // Per time: three passes to count its steps, two digits counted and one placed: 2 × (3 + 2 + 1) passes of 1,000.
    expect(yieldsOf(from)).to.equal(12_000);
    expect(yieldsOf(from.map((t) => t + 0.25)), 'not whole nor halves: by all 64 bits').to.be.greaterThan(12_000);
    expect(radixOrder(from, from)).to.deep.equal(comparedOrder(from, from));
  });
});
