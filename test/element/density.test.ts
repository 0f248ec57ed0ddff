import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { ACTORS, generateEvents } from '../../bench/generate-events.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { plotSvg, settle, timeAt, timelineFixture } from '../support/timeline-fixture.js';

// The stress page's generator (that page is the example of dense data), at a fifth of
// its size so that each case loads in about a second: every lane is still far too dense for single marks.
const N = 20_000;
const records = generateEvents(N, 20110315);
const parsed = validateEvents(records).events;

const SIZES = [
  { name: 'desk', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/**
 * The dense records on a page of the given width, less the page's margin; `svg`: on a page that asks for
 * every shape in SVG (`--ct-dense-drawing`), whose bars and counts are nodes to measure (the canvas that
 * otherwise paints them has its own tests, test/render/dense-canvas.test.ts).
 */
const denseTimeline = (width: number, svg = false): Promise<ConflictTimeline> =>
  timelineFixture(records, { width: width - 20, ...(svg ? { container: { style: '--ct-dense-drawing: svg' } } : {}) });

const bins = (el: ConflictTimeline) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.cluster')];
const laneOf = (bin: Element) => bin.getAttribute('data-key')!.split('\u0000')[0]!;
/** The count a screen reader hears: the number the accessible name starts with. */
const spokenCount = (bin: Element) => Number(/^[\d,]+/.exec(bin.getAttribute('aria-label')!)![0].replace(/,/g, ''));

function visibleIn(el: ConflictTimeline, actor: string): number {
  const start = el.view.start.getTime();
  const end = el.view.end.getTime();
  return parsed.filter((e: TimelineEvent) => e.actors.includes(actor) && e.to >= start && e.from <= end).length;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** A bin in the first lane near the plot's middle, and the stretch of time under its column. */
function middleBin(el: ConflictTimeline) {
  const svg = plotSvg(el).getBoundingClientRect();
  const first = bins(el).filter((b) => laneOf(b) === ACTORS[0]);
  const bin = first[Math.floor(first.length / 2)]!;
  const box = bin.querySelector('rect.hit')!.getBoundingClientRect();
  return { bin, box, from: timeAt(el, box.left - svg.left), to: timeAt(el, box.right - svg.left) };
}

function expectZoomedInto(el: ConflictTimeline, before: { start: number; end: number }, stretch: { from: number; to: number }) {
  const start = el.view.start.getTime();
  const end = el.view.end.getTime();
  const slack = (stretch.to - stretch.from) * 0.05;
  expect(end - start, 'narrower than before').to.be.lessThan((before.end - before.start) / 4);
  expect(start, 'holds the stretch').to.be.at.most(stretch.from + slack);
  expect(end, 'holds the stretch').to.be.at.least(stretch.to - slack);
  expect(end - start, 'around the stretch, not far beyond it').to.be.at.most((stretch.to - stretch.from) * 2.5);
}

describe(`density strips at ${N.toLocaleString('en')} events, zoomed out`, function () {
  this.timeout(60_000);

  for (const size of SIZES) {
    describe(size.name, () => {
      before(() => setViewport({ width: size.width, height: size.height }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('draws every lane as bins whose spoken counts add up to the events visible in it, with no mark over them', async () => {
        const el = await denseTimeline(size.width, true);
        const all = bins(el);
        for (const actor of ACTORS) {
          const lane = all.filter((b) => laneOf(b) === actor);
          expect(lane.length, actor).to.be.greaterThan(5);
          expect(lane.reduce((n, b) => n + spokenCount(b), 0), actor).to.equal(visibleIn(el, actor));
          // Named with the stretch in words and how to zoom into it.
          expect(lane[0]!.getAttribute('aria-label')).to.match(/^[\d,]+ events?, .+ – .+\. Press Enter to zoom in\.$/);
        }
        const laneBoxes = new Map(
          [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.lane')].map((g) => [g.getAttribute('data-lane')!, g.querySelector('rect.lane-band')!.getBoundingClientRect()]),
        );
        const svg = plotSvg(el).getBoundingClientRect();
        const columns = all.map((b) => b.querySelector('rect.hit')!.getBoundingClientRect());
        for (const [i, bin] of all.entries()) {
          const box = columns[i]!;
          const lane = laneBoxes.get(laneOf(bin))!;
          expect(box.top).to.be.at.least(lane.top - 0.5);
          expect(box.bottom).to.be.at.most(lane.bottom + 0.5);
          expect(box.left).to.be.at.least(svg.left - 0.5);
          expect(box.right).to.be.at.most(svg.right + 0.5);
          // The bar grows with the count and stays inside its column.
          const bar = bin.querySelector('rect.bar')!.getBoundingClientRect();
          expect(bar.top).to.be.at.least(box.top);
          expect(bar.bottom).to.be.at.most(box.bottom);
        }
        for (const mark of el.shadowRoot!.querySelectorAll('g.mark')) {
          const box = mark.getBoundingClientRect();
          for (const column of columns) expect(overlaps(box, column), 'a mark over a bin').to.equal(false);
        }
        // Taller bars for larger counts, one scale for the whole view.
        const byCount = [...all].sort((a, b) => spokenCount(a) - spokenCount(b));
        const height = (b: Element) => b.querySelector('rect.bar')!.getBoundingClientRect().height;
        expect(height(byCount[byCount.length - 1]!)).to.be.greaterThan(height(byCount[0]!));
        if (size.name === 'desk') {
          // Counts are drawn where a column is wide enough to hold them.
          const shown = all.filter((b) => getComputedStyle(b.querySelector('text.count')!).display !== 'none');
          expect(shown.length).to.be.greaterThan(all.length / 2);
          for (const b of shown) {
            const text = b.querySelector('text.count')!;
            expect(Number(text.textContent)).to.equal(spokenCount(b));
            const t = text.getBoundingClientRect();
            const c = b.querySelector('rect.hit')!.getBoundingClientRect();
            expect(t.left).to.be.at.least(c.left - 0.5);
            expect(t.right).to.be.at.most(c.right + 0.5);
          }
        }
      });

      it('zooms into a bin clicked with the mouse', async () => {
        const el = await denseTimeline(size.width);
        const before = { start: el.view.start.getTime(), end: el.view.end.getTime() };
        const { box, from, to } = middleBin(el);
        await sendMouse({ type: 'click', position: [Math.round((box.left + box.right) / 2), Math.round(box.top + 4)] });
        await settle(el);
        expectZoomedInto(el, before, { from, to });
        expect(el.shadowRoot!.querySelector('[part~="details"]'), 'no event selected').to.equal(null);
      });

      it('zooms into a focused bin on Enter', async () => {
        const el = await denseTimeline(size.width);
        const before = { start: el.view.start.getTime(), end: el.view.end.getTime() };
        const { bin, from, to } = middleBin(el);
        bin.focus();
        expect(el.shadowRoot!.activeElement).to.equal(bin);
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expectZoomedInto(el, before, { from, to });
      });

      it('rings a bin focused from the keyboard around its whole column, canvas painting or not', async () => {
        for (const svg of [false, true]) {
          const el = await denseTimeline(size.width, svg);
          const { bin } = middleBin(el);
          const hit = bin.querySelector('.hit')!;
          const unfocused = getComputedStyle(hit).strokeWidth;
          bin.focus({ focusVisible: true } as FocusOptions);
          await settle(el);
          const ring = getComputedStyle(hit);
          expect(ring.stroke, `svg ${svg}`).to.not.equal('none');
          expect(ring.strokeWidth, `svg ${svg}`).to.equal('3px');
          expect(unfocused, `svg ${svg}`).to.not.equal('3px');
          // The ring is the column's whole stretch and height, as its lane's other columns have it.
          const box = hit.getBoundingClientRect();
          const lane = bins(el).filter((b) => laneOf(b) === laneOf(bin)).map((b) => b.querySelector('.hit')!.getBoundingClientRect());
          expect(box.height, `svg ${svg}`).to.be.greaterThan(20);
          expect(box.height, `svg ${svg}`).to.equal(lane[0]!.height);
          expect(box.width, `svg ${svg}`).to.be.at.least(1);
          el.remove();
        }
      });
    });
  }
});
