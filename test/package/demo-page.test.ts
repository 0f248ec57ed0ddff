import { expect } from '@open-wc/testing';
import { axeViolations } from '../support/axe.js';

/** The demo page in an iframe, once every timeline on it has drawn. */
async function demoPage(): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const w = frame.contentWindow!;
  const drawn = () => {
    const timelines = [...w.document.querySelectorAll('conflict-timeline')];
    // The plot's marks: the legend's swatches are marks too, drawn before any data.
    return timelines.length > 0 && timelines.every((t) => t.shadowRoot?.querySelector('svg.plot-svg g.mark'));
  };
  for (let i = 0; i < 200 && !drawn(); i++) await new Promise((r) => setTimeout(r, 25));
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

  it('has no axe violations', async () => {
    const w = await demoPage();
    expect(await axeViolations(w.document, w)).to.deep.equal([]);
  });
});
