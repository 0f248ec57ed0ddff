import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { plotSvg, settle, timelineFixture, type TimelineOptions } from '../support/timeline-fixture.js';

// A pan that stays within a quarter of the plot's width moves what is drawn by a transform; a
// longer one, a zoom, a view asked for in code and the gesture's end lay the plot out.

const layer = (el: ConflictTimeline, name: string) => plotSvg(el).querySelector<SVGGElement>(`:scope > g.${name}`)!;

/** The x of a layer's translate, or undefined when it has none (the axis keeps its own y). */
function shiftOf(g: SVGGElement): number | undefined {
  const match = /translate\(([-\d.e]+),/.exec(g.getAttribute('transform') ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Records every change made inside the drawn marks (their nodes, attributes and text). */
function watchMarks(el: ConflictTimeline): () => MutationRecord[] {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((found) => records.push(...found));
  observer.observe(layer(el, 'marks'), { subtree: true, childList: true, attributes: true, characterData: true });
  return () => {
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records;
  };
}

/** The mouse pressed over the plot's lower part, `x` px from its left edge. */
async function pressAt(el: ConflictTimeline, x: number): Promise<{ moveTo: (x: number) => Promise<void> }> {
  const box = plotSvg(el).getBoundingClientRect();
  const y = Math.round(box.top + box.height - 10);
  await sendMouse({ type: 'move', position: [Math.round(box.left + x), y] });
  await sendMouse({ type: 'down' });
  return { moveTo: (to) => sendMouse({ type: 'move', position: [Math.round(box.left + to), y] }) };
}

/** A sideways wheel turn over the plot, moving content `px` to the left as a touchpad's swipe does. */
function swipe(el: ConflictTimeline, px: number): void {
  const box = plotSvg(el).getBoundingClientRect();
  const init = { deltaX: px, clientX: box.left + box.width / 2, clientY: box.bottom - 12, bubbles: true, cancelable: true, composed: true };
  plotSvg(el).dispatchEvent(new WheelEvent('wheel', init));
}

async function release(el: ConflictTimeline): Promise<void> {
  await sendMouse({ type: 'up' });
  // Off the plot: a mark under the pointer would be highlighted.
  await sendMouse({ type: 'move', position: [0, 0] });
  await settle(el);
}

/** What the marks, columns and axis show, numbers to a twentieth of a px, without the roving tab stop. */
function drawing(el: ConflictTimeline): string {
  const round = (text: string) => text.replace(/-?\d+\.?\d*(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 20) / 20));
  const marks = [...layer(el, 'marks').querySelectorAll('g.mark')]
    .map((g) => round(g.outerHTML.replace(/ tabindex="-?\d"/, '')))
    .sort();
  return [...marks, round(layer(el, 'clusters').innerHTML), round(layer(el, 'axis').outerHTML)].join('\n');
}

/** The drawn shapes' left edges relative to the plot, by mark, as the reader sees them (transforms included). */
function shapeLefts(el: ConflictTimeline): Map<string, number> {
  const left = plotSvg(el).getBoundingClientRect().left;
  const lefts = new Map<string, number>();
  for (const g of layer(el, 'marks').querySelectorAll('g.mark')) {
    const shape = g.querySelector('.symbol, .extent');
    if (shape) lefts.set(g.getAttribute('data-key')!, shape.getBoundingClientRect().left - left);
  }
  return lefts;
}

for (const dir of ['ltr', 'rtl'] as const) {
  const options: TimelineOptions = { gaps: 'linear', dir };

  describe(`<conflict-timeline> pans by moving what is drawn (${dir})`, () => {
    it('moves the layers drawn in time, not the marks, while a drag stays within a quarter of the width', async () => {
      const el = await timelineFixture(idlib2019.events, options);
      el.zoomTo('2017-06', '2018-09');
      await settle(el);
      const before = el.view;
      const width = plotSvg(el).clientWidth;
      const msPerPx = (before.end.getTime() - before.start.getTime()) / width;
      const changes = watchMarks(el);
      const mouse = await pressAt(el, 500);
      const reported = oneEvent(el, 'ct-view-change');
      await mouse.moveTo(440);
      await settle(el);
      const shift = shiftOf(layer(el, 'marks'));
      const recorded = changes();
      await release(el);

      // What is drawn follows the pointer, 60 px to the left, whichever way time runs.
      expect(shift).to.be.closeTo(-60, 1);
      expect(recorded.filter((r) => r.target !== layer(el, 'marks'))).to.deep.equal([]);
      // The view, and the event that reports it, are the true view at once: later in ltr, earlier in rtl.
      const moved = (await reported).detail.start.getTime() - before.start.getTime();
      expect(moved).to.be.closeTo((dir === 'ltr' ? 60 : -60) * msPerPx, 2 * msPerPx);
    });

    it('lays out again once a drag goes past a quarter of the width', async () => {
      const el = await timelineFixture(idlib2019.events, options);
      el.zoomTo('2017-06', '2018-09');
      await settle(el);
      const mouse = await pressAt(el, 600);
      await mouse.moveTo(560);
      await settle(el);
      expect(shiftOf(layer(el, 'marks'))).to.be.closeTo(-40, 1);
      const changes = watchMarks(el);
      await mouse.moveTo(300);
      await settle(el);
      const shift = shiftOf(layer(el, 'marks'));
      const recorded = changes();
      await release(el);
      expect(shift).to.equal(undefined);
      expect(recorded.length).to.be.greaterThan(0);
    });

    it('moves what is drawn during a sideways swipe, and lays it out as code would once the turns pause', async () => {
      const el = await timelineFixture(idlib2019.events, options);
      el.zoomTo('2017-06', '2018-09');
      await settle(el);
      const before = el.view;
      const changes = watchMarks(el);
      // A touchpad's swipe: a few small sideways turns, each moving content 20 px to the left.
      for (let i = 0; i < 3; i++) swipe(el, 20);
      await settle(el);
      const shift = shiftOf(layer(el, 'marks'));
      const recorded = changes();
      expect(shift).to.be.closeTo(-60, 1);
      expect(recorded.filter((r) => r.target !== layer(el, 'marks'))).to.deep.equal([]);
      expect(el.view.start.getTime()).not.to.equal(before.start.getTime());

      await waitUntil(() => shiftOf(layer(el, 'marks')) === undefined, 'the swipe settles', { timeout: 2000 });
      await settle(el);
      for (const name of ['marks', 'clusters', 'ties', 'eras', 'breaks', 'axis']) expect(layer(el, name).hasAttribute('style'), name).to.equal(false);
      const fresh = await timelineFixture(idlib2019.events, options);
      fresh.zoomTo(el.view.start.getTime(), el.view.end.getTime());
      await settle(fresh);
      expect(drawing(el)).to.equal(drawing(fresh));
    });

    it('draws, once the drag ends, what a timeline shown that view in code draws', async () => {
      const el = await timelineFixture(idlib2019.events, options);
      el.zoomTo('2017-06', '2018-09');
      await settle(el);
      const mouse = await pressAt(el, 500);
      await mouse.moveTo(480);
      await settle(el);
      await mouse.moveTo(430);
      await settle(el);
      expect(shiftOf(layer(el, 'marks'))).to.be.closeTo(-70, 1);
      await release(el);
      expect(shiftOf(layer(el, 'marks'))).to.equal(undefined);
      for (const name of ['marks', 'clusters', 'ties', 'eras', 'breaks', 'axis']) expect(layer(el, name).hasAttribute('style'), name).to.equal(false);

      const fresh = await timelineFixture(idlib2019.events, options);
      fresh.zoomTo(el.view.start.getTime(), el.view.end.getTime());
      await settle(fresh);
      expect(fresh.view.start.getTime()).to.be.closeTo(el.view.start.getTime(), 1);

      expect(drawing(el)).to.equal(drawing(fresh));
    });
  });
}

describe('<conflict-timeline> pans by moving what is drawn', () => {
  it('moves marks exactly where a layout puts them across a collapsed stretch', async () => {
    const el = await timelineFixture(idlib2019.events);
    const mouse = await pressAt(el, 500);
    await mouse.moveTo(420);
    await settle(el);
    expect(shiftOf(layer(el, 'marks'))).to.be.closeTo(-80, 1);
    const moved = shapeLefts(el);
    await release(el);
    const laidOut = shapeLefts(el);
    let compared = 0;
    for (const [key, left] of moved) {
      const there = laidOut.get(key);
      if (there === undefined) continue;
      expect(left, key).to.be.closeTo(there, 0.05);
      compared++;
    }
    expect(compared).to.be.greaterThan(10);
  });

  it('lays out a pan asked for in code, and one made with keys', async () => {
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    el.zoomTo('2017-06', '2018-09');
    await settle(el);
    const span = el.view.end.getTime() - el.view.start.getTime();
    const byCode = watchMarks(el);
    el.zoomTo(el.view.start.getTime() + span / 20, el.view.end.getTime() + span / 20);
    await settle(el);
    expect(shiftOf(layer(el, 'marks'))).to.equal(undefined);
    expect(byCode().length).to.be.greaterThan(0);

    const first = layer(el, 'marks').querySelector<SVGGElement>('g.mark[tabindex="0"]')!;
    first.focus();
    const start = el.view.start.getTime();
    const byKeys = watchMarks(el);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.view.start.getTime()).not.to.equal(start);
    expect(shiftOf(layer(el, 'marks'))).to.equal(undefined);
    expect(byKeys().length).to.be.greaterThan(0);
  });

  it('keeps the toolbar’s range and the sticky axis with the view during the drag', async () => {
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    el.zoomTo('2017-06', '2018-09');
    await settle(el);
    const range = () => el.shadowRoot!.querySelector('.range')?.textContent ?? '';
    const before = range();
    const mouse = await pressAt(el, 500);
    await mouse.moveTo(250);
    await settle(el);
    expect(shiftOf(layer(el, 'marks'))).to.equal(undefined);
    const laidOut = range();
    // Past a quarter: laid out. Then within a quarter of that: moved, and the range says where.
    await mouse.moveTo(80);
    await settle(el);
    expect(shiftOf(layer(el, 'marks'))).to.be.closeTo(-170, 1);
    const during = range();
    await release(el);
    expect(laidOut).not.to.equal(before);
    expect(during).not.to.equal(laidOut);
    expect(range()).to.equal(during);
  });
});
