import { expect } from '@open-wc/testing';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { markX, settle, timelineFixture } from '../support/timeline-fixture.js';

const EARLIER = 'syria-uprising-2011';
const MIDDLE = 'sochi-memorandum-2018';
const LATER = 'sochi-summit-2019';

/** The article's timeline with `dir` on the element, on its container, or both. */
function inWrapper(attrs: { dir?: 'ltr' | 'rtl'; wrapperDir?: 'ltr' | 'rtl' }): Promise<ConflictTimeline> {
  return timelineFixture(idlib2019.events, { dir: attrs.dir, container: { dir: attrs.wrapperDir } });
}

/** Left edges of the toolbar's buttons, in DOM order. */
function buttonLefts(el: ConflictTimeline): number[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="toolbar"] button')].map((b) => b.getBoundingClientRect().left);
}

/**
 * Lets the element's mutation observer run, then waits for the animation frame it asked for. The zero
 * timeout is one macrotask turn, after the observer's microtask; the count of turns and frames is the
 * point: the plot must flip on the next frame, not at some later time.
 */
async function nextFrameAfterMutation(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

describe('<conflict-timeline> right to left', () => {
  it('left to right by default: later events are drawn to the right', async () => {
    const el = await timelineFixture(idlib2019.events);
    expect(markX(el, LATER)).to.be.greaterThan(markX(el, MIDDLE));
    expect(markX(el, MIDDLE)).to.be.greaterThan(markX(el, EARLIER));
  });

  it('with dir="rtl" on the element, later events are drawn to the left of earlier ones', async () => {
    const el = await inWrapper({ dir: 'rtl' });
    expect(markX(el, LATER)).to.be.lessThan(markX(el, MIDDLE));
    expect(markX(el, MIDDLE)).to.be.lessThan(markX(el, EARLIER));
  });

  it('with dir="rtl" on an ancestor, time runs right to left too', async () => {
    const el = await inWrapper({ wrapperDir: 'rtl' });
    expect(markX(el, LATER)).to.be.lessThan(markX(el, MIDDLE));
    expect(markX(el, MIDDLE)).to.be.lessThan(markX(el, EARLIER));
  });

  it('dir="ltr" on the element wins over an rtl ancestor', async () => {
    const el = await inWrapper({ wrapperDir: 'rtl', dir: 'ltr' });
    expect(markX(el, LATER)).to.be.greaterThan(markX(el, EARLIER));
  });

  it('mirrors the toolbar: its first button is at the right in rtl, at the left in ltr', async () => {
    const ltr = await inWrapper({ dir: 'ltr' });
    const ltrLefts = buttonLefts(ltr);
    expect(ltrLefts.length).to.be.at.least(3);
    expect(ltrLefts[0]).to.be.lessThan(ltrLefts[ltrLefts.length - 1]!);

    const rtl = await inWrapper({ dir: 'rtl' });
    const rtlLefts = buttonLefts(rtl);
    const toolbar = rtl.shadowRoot!.querySelector('[role="toolbar"]')!.getBoundingClientRect();
    expect(rtlLefts[0]).to.be.greaterThan(rtlLefts[rtlLefts.length - 1]!);
    // The first button sits in the right half of the toolbar, where an rtl reader starts.
    expect(rtlLefts[0]).to.be.greaterThan(toolbar.left + toolbar.width / 2);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`keeps lane names and event labels inside the plot in ${dir}`, async () => {
      const el = await inWrapper({ dir });
      const svg = el.shadowRoot!.querySelector('svg.plot-svg')!.getBoundingClientRect();
      const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.lane-label, g.mark .label')];
      expect(texts.length).to.be.greaterThan(8);
      for (const text of texts) {
        if (!text.textContent) continue;
        const box = text.getBoundingClientRect();
        expect(box.left, `left of "${text.textContent}"`).to.be.at.least(svg.left - 0.5);
        expect(box.right, `right of "${text.textContent}"`).to.be.at.most(svg.right + 0.5);
      }
      // Lane names sit at the edge where reading starts.
      const lane = el.shadowRoot!.querySelector<SVGTextElement>('.lane-label')!.getBoundingClientRect();
      if (dir === 'rtl') expect(lane.right).to.be.greaterThan(svg.right - 40);
      else expect(lane.left).to.be.lessThan(svg.left + 40);
    });
  }

  it('flips the plot on the next frame when dir changes at runtime, and back', async () => {
    const el = await timelineFixture(idlib2019.events);
    expect(markX(el, LATER)).to.be.greaterThan(markX(el, EARLIER));
    el.setAttribute('dir', 'rtl');
    await nextFrameAfterMutation();
    expect(markX(el, LATER)).to.be.lessThan(markX(el, EARLIER));
    el.setAttribute('dir', 'ltr');
    await nextFrameAfterMutation();
    expect(markX(el, LATER)).to.be.greaterThan(markX(el, EARLIER));
  });

  it('keeps the same window of time when dir flips at runtime', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.zoomTo('2018-08', '2019-03');
    await settle(el);
    const before = el.view;
    const plotWidth = el.shadowRoot!.querySelector('svg.plot-svg')!.clientWidth;
    const ltrX = markX(el, MIDDLE);
    el.setAttribute('dir', 'rtl');
    await nextFrameAfterMutation();
    expect(el.view.start.getTime()).to.be.closeTo(before.start.getTime(), 60_000);
    expect(el.view.end.getTime()).to.be.closeTo(before.end.getTime(), 60_000);
    // The same instant, mirrored about the plot's middle.
    expect(markX(el, MIDDLE)).to.be.closeTo(plotWidth - ltrX, 1);
  });

  it('an Arabic timeline with dir="rtl" reads in Arabic, right to left', async () => {
    // The pack loads on demand: the timeline is drawn once it is in use.
    const el = await timelineFixture(idlib2019.events, { locale: 'ar', dir: 'rtl' });
    const mark = () => el.shadowRoot!.querySelector(`g.mark[data-key="${MIDDLE}"]`);
    expect(markX(el, LATER)).to.be.lessThan(markX(el, EARLIER));
    expect(mark()?.getAttribute('aria-label')).to.contain('17 سبتمبر 2018');
  });
});
