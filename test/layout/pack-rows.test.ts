import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LABEL_GAP_PX, packRows } from '../../src/layout/pack-rows.js';

const itemArb = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 2, max: 40 }), fc.integer({ min: 0, max: 200 }))
  .map(([start, mark, label]) => ({ markStart: start, markEnd: start + mark, start, end: start + mark + label }));

describe('packRows', () => {
  it('never lets two shown labels (with their marks) overlap in a row', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 80 }), fc.integer({ min: 1, max: 4 }), (unsorted, rows) => {
        // Some labels stand before their marks, as at the right edge of the plot.
        const items = unsorted.map((it, k) => (k % 3 === 0 ? { ...it, start: it.markStart - (it.end - it.markEnd), end: it.markEnd } : it));
        const packed = packRows(items, rows);
        expect(packed).to.have.length(items.length);
        for (let i = 0; i < items.length; i++) {
          const p = packed[i]!;
          expect(p.row).to.be.within(0, rows - 1);
          if (!p.labelShown) continue;
          const a = items[i]!;
          for (let j = i + 1; j < items.length; j++) {
            if (!packed[j]!.labelShown || packed[j]!.row !== p.row) continue;
            const b = items[j]!;
            expect(b.end + LABEL_GAP_PX <= a.start || a.end + LABEL_GAP_PX <= b.start, `items ${i} and ${j} overlap in row ${p.row}`).to.equal(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('uses a second row before hiding a label', () => {
    const items = [
      { markStart: 0, markEnd: 10, start: 0, end: 100 },
      { markStart: 20, markEnd: 30, start: 20, end: 120 },
    ];
    expect(packRows(items, 2)).to.deep.equal([
      { row: 0, labelShown: true },
      { row: 1, labelShown: true },
    ]);
    expect(packRows(items, 1)[1]).to.deep.equal({ row: 0, labelShown: false });
  });
});
