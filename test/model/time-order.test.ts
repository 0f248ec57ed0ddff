import { expect } from '@open-wc/testing';
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
});
