import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LABEL_HEIGHT_PX, placeLabels, type LabelCopy, type LabelRequest, type Obstacle } from '../../src/layout/place-labels.js';

const ROWS = [30, 52, 74];
const PLOT_WIDTH = 600;

const overlaps = (a: Obstacle, b: Obstacle) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function copy(eventId: string, x0: number, x1: number, row: number, kind: 'point' | 'span'): LabelCopy {
  return { eventId, x0, x1, x: x0, y: ROWS[row]!, kind, laneRows: ROWS, halfHeight: kind === 'point' ? 6 : 5 };
}

describe('placeLabels', () => {
  it('puts a label after its mark, and before it where after would leave the plot', () => {
    const copies = [copy('a', 100, 112, 0, 'point'), copy('b', 560, 572, 1, 'point')];
    const requests: LabelRequest[] = [
      { eventId: 'a', width: 80, copies: [0] },
      { eventId: 'b', width: 80, copies: [1] },
    ];
    const { labels } = placeLabels(copies, [], requests, { plotWidth: PLOT_WIDTH, rtl: false });
    expect(labels[0]!.x0).to.be.greaterThan(112);
    expect(labels[1]!.x1).to.be.lessThan(560);
    expect(labels.every((l) => !l!.shortened)).to.equal(true);
  });

  it('never puts a label on its own span: beside it, or in a free row when the span fills the plot', () => {
    const copies = [copy('war', -8, PLOT_WIDTH + 8, 0, 'span')];
    const { labels } = placeLabels(copies, [], [{ eventId: 'war', width: 120, copies: [0] }], { plotWidth: PLOT_WIDTH, rtl: false });
    expect(labels[0]!.y).to.not.equal(ROWS[0]);
  });

  it('moves a copy to another row of its lane where its whole label fits', () => {
    // Row 0 is blocked just after the mark (and there is no room before it); rows 1 and 2 are free.
    const copies = [copy('a', 100, 112, 0, 'point'), copy('blocker', 140, 152, 0, 'point')];
    const requests: LabelRequest[] = [
      { eventId: 'blocker', width: 40, copies: [1] },
      { eventId: 'a', width: 200, copies: [0] },
    ];
    const { labels, rowOf } = placeLabels(copies, [], requests, { plotWidth: PLOT_WIDTH, rtl: false });
    expect(labels[1]!.shortened).to.equal(false);
    expect(rowOf[0]).to.not.equal(ROWS[0]);
    expect(labels[1]!.y).to.equal(rowOf[0]);
  });

  it('for any marks and obstacles, never lets a label cover another label, a mark, an obstacle or the plot edge', () => {
    const mark = fc.record({
      x: fc.integer({ min: -20, max: PLOT_WIDTH + 20 }),
      length: fc.integer({ min: 0, max: 300 }),
      row: fc.integer({ min: 0, max: 2 }),
      point: fc.boolean(),
      width: fc.integer({ min: 20, max: 300 }),
    });
    const obstacle = fc.record({ x: fc.integer({ min: 0, max: PLOT_WIDTH }), width: fc.integer({ min: 1, max: 60 }), row: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 25 }), fc.array(obstacle, { maxLength: 6 }), fc.boolean(), (marks, blocks, rtl) => {
        const copies = marks.map((m, i) =>
          m.point ? copy(`e${i}`, m.x - 6, m.x + 6, m.row, 'point') : copy(`e${i}`, m.x, m.x + m.length, m.row, 'span'),
        );
        const obstacles = blocks.map((b) => ({ x0: b.x, x1: b.x + b.width, y0: ROWS[b.row]! - 11, y1: ROWS[b.row]! + 11 }));
        const requests = marks.map((m, i) => ({ eventId: `e${i}`, width: m.width, copies: [i] }));
        const { labels, rowOf } = placeLabels(copies, obstacles, requests, { plotWidth: PLOT_WIDTH, rtl });
        const boxes = labels.flatMap((l) => (l ? [{ x0: l.x0, x1: l.x1, y0: l.y - LABEL_HEIGHT_PX / 2, y1: l.y + LABEL_HEIGHT_PX / 2 }] : []));
        const drawn = [
          ...obstacles,
          ...copies.map((c, i) => ({ x0: c.x0, x1: c.x1, y0: rowOf[i]! - c.halfHeight, y1: rowOf[i]! + c.halfHeight })),
        ];
        boxes.forEach((box, i) => {
          expect(box.x0).to.be.at.least(0);
          expect(box.x1).to.be.at.most(PLOT_WIDTH);
          for (const d of drawn) expect(overlaps(box, d), 'label over something drawn').to.equal(false);
          boxes.forEach((other, j) => j !== i && expect(overlaps(box, other), 'two labels overlap').to.equal(false));
        });
      }),
      { numRuns: 300 },
    );
  });
});
