// Dates that are one of several, or all of them, as the reader sees them: each alternative at its
// date, linked as one event that is reached, named and selected once.
import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { axeViolations } from '../support/axe.js';
import { labelOverlaps } from '../support/drawn-boxes.js';
import { emulateForcedColors } from '../support/forced-colors.js';
import { plotSvg, settle, timelineFixture } from '../support/timeline-fixture.js';

const SETS = [
  { id: 'disputed-strike', start: '[2018-09-17,2018-09-18]', title: 'Strike on Idlib market reported on two dates', actors: ['Russia'] },
  { id: 'talks', start: '{2019-01,2019-02}', title: 'Technical talks, January and February', actors: ['Turkey'] },
  { id: 'on-or-before', start: '[..2019-02-14]', title: 'Shelling of Khan Shaykhun, on or before 14 February', actors: ['Syrian government'] },
  { id: 'first-protests', start: '[2011-03-15,2011-03-18]', title: 'First protests in Daraa', actors: ['Syrian opposition'], confidence: 'contested' },
];
const EVENTS = [...idlib2019.events, ...SETS];

const SIZES = [
  { name: 'desk', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

const DAY = 86_400_000;
const midday = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) + DAY / 2;

/** A view around each set event, narrow enough for its alternatives to stand apart. */
const VIEWS: Record<string, readonly [string, string]> = {
  'disputed-strike': ['2018-09-12', '2018-09-23'],
  talks: ['2018-12-01', '2019-03-31'],
  'on-or-before': ['2019-02-01', '2019-02-28'],
  'first-protests': ['2011-03-10', '2011-03-25'],
};

function openTimeline(width: number, dir: 'ltr' | 'rtl' = 'ltr'): Promise<ConflictTimeline> {
  // Linear time: xOf turns instants into px by proportion of the view.
  return timelineFixture(EVENTS, { width: width - 20, gaps: 'linear', dir, ...(dir === 'rtl' ? { locale: 'ar' } : {}) });
}

const markOf = (el: ConflictTimeline, id: string) => {
  const mark = el.shadowRoot!.querySelector<SVGGElement>(`g.mark[data-key="${id}"]`);
  if (!mark) throw new Error(`no mark for ${id}`);
  return mark;
};
/** Each alternative's drawn shape (its symbol or bar), in time order. */
const alternatives = (el: ConflictTimeline, id: string) =>
  [...markOf(el, id).querySelectorAll<SVGGraphicsElement>('g.alternative > .symbol, g.alternative > .extent')];
const box = (node: Element) => node.getBoundingClientRect();
const centre = (node: Element) => (box(node).left + box(node).right) / 2;

/** Screen x of an instant, from the element's own view (linear time). */
function xOf(el: ConflictTimeline, ms: number, rtl = false): number {
  const svg = box(plotSvg(el));
  const { start, end } = el.view;
  const share = (ms - start.getTime()) / (end.getTime() - start.getTime());
  return rtl ? svg.right - share * svg.width : svg.left + share * svg.width;
}

function within(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
}

function expectNoOverlaps(el: ConflictTimeline, where: string): void {
  const overlaps = labelOverlaps(el);
  expect(overlaps, `${where}:\n${overlaps.join('\n')}`).to.deep.equal([]);
}

async function zoomToSet(el: ConflictTimeline, id: string): Promise<void> {
  el.zoomTo(...VIEWS[id]!);
  await settle(el);
}

describe('dates that are one of several, or all of them', () => {
  for (const size of SIZES) {
    describe(size.name, () => {
      before(() => setViewport({ width: size.width, height: size.height }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('draws one of two days as two points at their days, joined by a dashed line', async () => {
        const el = await openTimeline(size.width);
        await zoomToSet(el, 'disputed-strike');
        const [seventeenth, eighteenth] = alternatives(el, 'disputed-strike');
        expect(alternatives(el, 'disputed-strike')).to.have.length(2);
        expect(seventeenth!.tagName).to.equal('path');
        expect(centre(seventeenth!)).to.be.closeTo(xOf(el, midday(2018, 9, 17)), 1);
        expect(centre(eighteenth!)).to.be.closeTo(xOf(el, midday(2018, 9, 18)), 1);
        // Where the Sochi memorandum, on the 17th, is drawn.
        const sochi = markOf(el, 'sochi-memorandum-2018').querySelector('.symbol')!;
        expect(centre(seventeenth!)).to.be.closeTo(centre(sochi), 0.5);
        const link = markOf(el, 'disputed-strike').querySelector('line.link')!;
        expect(getComputedStyle(link).strokeDasharray).to.not.equal('none');
        expect(box(link).left).to.be.closeTo(box(seventeenth!).right, 1.5);
        expect(box(link).right).to.be.closeTo(box(eighteenth!).left, 1.5);
        expect(box(link).width, 'the link shows between them').to.be.greaterThan(8);
      });

      it('draws all of two months as each month, joined by a solid line', async () => {
        const el = await openTimeline(size.width);
        await zoomToSet(el, 'talks');
        const [january, february] = alternatives(el, 'talks');
        expect(alternatives(el, 'talks')).to.have.length(2);
        expect(january!.tagName).to.equal('rect');
        expect(box(january!).left).to.be.closeTo(xOf(el, Date.UTC(2019, 0, 1)), 1);
        expect(box(january!).right).to.be.closeTo(xOf(el, Date.UTC(2019, 1, 1)), 1);
        expect(box(february!).left).to.be.closeTo(xOf(el, Date.UTC(2019, 1, 1)), 1);
        expect(box(february!).right).to.be.closeTo(xOf(el, Date.UTC(2019, 2, 1)), 1);
        // Months are soft, as a month alone is: its ends fade.
        expect(getComputedStyle(january!).mask).to.not.equal('none');
        expect(getComputedStyle(markOf(el, 'talks').querySelector('line.link')!).strokeDasharray).to.equal('none');
      });

      it('draws a day or earlier as the day, with a dashed run-on toward earlier time that ends in a chevron', async () => {
        const el = await openTimeline(size.width);
        await zoomToSet(el, 'on-or-before');
        const [day] = alternatives(el, 'on-or-before');
        expect(alternatives(el, 'on-or-before')).to.have.length(1);
        expect(centre(day!)).to.be.closeTo(xOf(el, midday(2019, 2, 14)), 1);
        expect(centre(day!)).to.be.closeTo(centre(markOf(el, 'sochi-summit-2019').querySelector('.symbol')!), 0.5);
        const runOn = markOf(el, 'on-or-before').querySelector('line.run-on')!;
        const chevron = markOf(el, 'on-or-before').querySelector('path.run-on-tip')!;
        expect(getComputedStyle(runOn).strokeDasharray).to.not.equal('none');
        expect(box(runOn).right, 'from the day').to.be.closeTo(box(day!).left, 1.5);
        expect(box(runOn).width, 'a short way on').to.be.within(16, 32);
        expect(box(chevron).left, 'its chevron at the tip').to.be.closeTo(box(runOn).left, 1);
        expect(markOf(el, 'on-or-before').querySelector('line.link'), 'nothing to link').to.equal(null);
      });

      it('names each set in words, on its one focusable mark, with one hit area over all its alternatives', async () => {
        const el = await openTimeline(size.width);
        const names: Record<string, string> = {
          'disputed-strike': '17 or 18 September 2018',
          'on-or-before': '14 February 2019 or earlier',
          talks: 'January 2019 and February 2019',
        };
        for (const { id } of SETS) {
          await zoomToSet(el, id);
          const copies = el.shadowRoot!.querySelectorAll(`g.mark[data-event="${id}"]`);
          expect(copies, id).to.have.length(1);
          expect(el.shadowRoot!.querySelectorAll(`g.mark[role="button"][data-event="${id}"]`), id).to.have.length(1);
          expect(markOf(el, id).querySelectorAll('.hit'), id).to.have.length(1);
          const name = markOf(el, id).getAttribute('aria-label')!;
          if (names[id]) expect(name, id).to.contain(names[id]);
          const hit = box(markOf(el, id).querySelector('.hit')!);
          for (const shape of alternatives(el, id)) {
            expect(hit.left, id).to.be.at.most(box(shape).left);
            expect(hit.right, id).to.be.at.least(box(shape).right);
          }
        }
      });

      it('keeps labels off every alternative, link and run-on, and everything inside the plot', async () => {
        const el = await openTimeline(size.width);
        expectNoOverlaps(el, 'whole view');
        for (const { id } of SETS) {
          await zoomToSet(el, id);
          expectNoOverlaps(el, `zoomed to ${id}`);
          const plot = box(plotSvg(el));
          for (const part of markOf(el, id).querySelectorAll('g.alternative > *, line, path.run-on-tip, text.label')) {
            expect(within(box(part), plot), `${id} ${part.getAttribute('class')} inside the plot`).to.equal(true);
          }
          // A label in the set's own row stands after its last alternative or before its first, never between.
          const label = markOf(el, id).querySelector('text.label');
          const shapes = alternatives(el, id).map(box);
          const row = shapes[0]!;
          if (label && box(label).top < row.bottom && box(label).bottom > row.top) {
            const after = box(label).left >= shapes[shapes.length - 1]!.right;
            const before = box(label).right <= shapes[0]!.left;
            expect(after || before, `${id}'s label beside the set`).to.equal(true);
          }
        }
        // On a desk there is room after the last day: the label stands there, as a point's does.
        if (size.width >= 1280) {
          await zoomToSet(el, 'disputed-strike');
          const label = box(markOf(el, 'disputed-strike').querySelector('text.label')!);
          const last = box(alternatives(el, 'disputed-strike')[1]!);
          expect(label.left).to.be.at.least(last.right);
          expect(label.left - last.right).to.be.below(12);
          expect(Math.abs((label.top + label.bottom) / 2 - (last.top + last.bottom) / 2)).to.be.below(2);
        }
      });

      it('selects the event from a click on its second alternative', async () => {
        const el = await openTimeline(size.width);
        await zoomToSet(el, 'disputed-strike');
        const second = alternatives(el, 'disputed-strike')[1]!;
        const selecting = oneEvent(el, 'ct-select');
        second.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        expect((await selecting).detail?.id).to.equal('disputed-strike');
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part="details-date"]')!.textContent).to.equal('17 or 18 September 2018');
        expect(markOf(el, 'disputed-strike').getAttribute('aria-pressed')).to.equal('true');
        // Drawn selected as any mark is: each alternative outlined, soft ones too.
        for (const shape of alternatives(el, 'disputed-strike')) expect(getComputedStyle(shape).strokeWidth).to.equal('2.5px');
        await zoomToSet(el, 'talks');
        el.select('talks');
        await settle(el);
        for (const shape of alternatives(el, 'talks')) {
          expect(getComputedStyle(shape).strokeWidth).to.equal('2.5px');
          expect(getComputedStyle(shape).stroke).to.not.equal('none');
        }
      });
    });
  }

  it('puts a contested set’s badge over its last alternative, and says contested in its name', async () => {
    const el = await openTimeline(1280);
    await zoomToSet(el, 'first-protests');
    const badge = markOf(el, 'first-protests').querySelector('text.badge')!;
    expect(badge.textContent).to.equal('?');
    expect(centre(badge)).to.be.closeTo(centre(alternatives(el, 'first-protests')[1]!), 1);
    // Risen over it, as over any contested point.
    const middle = (r: DOMRect) => (r.top + r.bottom) / 2;
    expect(middle(box(alternatives(el, 'first-protests')[1]!)) - middle(box(badge))).to.be.closeTo(10, 1.5);
    expect(markOf(el, 'first-protests').getAttribute('aria-label')).to.contain('contested');
  });

  it('keeps the dashes, the soft fade and the run-on in the SVG export', async () => {
    const el = await openTimeline(1280);
    await zoomToSet(el, 'disputed-strike');
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const mark = [...doc.querySelectorAll('g.mark')].find((g) => g.querySelector('text.label')?.textContent?.startsWith('Strike on Idlib'))!;
    expect(mark, 'the set in the picture').to.exist;
    expect(mark.querySelectorAll('g.alternative path.symbol')).to.have.length(2);
    expect(mark.querySelector('line.link')!.getAttribute('style')).to.match(/stroke-dasharray:\s*4/);
    await zoomToSet(el, 'talks');
    const talks = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const months = [...talks.querySelectorAll('g.alternative.soft rect.extent')];
    expect(months.length).to.be.at.least(2);
    for (const month of months) expect(month.getAttribute('style')).to.match(/mask:\s*url\("?#ct-soft-edges/);
  });

  it('has no axe violations, and draws in system colours in forced-colours mode', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await openTimeline(1280);
    await zoomToSet(el, 'disputed-strike');
    expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
    await emulateForcedColors(true);
    try {
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const mark = markOf(el, 'disputed-strike');
      expect(getComputedStyle(mark.querySelector('line.link')!).stroke).to.equal(canvasText);
      for (const shape of alternatives(el, 'disputed-strike')) expect(getComputedStyle(shape).fill).to.equal(canvasText);
      await zoomToSet(el, 'on-or-before');
      const runOn = markOf(el, 'on-or-before');
      expect(getComputedStyle(runOn.querySelector('line.run-on')!).stroke).to.equal(canvasText);
      expect(getComputedStyle(runOn.querySelector('path.run-on-tip')!).stroke).to.equal(canvasText);
      await zoomToSet(el, 'talks');
      for (const shape of alternatives(el, 'talks')) expect(getComputedStyle(shape).fill).to.equal(canvasText);
    } finally {
      await emulateForcedColors(false);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('runs right to left in Arabic: the first alternative right of the second, the label left of the second', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await openTimeline(1280, 'rtl');
    await zoomToSet(el, 'disputed-strike');
    const [seventeenth, eighteenth] = alternatives(el, 'disputed-strike');
    expect(centre(seventeenth!)).to.be.closeTo(xOf(el, midday(2018, 9, 17), true), 1);
    expect(centre(eighteenth!)).to.be.closeTo(xOf(el, midday(2018, 9, 18), true), 1);
    expect(centre(seventeenth!)).to.be.greaterThan(centre(eighteenth!));
    const label = markOf(el, 'disputed-strike').querySelector('text.label')!;
    expect(box(label).right).to.be.at.most(box(eighteenth!).left);
    await zoomToSet(el, 'on-or-before');
    const [day] = alternatives(el, 'on-or-before');
    const runOn = box(markOf(el, 'on-or-before').querySelector('line.run-on')!);
    // Earlier time is to the right.
    expect(runOn.left).to.be.closeTo(box(day!).right, 1.5);
    expectNoOverlaps(el, 'right to left');
    await setViewport({ width: 800, height: 600 });
  });
});
