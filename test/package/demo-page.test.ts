import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { axeViolations } from '../support/axe.js';

/** The timeline that stays empty until the reader loads a file or a sample. */
const READERS_OWN_DATA = 'load-timeline';

/**
 * The demo page in an iframe, once every timeline on it shows its data. Its modules have run by the
 * frame's load event, so each timeline has been given its data (or, for the one that waits for the
 * reader's file, none) by then: renderComplete covers the rest, language packs included.
 */
async function demoPage(width = 1100, height = 900): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const w = frame.contentWindow!;
  await w.customElements.whenDefined('conflict-timeline');
  const timelines = [...w.document.querySelectorAll<ConflictTimeline>('conflict-timeline')];
  expect(timelines.length, 'timelines on the page').to.be.greaterThan(0);
  await Promise.all(timelines.map((t) => t.renderComplete));
  for (const t of timelines) {
    if (t.id === READERS_OWN_DATA) continue;
    // The plot's marks: the legend's swatches are marks too, drawn before any data.
    expect(t.shadowRoot!.querySelector('svg.plot-svg g.mark'), `marks drawn in #${t.id}`).to.not.equal(null);
  }
  return w;
}

describe('demo page (built bundle)', () => {
  it('shows the article timeline with all its events, first on the page', async () => {
    const w = await demoPage();
    const first = w.document.querySelector('conflict-timeline')!;
    expect(first.id).to.equal('article-timeline');
    const marks = first.shadowRoot!.querySelectorAll('g.mark[role="button"]');
    expect(marks.length).to.equal(8);
    expect(w.document.querySelector('h1')!.textContent).to.contain('Idlib');
  });

  it('fits a phone: nothing on it is wider than the page', async () => {
    const w = await demoPage(375, 812);
    const root = w.document.documentElement;
    // A box inside a scroller of its own (the code sample's pre) may be wider: the reader scrolls it there.
    const inScroller = (node: Element): boolean => {
      for (let up = node.parentElement; up && up !== w.document.body; up = up.parentElement) {
        if (w.getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wider = [...w.document.querySelectorAll('body *')]
      .filter((node) => node.getBoundingClientRect().right > root.clientWidth + 0.5 && !inScroller(node))
      .map((node) => `${node.localName}${node.id ? `#${node.id}` : ''}`);
    expect(wider, 'boxes past the right edge of the page').to.deep.equal([]);
    expect(root.scrollWidth, 'the page scrolls sideways').to.be.at.most(root.clientWidth);
  });

  it('has no axe violations', async () => {
    const w = await demoPage();
    expect(await axeViolations(w.document, w)).to.deep.equal([]);
  });
});
