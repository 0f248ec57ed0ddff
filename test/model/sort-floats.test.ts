import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sortFloatsStepwise } from '../../src/model/sort-floats.js';

function sortedBySteps(values: readonly number[], sliceSize: number): number[] {
  const steps = sortFloatsStepwise(Float64Array.from(values), sliceSize);
  for (;;) {
    const step = steps.next();
    if (step.done) return [...step.value];
  }
}

describe('sortFloatsStepwise', () => {
  it('sorts as Float64Array.prototype.sort does, for any slice size, NaN last', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (values, sliceSize) => {
        expect(sortedBySteps(values, sliceSize)).to.deep.equal([...Float64Array.from(values).sort()]);
      }),
      { numRuns: 300 },
    );
  });

  it('yields as it goes, so a long array is sorted in many steps', () => {
    const steps = sortFloatsStepwise(Float64Array.from({ length: 1000 }, (_, i) => 1000 - i), 10);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // 1,000 whole numbers made counts of steps from the least (a pass for the least, the step found to be
    // 1 at the second number, a pass for the counts), the counts' digits counted (one pass) and placed by
    // the one 16-bit digit that differs (one pass), 10 at a time.
    expect(yields).to.equal(2 * 100 + 100 + 100);
    expect([...step.value]).to.deep.equal(Array.from({ length: 1000 }, (_, i) => i + 1));
  });

  it('sorts whole numbers and halves as Float64Array.prototype.sort does: in steps of a day or any size, with -0, past 32 bits of steps and past 2^53', () => {
    const day = 86_400_000;
    const whole = fc.oneof(
      fc.tuple(fc.constantFrom(day, 1, 3), fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -2e12, max: 2e12 }))
        .map(([step, count, start]) => start - (start % step) + count * step),
      fc.constantFrom(0, -0, 2 ** 53, -(2 ** 53), 8.64e15, 2 ** 40 + 1, Infinity),
    );
    // Halves among them, as the middles of spans are; and a quarter, which is neither.
    const halves = fc.oneof(whole, whole.map((t) => t + 0.5), whole.map((t) => t / 2), fc.constant(0.25));
    fc.assert(
      fc.property(fc.array(halves, { maxLength: 100 }), fc.integer({ min: 1, max: 30 }), (values, sliceSize) => {
        expect(sortedBySteps(values, sliceSize)).to.deep.equal([...Float64Array.from(values).sort()]);
      }),
      { numRuns: 300 },
    );
    const days = Array.from({ length: 3000 }, (_, i) => Date.UTC(2011, 0, 1) + ((i * 7919) % 3000) * day - 1);
    expect(sortedBySteps(days, 100)).to.deep.equal([...Float64Array.from(days).sort()]);
    const middles = days.map((end, i) => (end - (i % 7) * day + end) / 2);
    expect(sortedBySteps(middles, 100)).to.deep.equal([...Float64Array.from(middles).sort()]);
  });

  it('sorts as Float64Array.prototype.sort does for many times, -0, infinities and NaN of either sign', () => {
    const nan = new Float64Array(new Uint32Array([1, 0xfff80000]).buffer)[0]!;
    let seed = 3;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const values = Array.from({ length: 5000 }, () => Date.UTC(2011, 0, 1) + Math.floor(random() * 3000) * 86_400_000 * (random() < 0.1 ? -1 : 1) + random());
    values.push(-0, 0, -0, Infinity, -Infinity, NaN, nan, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE);
    expect(sortedBySteps(values, 37)).to.deep.equal([...Float64Array.from(values).sort()]);
  });
});
