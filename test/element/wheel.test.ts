import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { wheelIntent } from '../../src/element/wheel-intent.js';
import { plotSvg, settle, timelineFixture, timelineInLongPage } from '../support/timeline-fixture.js';

type Turn = { deltaX?: number; deltaY?: number; ctrlKey?: boolean; metaKey?: boolean };

/** Turns the wheel over the middle of the plot's lowest lane, as a browser would dispatch it; returns the event. */
async function wheel(el: ConflictTimeline, turn: Turn): Promise<WheelEvent> {
  const box = plotSvg(el).getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    deltaX: turn.deltaX ?? 0,
    deltaY: turn.deltaY ?? 0,
    ctrlKey: turn.ctrlKey ?? false,
    metaKey: turn.metaKey ?? false,
    clientX: box.left + box.width / 2,
    clientY: box.bottom - 12,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  plotSvg(el).dispatchEvent(event);
  await settle(el);
  return event;
}

const hint = (el: ConflictTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part="wheel-hint"]')!;
const hintVisible = (el: ConflictTimeline) => getComputedStyle(hint(el)).visibility === 'visible';
const sameView = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) =>
  a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
const span = (v: { start: Date; end: Date }) => v.end.getTime() - v.start.getTime();

/** Clicks a point of the plot where nothing is drawn: the lowest lane, at its middle. */
async function clickEmptyPlot(el: ConflictTimeline): Promise<void> {
  const box = plotSvg(el).getBoundingClientRect();
  const x = Math.round(box.left + box.width / 2);
  const y = Math.round(box.bottom - 4);
  await sendMouse({ type: 'click', position: [x, y] });
  await settle(el);
}

// Zoom measured as real time on screen: linear time (collapsed stretches are tested in reader-picture.test.ts).
const LINEAR = { gaps: 'linear' } as const;

describe('wheelIntent', () => {
  it('zooms with Ctrl or ⌘ (and a pinch, which is a wheel with ctrlKey), pans sideways, else scrolls the page', () => {
    const plain = { deltaX: 0, deltaY: 100, ctrlKey: false, metaKey: false };
    expect(wheelIntent(plain, false)).to.equal('scroll');
    expect(wheelIntent(plain, true)).to.equal('zoom');
    expect(wheelIntent({ ...plain, ctrlKey: true }, false)).to.equal('zoom');
    expect(wheelIntent({ ...plain, metaKey: true }, false)).to.equal('zoom');
    expect(wheelIntent({ ...plain, deltaX: 120, deltaY: 10 }, false)).to.equal('pan');
    expect(wheelIntent({ ...plain, deltaX: 120, deltaY: 10 }, true)).to.equal('pan');
  });
});

describe('<conflict-timeline> wheel', () => {
  for (const [name, size] of [
    ['desk', { width: 1280, height: 900 }],
    ['phone', { width: 375, height: 812 }],
  ] as const) {
    describe(`at ${size.width}x${size.height} (${name})`, () => {
      before(() => setViewport(size));
      after(() => setViewport({ width: 800, height: 600 }));

      it('leaves a plain wheel to the page and shows the hint over the plot', async () => {
        const el = await timelineFixture(idlib2019.events, { ...LINEAR, width: size.width - 16 });
        expect(hintVisible(el)).to.equal(false);
        const before = el.view;
        const event = await wheel(el, { deltaY: 100 });
        expect(event.defaultPrevented, 'the page may scroll').to.equal(false);
        expect(sameView(el.view, before), 'the view did not change').to.equal(true);
        await el.updateComplete;
        expect(hintVisible(el)).to.equal(true);
        expect(hint(el).textContent!.trim()).to.equal('Use Ctrl + scroll to zoom');
        const box = hint(el).getBoundingClientRect();
        const plot = plotSvg(el).getBoundingClientRect();
        expect(box.width).to.be.greaterThan(0);
        expect(box.left).to.be.at.least(plot.left);
        expect(box.right).to.be.at.most(plot.right);
        expect(box.top).to.be.at.least(plot.top);
        expect(box.bottom).to.be.at.most(plot.bottom);
        // Not announced: a screen reader would hear it on every turn.
        expect(hint(el).getAttribute('aria-hidden')).to.equal('true');
      });

      it('zooms with Ctrl + wheel, toward the pointer, and takes the event from the page', async () => {
        const el = await timelineFixture(idlib2019.events, { ...LINEAR, width: size.width - 16 });
        const before = el.view;
        const event = await wheel(el, { deltaY: -100, ctrlKey: true });
        expect(event.defaultPrevented).to.equal(true);
        expect(span(el.view)).to.be.below(span(before) * 0.9);
        await el.updateComplete;
        expect(hintVisible(el)).to.equal(false);
      });
    });
  }

  it('zooms with ⌘ + wheel', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    const before = el.view;
    await wheel(el, { deltaY: -100, metaKey: true });
    expect(span(el.view)).to.be.below(span(before) * 0.9);
  });

  it('hides the hint again after a moment', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    await wheel(el, { deltaY: 100 });
    await el.updateComplete;
    expect(hintVisible(el)).to.equal(true);
    // The hint fades out through a CSS transition, which no mutation marks: poll, failing on timeout.
    await waitUntil(() => !hintVisible(el), 'the hint hides again', { timeout: 4_000 });
  });

  it('zooms with a plain wheel once the plot was clicked, until a click elsewhere on the page', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>elsewhere</button>`);
    const el = await timelineFixture(idlib2019.events, LINEAR);
    await clickEmptyPlot(el);
    const before = el.view;
    const event = await wheel(el, { deltaY: -100 });
    expect(event.defaultPrevented).to.equal(true);
    expect(span(el.view)).to.be.below(span(before) * 0.9);
    await el.updateComplete;
    expect(hintVisible(el)).to.equal(false);

    const box = outside.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
    const after = el.view;
    const again = await wheel(el, { deltaY: -100 });
    expect(again.defaultPrevented).to.equal(false);
    expect(sameView(el.view, after)).to.equal(true);
  });

  it('zooms with a plain wheel while a mark holds focus, and not once focus has left the element', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>elsewhere</button>`);
    const el = await timelineFixture(idlib2019.events, LINEAR);
    el.shadowRoot!.querySelector<SVGGElement>('g.mark[tabindex="0"]')!.focus();
    const before = el.view;
    expect((await wheel(el, { deltaY: -100 })).defaultPrevented).to.equal(true);
    expect(span(el.view)).to.be.below(span(before) * 0.9);
    outside.focus();
    const after = el.view;
    expect((await wheel(el, { deltaY: -100 })).defaultPrevented).to.equal(false);
    expect(sameView(el.view, after)).to.equal(true);
  });

  it('pans with a sideways swipe, keeping the zoom, and leaves vertical swipes to the page', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    el.zoomTo('2018-06', '2019-03');
    await settle(el);
    const before = el.view;
    const width = plotSvg(el).getBoundingClientRect().width;
    const swipe = await wheel(el, { deltaX: 90, deltaY: 4 });
    expect(swipe.defaultPrevented).to.equal(true);
    expect(span(el.view)).to.be.closeTo(span(before), 1000);
    // Content moves left by 90 px: the view moves 90 px worth of time later.
    expect(el.view.start.getTime() - before.start.getTime()).to.be.closeTo((90 / width) * span(before), span(before) * 0.01);
    const vertical = await wheel(el, { deltaX: 4, deltaY: 90 });
    expect(vertical.defaultPrevented).to.equal(false);
  });

  it('in a page taller than the window, lets a plain wheel over the plot scroll the page', async () => {
    const el = await timelineInLongPage(800);
    const before = el.view;
    // A turn down and a turn up: neither is cancelled, so the page scrolls; the timeline stays as it was.
    for (const deltaY of [120, -120]) {
      const event = await wheel(el, { deltaY });
      expect(event.defaultPrevented, `deltaY ${deltaY}`).to.equal(false);
    }
    expect(sameView(el.view, before)).to.equal(true);
  });
});
