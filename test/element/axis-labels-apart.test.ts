/**
 * The axis as a reader sees it at any view: no two tick labels print over each other, and none is cut
 * by the plot's edge, at a desk's width and a phone's, left to right and right to left.
 */
import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { plotSvg, settle, timelineFixture } from '../support/timeline-fixture.js';

const DAY = 86_400_000;
const FROM = Date.UTC(2011, 2, 15);
const TO = Date.UTC(2019, 1, 14);

/** An event every ten days from March 2011 to February 2019, in three lanes: an axis at every zoom. */
const records = Array.from({ length: Math.floor((TO - FROM) / (10 * DAY)) + 1 }, (_, i) => ({
  id: `e${i}`,
  start: new Date(FROM + i * 10 * DAY).toISOString().slice(0, 10),
  title: `Event ${i}`,
  actors: [`Actor ${i % 3}`],
}));

interface LabelBox {
  readonly text: string;
  readonly left: number;
  readonly right: number;
}

function tickLabelBoxes(el: ConflictTimeline): LabelBox[] {
  return [...el.shadowRoot!.querySelectorAll<SVGTextElement>('[part~="axis"] .tick text')]
    .map((text) => ({ text: text.textContent!.trim(), box: text.getBoundingClientRect() }))
    .filter(({ text, box }) => text !== '' && box.width > 0)
    .map(({ text, box }) => ({ text, left: box.left, right: box.right }))
    .sort((a, b) => a.left - b.left);
}

/** What is wrong with the axis's labels in the view drawn: labels over each other, or past the plot's edge. */
function axisFaults(el: ConflictTimeline): string[] {
  const plot = plotSvg(el).getBoundingClientRect();
  const boxes = tickLabelBoxes(el);
  const faults: string[] = [];
  boxes.forEach((box, i) => {
    const next = boxes[i + 1];
    if (next && next.left < box.right) faults.push(`"${box.text}" (to ${box.right.toFixed(0)}) over "${next.text}" (from ${next.left.toFixed(0)})`);
    // Up to a pixel over: d3-axis moves every tick half a pixel for crisp lines, and a glyph's box reaches
    // a little past its advance; a tick on the very edge may stand that much out. A cut label is more.
    if (box.left < plot.left - 1 || box.right > plot.right + 1) faults.push(`"${box.text}" cut by the plot's edge`);
  });
  return faults;
}

/** Views from the whole span down to a few weeks, each at seven offsets, so that ticks fall at every place near the edges. */
function* views(): Generator<readonly [number, number]> {
  for (let span = TO - FROM; span > 20 * DAY; span /= 1.6) {
    for (let k = 0; k < 7; k++) {
      const start = FROM + ((TO - FROM - span) * k) / 6;
      yield [start, start + span];
    }
  }
}

for (const width of [900, 375]) {
  for (const dir of ['ltr', 'rtl'] as const) {
    describe(`the axis's labels at ${width} px, ${dir}`, () => {
      it('never print over each other nor past the plot, at any zoom and offset', async () => {
        const el = await timelineFixture(records, { width, dir, gaps: 'linear' });
        const faults: string[] = [];
        let viewCount = 0;
        for (const [start, end] of views()) {
          el.zoomTo(new Date(start), new Date(end));
          await settle(el);
          viewCount++;
          for (const fault of axisFaults(el)) faults.push(`${new Date(start).toISOString().slice(0, 10)} – ${new Date(end).toISOString().slice(0, 10)}: ${fault}`);
        }
        expect(viewCount).to.be.greaterThan(50);
        expect(faults, faults.slice(0, 8).join('\n')).to.deep.equal([]);
      });
    });
  }
}
