import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { plotSvg, settle, timelineFixture } from '../support/timeline-fixture.js';

const EVENTS = [
  { id: 'war', title: 'Syrian civil war', start: '2011-03/..', actors: ['Government'] },
  { id: 'until', title: 'Idlib under opposition control', start: '../2019', actors: ['Opposition'] },
  { id: 'sochi', title: 'Sochi memorandum', start: '2018-09-17', actors: ['Turkey'] },
];

const SIZES = [
  { name: 'desk', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** EVENTS on a page of the given width, less the page's margin. */
function openTimeline(width: number, dir: 'ltr' | 'rtl', locale = 'en'): Promise<ConflictTimeline> {
  // Linear time: xOf turns instants into px by proportion of the view.
  return timelineFixture(EVENTS, { width: width - 20, gaps: 'linear', dir, locale });
}

const mark = (el: ConflictTimeline, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`g.mark[data-key="${id}"]`);
const barBox = (el: ConflictTimeline, id: string) => {
  const rects = [...mark(el, id)!.querySelectorAll('rect.extent, rect.open-fade')].map((r) => r.getBoundingClientRect());
  return { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
};
/** Screen x of an instant, from the element's own view (linear time). */
function xOf(el: ConflictTimeline, ms: number, rtl: boolean): number {
  const svg = plotSvg(el).getBoundingClientRect();
  const { start, end } = el.view;
  const share = (ms - start.getTime()) / (end.getTime() - start.getTime());
  return rtl ? svg.right - share * svg.width : svg.left + share * svg.width;
}

describe('open and unknown date ends', () => {
  for (const size of SIZES) {
    for (const dir of ['ltr', 'rtl'] as const) {
      describe(`${size.name}, ${dir}`, () => {
        before(() => setViewport({ width: size.width, height: size.height }));
        after(() => setViewport({ width: 800, height: 600 }));
        const rtl = dir === 'rtl';

        it('draws 2011-03/.. from March 2011 to the edge of the plot, with a visible open end there', async () => {
          const el = await openTimeline(size.width, dir);
          const svg = plotSvg(el).getBoundingClientRect();
          const bar = barBox(el, 'war');
          const march = xOf(el, Date.UTC(2011, 2, 1), rtl);
          if (rtl) {
            expect(bar.left).to.be.at.most(svg.left + 0.5);
            expect(bar.right).to.be.closeTo(march, 1);
          } else {
            expect(bar.right).to.be.at.least(svg.right - 0.5);
            expect(bar.left).to.be.closeTo(march, 1);
          }
          const openEnd = mark(el, 'war')!.querySelector('.open-end')!;
          expect(openEnd, 'open-end node').to.exist;
          const box = openEnd.getBoundingClientRect();
          expect(box.width).to.be.greaterThan(4);
          expect(box.left).to.be.at.least(svg.left);
          expect(box.right).to.be.at.most(svg.right);
          // At the edge the bar runs past: the end of time's direction.
          const edgeGap = rtl ? box.left - svg.left : svg.right - box.right;
          expect(edgeGap).to.be.lessThan(8);
          expect(getComputedStyle(openEnd).visibility).to.equal('visible');
          // Its label starts after the bar's start and stays inside the plot.
          const label = mark(el, 'war')!.querySelector('text.label');
          if (label) {
            const l = label.getBoundingClientRect();
            expect(l.left).to.be.at.least(svg.left - 0.5);
            expect(l.right).to.be.at.most(svg.right + 0.5);
          }
        });

        it('draws ../2019 from the edge of the plot to the end of 2019', async () => {
          const el = await openTimeline(size.width, dir);
          const svg = plotSvg(el).getBoundingClientRect();
          const bar = barBox(el, 'until');
          const endOf2019 = xOf(el, Date.UTC(2020, 0, 1) - 1, rtl);
          if (rtl) {
            expect(bar.right).to.be.at.least(svg.right - 0.5);
            expect(bar.left).to.be.closeTo(endOf2019, 1);
          } else {
            expect(bar.left).to.be.at.most(svg.left + 0.5);
            expect(bar.right).to.be.closeTo(endOf2019, 1);
          }
          const openEnd = mark(el, 'until')!.querySelector('.open-end')!.getBoundingClientRect();
          const edgeGap = rtl ? svg.right - openEnd.right : openEnd.left - svg.left;
          expect(edgeGap).to.be.within(0, 8);
        });

        it('still draws the ongoing bar, across the plot, after zooming and panning to a later stretch', async () => {
          const el = await openTimeline(size.width, dir);
          el.zoomTo('2019-03', '2019-06');
          await settle(el);
          const svg = plotSvg(el).getBoundingClientRect();
          expect(mark(el, 'war'), 'ongoing event drawn').to.exist;
          const bar = barBox(el, 'war');
          expect(bar.left).to.be.at.most(svg.left + 0.5);
          expect(bar.right).to.be.at.least(svg.right - 0.5);
          el.zoomTo('2019-06', '2019-09');
          await settle(el);
          expect(mark(el, 'war'), 'still drawn after a pan').to.exist;
          expect(mark(el, 'until'), 'ended with 2019').to.exist;
        });
      });
    }
  }

  it('says ongoing and open start in words, in the name and the details', async () => {
    const el = await openTimeline(1000, 'ltr');
    expect(mark(el, 'war')!.getAttribute('aria-label')).to.contain('March 2011 – ongoing');
    expect(mark(el, 'until')!.getAttribute('aria-label')).to.contain('until 2019');
    el.select('war');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="details-date"]')!.textContent).to.equal('March 2011 – ongoing');
  });

  it('says it in Arabic too', async () => {
    const el = await openTimeline(1000, 'rtl', 'ar');
    expect(mark(el, 'war')!.getAttribute('aria-label')).to.contain('مستمر');
    expect(mark(el, 'until')!.getAttribute('aria-label')).to.contain('حتى');
  });
});
