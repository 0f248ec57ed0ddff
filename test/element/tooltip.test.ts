import { expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { TooltipController } from '../../src/element/tooltip-controller.js';
import type { MarkLayout } from '../../src/layout/mark-layout.js';
import type { HoverTarget } from '../../src/render/mark-hover.js';
import { describeEventDate } from '../../src/model/describe-date.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { axeViolations } from '../support/axe.js';
import { contrast } from '../support/contrast.js';
import { tabIntoPlot } from '../support/tab-into-plot.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { emulateTouchScreen, touch } from '../support/touch.js';

const events = new Map(validateEvents(idlib2019.events).events.map((e) => [e.id, e]));
const SIZES = [
  { name: 'desk', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** Rounding of sub-pixel boxes: edges that touch are not an overlap. */
const EPSILON = 0.5;

type Rect = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right - EPSILON && b.left < a.right - EPSILON && a.top < b.bottom - EPSILON && b.top < a.bottom - EPSILON;
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.left >= outer.left - EPSILON &&
    inner.right <= outer.right + EPSILON &&
    inner.top >= outer.top - EPSILON &&
    inner.bottom <= outer.bottom + EPSILON
  );
}

const tooltip = (el: ConflictTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');
const plotBox = (el: ConflictTimeline) => el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();

/** The drawn shape of a mark (its symbol, or its span's extent), as the reader sees it. */
function shapeBox(mark: Element): DOMRect {
  return mark.querySelector('.symbol, .extent')!.getBoundingClientRect();
}

/** A point where the pointer lands on this mark (not on a neighbour drawn over it), inside the plot. */
/** Every mark of the plot (copies too) with a point on it inside the plot, where the pointer can reach it. */
function pointableMarks(el: ConflictTimeline): Array<{ mark: Element; point: [number, number] }> {
  const plot = plotBox(el);
  const found: Array<{ mark: Element; point: [number, number] }> = [];
  for (const mark of el.shadowRoot!.querySelectorAll('svg.plot-svg g.mark')) {
    const shape = shapeBox(mark);
    if (shape.right < plot.left || shape.left > plot.right) continue;
    const point = pointOn(el, mark);
    if (point) found.push({ mark, point });
  }
  return found;
}

function pointOn(el: ConflictTimeline, mark: Element): [number, number] | undefined {
  const shape = shapeBox(mark);
  const plot = plotBox(el);
  const left = Math.max(shape.left, plot.left + 1);
  const right = Math.min(shape.right, plot.right - 1);
  const y = Math.round(shape.top + shape.height / 2);
  for (const t of [0.5, 0.25, 0.75, 0.1, 0.9]) {
    const x = Math.round(left + (right - left) * t);
    if (el.shadowRoot!.elementFromPoint(x, y)?.closest('g.mark') === mark) return [x, y];
  }
  return undefined;
}

/** Moves the real pointer to a corner of the page, away from the timeline. */
async function pointerAway(el: ConflictTimeline): Promise<void> {
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [2, Math.round(Math.min(window.innerHeight - 2, box.bottom + 4))] });
  await settle(el);
}

async function hover(el: ConflictTimeline, position: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position });
  await settle(el);
}

async function sized(size: { width: number; height: number }, attributes: Record<string, string> = {}): Promise<ConflictTimeline> {
  await setViewport({ width: size.width, height: size.height });
  return timelineFixture(idlib2019.events, { width: size.width - 16, attributes });
}

/** The tooltip says the event's title and its date in words, sits clear of the mark's row, inside the element. */
function expectTooltipFor(el: ConflictTimeline, mark: Element): void {
  const tip = tooltip(el);
  const id = mark.getAttribute('data-event')!;
  const event = events.get(id)!;
  expect(tip, `tooltip for ${id}`).to.exist;
  expect(tip!.querySelector('.tooltip-title')!.textContent).to.equal(event.title);
  expect(tip!.querySelector('.tooltip-when')!.textContent).to.equal(describeEventDate(event));
  const box = tip!.getBoundingClientRect();
  expect(box.width, 'tooltip is drawn').to.be.greaterThan(0);
  expect(overlaps(box, shapeBox(mark)), `tooltip over the mark of ${id}`).to.equal(false);
  expect(overlaps(box, mark.querySelector('.hit')!.getBoundingClientRect()), `tooltip over the row of ${id}`).to.equal(false);
  expect(inside(box, el.getBoundingClientRect()), `tooltip of ${id} inside the element`).to.equal(true);
}

describe('<conflict-timeline> tooltip', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const size of SIZES) {
    it(`at ${size.width}x${size.height}, hovering any mark, copies too, names it and never covers it`, async () => {
      const el = await sized(size);
      let hovered = 0;
      for (const { mark, point } of pointableMarks(el)) {
        await pointerAway(el);
        expect(tooltip(el), 'no tooltip before hovering').to.equal(null);
        await hover(el, point);
        expectTooltipFor(el, mark);
        hovered++;
      }
      // The article's eight events, most in two or three actors' lanes: most marks can be pointed at.
      expect(hovered).to.be.at.least(12);
    });

    it(`at ${size.width}x${size.height}, keyboard focus shows it; Escape and leaving the plot hide it`, async () => {
      const el = await sized(size);
      await tabIntoPlot(el);
      const first = el.shadowRoot!.activeElement!;
      expectTooltipFor(el, first);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      const second = el.shadowRoot!.activeElement!;
      expect(second).to.not.equal(first);
      expectTooltipFor(el, second);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(tooltip(el), 'after Escape').to.equal(null);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expectTooltipFor(el, el.shadowRoot!.activeElement!);
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(el.shadowRoot!.activeElement?.closest('.plot') ?? null, 'focus left the plot').to.equal(null);
      expect(tooltip(el), 'after blur').to.equal(null);
    });
  }

  it('hides when the pointer leaves the mark, stays while the pointer rests on the tooltip, and hides on Escape', async () => {
    const el = await sized(SIZES[0]);
    const mark = el.shadowRoot!.querySelector('g.mark[data-key="sochi-summit-2019"]')!;
    const point = pointOn(el, mark)!;
    await hover(el, point);
    expectTooltipFor(el, mark);
    await pointerAway(el);
    expect(tooltip(el), 'after the pointer left').to.equal(null);

    await hover(el, point);
    const tip = tooltip(el)!.getBoundingClientRect();
    // Straight onto the tooltip, which touches the row: it stays, so the reader can read it (WCAG 1.4.13).
    await hover(el, [Math.round(tip.left + tip.width / 2), Math.round(tip.bottom - 3)]);
    expectTooltipFor(el, mark);
    await pointerAway(el);
    expect(tooltip(el), 'after leaving the tooltip').to.equal(null);

    await hover(el, point);
    expect(tooltip(el)).to.exist;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(tooltip(el), 'after Escape').to.equal(null);
  });

  it('hides while the reader drags the plot', async () => {
    const el = await sized(SIZES[0]);
    // Zoomed in, so that there is time on either side to pan to.
    el.zoomTo('2018-06', '2019-03');
    await settle(el);
    const mark = el.shadowRoot!.querySelector('g.mark[data-key="sochi-summit-2019"]')!;
    const [x, y] = pointOn(el, mark)!;
    await hover(el, [x, y]);
    expect(tooltip(el)).to.exist;
    const before = el.view.start.getTime();
    await sendMouse({ type: 'down', button: 'left' });
    await sendMouse({ type: 'move', position: [x - 150, y] });
    await settle(el);
    expect(el.view.start.getTime(), 'the plot panned').to.not.equal(before);
    expect(tooltip(el), 'while dragging').to.equal(null);
    await sendMouse({ type: 'up', button: 'left' });
  });

  it('while a drag or zoom goes on, shows nothing for marks sliding under the pointer; once it settles, shows the one under it', async () => {
    const el = await sized(SIZES[0]);
    const tooltips = (el as unknown as { tooltip: TooltipController }).tooltip;
    const [first, second] = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark[role="button"]')];
    await hover(el, pointOn(el, first!)!);
    expect(tooltip(el), 'hovered').to.exist;
    // What the plot does when a gesture starts or goes on (onGesture) and when it settles (onSettle).
    tooltips.pause();
    await settle(el);
    expect(tooltip(el), 'the gesture started').to.equal(null);
    // A mark slides under the still pointer, as the renderer reports it (pointerover).
    const slidUnder: HoverTarget = { kind: 'mark', node: second!, mark: (second as unknown as { __data__: MarkLayout }).__data__ };
    tooltips.hover.onPointer(slidUnder, second!);
    tooltips.pause();
    await settle(el);
    expect(tooltip(el), 'during the gesture').to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('g.mark.linked').length, 'no hover highlight during the gesture').to.equal(0);
    tooltips.resume();
    await settle(el);
    expectTooltipFor(el, second!);
  });

  it('highlights every copy of an event and its tie together when one copy is hovered or focused', async () => {
    const el = await sized(SIZES[0]);
    const root = el.shadowRoot!;
    const id = 'sochi-summit-2019';
    const copies = [...root.querySelectorAll(`g.mark[data-event="${id}"]`)];
    const tie = root.querySelector(`line.tie[data-event="${id}"]`)!;
    const otherTie = root.querySelector(`line.tie:not([data-event="${id}"])`)!;
    const other = root.querySelector(`g.mark:not([data-event="${id}"])`)!;
    expect(copies.length, 'drawn in each actor’s lane').to.equal(3);
    expect(tie).to.exist;
    const strokeOf = (mark: Element) => getComputedStyle(mark.querySelector('.symbol, .extent')!).strokeWidth;
    const plainStroke = copies.map(strokeOf);
    const plainTie = getComputedStyle(tie).stroke + getComputedStyle(tie).strokeWidth;

    // A copy in another actor's lane (not the labelled, focusable one).
    const copy = copies.find((c) => c.getAttribute('role') !== 'button')!;
    await hover(el, pointOn(el, copy)!);
    expectTooltipFor(el, copy);
    for (const [i, c] of copies.entries()) {
      expect(c.classList.contains('linked'), `copy ${i} linked`).to.equal(true);
      expect(c.getAttribute('part')).to.contain('event-linked');
      expect(strokeOf(c), `copy ${i} drawn stronger`).to.not.equal(plainStroke[i]);
    }
    expect(tie.classList.contains('linked')).to.equal(true);
    expect(getComputedStyle(tie).stroke + getComputedStyle(tie).strokeWidth, 'tie drawn stronger').to.not.equal(plainTie);
    expect(other.classList.contains('linked'), 'other events are not').to.equal(false);
    expect(otherTie.classList.contains('linked'), 'other ties are not').to.equal(false);

    await pointerAway(el);
    expect(root.querySelectorAll('.linked')).to.have.length(0);

    // Keyboard focus on the event's mark links its copies too.
    await tabIntoPlot(el);
    for (let i = 0; i < 12 && root.activeElement?.getAttribute('data-event') !== id; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
    }
    expect(root.activeElement?.getAttribute('data-event')).to.equal(id);
    expect(root.querySelectorAll(`g.mark.linked[data-event="${id}"]`)).to.have.length(3);
    expect(tie.classList.contains('linked')).to.equal(true);
  });

  for (const size of SIZES) {
    it(`at ${size.width}x${size.height} in Arabic, right to left, reads right to left, says the date in Arabic and stays inside the element`, async () => {
      await setViewport({ width: size.width, height: size.height });
      const el = await timelineFixture(idlib2019.events, { width: size.width - 16, locale: 'ar', dir: 'rtl' });
      expect(el.shadowRoot!.querySelector('.toolbar')!.getAttribute('lang')).to.equal('ar');
      let hovered = 0;
      for (const { mark, point } of pointableMarks(el)) {
        await pointerAway(el);
        await hover(el, point);
        const tip = tooltip(el)!;
        expect(tip, `tooltip for ${mark.getAttribute('data-event')}`).to.exist;
        expect(tip.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(tip).direction).to.equal('rtl');
        expect(tip.querySelector('.tooltip-when')!.getAttribute('lang')).to.equal('ar');
        const box = tip.getBoundingClientRect();
        expect(inside(box, el.getBoundingClientRect()), `${size.name}: inside the element`).to.equal(true);
        expect(overlaps(box, shapeBox(mark)), `${size.name}: clear of the mark`).to.equal(false);
        hovered++;
      }
      expect(hovered, size.name).to.be.at.least(12);
      // Arabic month names: 14 February 2019 is "14 فبراير 2019".
      const summit = el.shadowRoot!.querySelector('g.mark[data-key="sochi-summit-2019"]')!;
      await pointerAway(el);
      await hover(el, pointOn(el, summit)!);
      expect(tooltip(el)!.querySelector('.tooltip-when')!.textContent).to.equal('14 فبراير 2019');
    });
  }

  it('over a cluster, says how many events and when, as its accessible name does', async () => {
    await setViewport({ width: 1280, height: 900 });
    // More events than the lane has room for one by one (8 px each), in one month.
    const crowd = Array.from({ length: 240 }, (_, i) => ({
      id: `crowd-${i}`,
      title: `Incident ${i}`,
      start: `2011-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      actors: ['Crowd'],
    }));
    const el = await timelineFixture([...crowd, { id: 'late', title: 'Late', start: '2019-02-14', actors: ['Crowd'] }], { width: 1264 });
    const cluster = el.shadowRoot!.querySelector('g.cluster')!;
    expect(cluster, 'the March 2011 crowd is drawn as a cluster').to.exist;
    const box = cluster.getBoundingClientRect();
    await hover(el, [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]);
    const tip = tooltip(el)!;
    expect(tip).to.exist;
    const title = tip.querySelector('.tooltip-title')!.textContent!;
    const when = tip.querySelector('.tooltip-when')!.textContent!;
    expect(title).to.match(/^\d+ events$/);
    expect(cluster.getAttribute('aria-label')).to.equal(`${title}, ${when}. Press Enter to zoom in.`);
    const tipBox = tip.getBoundingClientRect();
    expect(overlaps(tipBox, box), 'clear of the cluster').to.equal(false);
    expect(inside(tipBox, el.getBoundingClientRect())).to.equal(true);
  });

  it('is hidden from assistive technology: the focused mark’s name already says it', async () => {
    const el = await sized(SIZES[0]);
    await tabIntoPlot(el);
    const tip = tooltip(el)!;
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    const name = el.shadowRoot!.activeElement!.getAttribute('aria-label')!;
    expect(name).to.contain(tip.querySelector('.tooltip-title')!.textContent!);
    expect(name).to.contain(tip.querySelector('.tooltip-when')!.textContent!);
    expect(await axeViolations(el.parentElement!), 'axe, with the tooltip shown').to.deep.equal([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`reads at 4.5:1 in the ${theme} theme`, async () => {
      const el = await sized(SIZES[0], { theme });
      const mark = el.shadowRoot!.querySelector('g.mark[data-key="sochi-summit-2019"]')!;
      await hover(el, pointOn(el, mark)!);
      const tip = tooltip(el)!;
      const background = getComputedStyle(tip).backgroundColor;
      for (const line of tip.querySelectorAll('span')) {
        expect(contrast(getComputedStyle(line).color, background), line.className).to.be.at.least(4.5);
      }
    });
  }

  it('in forced colours, highlights the copies and the tie in the system Highlight colour', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await sized(SIZES[0]);
    const root = el.shadowRoot!;
    const copies = [...root.querySelectorAll('g.mark[data-event="sochi-summit-2019"]')];
    const plain = getComputedStyle(copies[0]!.querySelector('.symbol, .extent')!).stroke;
    await hover(el, pointOn(el, copies[0]!)!);
    for (const copy of copies) expect(getComputedStyle(copy.querySelector('.symbol, .extent')!).stroke).to.not.equal(plain);
    const tie = root.querySelector('line.tie[data-event="sochi-summit-2019"]')!;
    expect(getComputedStyle(tie).stroke).to.equal(getComputedStyle(copies[0]!.querySelector('.symbol, .extent')!).stroke);
  });

  it('does not show on a tap: a tap selects', async () => {
    await emulateTouchScreen(true);
    try {
      const el = await sized(SIZES[1]);
      const mark = el.shadowRoot!.querySelector('g.mark[data-key="sochi-summit-2019"]')!;
      const [x, y] = pointOn(el, mark)!;
      await touch('touchStart', [{ id: 1, x, y }]);
      await touch('touchEnd', []);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="details"] h2')?.textContent, 'the tap selected the event').to.equal(
        events.get('sochi-summit-2019')!.title,
      );
      expect(tooltip(el)).to.equal(null);
    } finally {
      await emulateTouchScreen(false);
    }
  });
});
