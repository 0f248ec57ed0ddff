import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sortFloatsStepwise } from '../../src/layout/sorted-floats.js';

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

  it('yields between runs and merges, so a long array is sorted in many steps', () => {
    const steps = sortFloatsStepwise(Float64Array.from({ length: 1000 }, (_, i) => 1000 - i), 10);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // 100 runs sorted, then 7 passes of merging 1,000 values, 10 at a time.
    expect(yields).to.be.at.least(100 + 7 * 99);
    expect([...step.value]).to.deep.equal(Array.from({ length: 1000 }, (_, i) => i + 1));
  });
});
