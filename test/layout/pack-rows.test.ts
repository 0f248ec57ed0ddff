import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LABEL_GAP_PX, packRows } from '../../src/layout/pack-rows.js';

const itemArb = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 2, max: 40 }), fc.integer({ min: 0, max: 200 }))
  .map(([start, mark, label]) => ({ markStart: start, markEnd: start + mark, labelEnd: start + mark + label }));

describe('packRows', () => {
  it('never lets a shown label overlap anything else in its row', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 80 }), fc.integer({ min: 1, max: 4 }), (unsorted, rows) => {
        const items = [...unsorted].sort((a, b) => a.markStart - b.markStart);
        const packed = packRows(items, rows);
        expect(packed).to.have.length(items.length);
        for (let i = 0; i < items.length; i++) {
          const p = packed[i]!;
          expect(p.row).to.be.within(0, rows - 1);
          if (!p.labelShown) continue;
          // Everything placed earlier in the same row ends before this label's mark begins.
          for (let j = 0; j < i; j++) {
            if (packed[j]!.row !== p.row) continue;
            const end = packed[j]!.labelShown ? items[j]!.labelEnd : items[j]!.markEnd;
            expect(end + LABEL_GAP_PX).to.be.at.most(items[i]!.markStart);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('uses a second row before hiding a label', () => {
    const items = [
      { markStart: 0, markEnd: 10, labelEnd: 100 },
      { markStart: 20, markEnd: 30, labelEnd: 120 },
    ];
    expect(packRows(items, 2)).to.deep.equal([
      { row: 0, labelShown: true },
      { row: 1, labelShown: true },
    ]);
    expect(packRows(items, 1)[1]).to.deep.equal({ row: 0, labelShown: false });
  });
});
