import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';

/**
 * The built bundle on a page served with a strict Content-Security-Policy as a real response header
 * (web-test-runner.config.mjs): once without inline script or style, once also requiring Trusted Types
 * with Lit's policy alone. Needs `npm run build` first.
 */

interface WatchedWindow extends Window {
  readonly __blocked: string[];
  readonly __escaped: string[];
}

const PAGE = '/test/element/pages/csp-timeline.html';

async function pageUnder(prefix: '/__csp-strict' | '/__csp-tt'): Promise<WatchedWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${prefix}${PAGE}`;
  document.body.append(frame);
  await loaded;
  const w = frame.contentWindow as WatchedWindow;
  await w.customElements.whenDefined('conflict-timeline');
  for (const el of timelines(w)) await settleIn(w, el);
  return w;
}

function timelines(w: Window): ConflictTimeline[] {
  return [...w.document.querySelectorAll<ConflictTimeline>('conflict-timeline')];
}

/** renderComplete waits for the src load and the language pack; then a frame for the plot to be drawn. */
async function settleIn(w: Window, el: ConflictTimeline): Promise<void> {
  await el.renderComplete;
  await new Promise((resolve) => w.requestAnimationFrame(resolve));
  await el.renderComplete;
}

function timeline(w: Window, id: string): ConflictTimeline {
  return w.document.querySelector<ConflictTimeline>(`conflict-timeline#${id}`)!;
}

function alertText(el: ConflictTimeline): string {
  return el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function markLabels(el: ConflictTimeline): string[] {
  return [...el.shadowRoot!.querySelectorAll('g.mark[role="button"]')].map((mark) => mark.getAttribute('aria-label') ?? '');
}

async function detailsText(w: Window, el: ConflictTimeline, id: string): Promise<string> {
  el.select(id);
  await settleIn(w, el);
  return el.shadowRoot!.querySelector('[part~="details"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

for (const prefix of ['/__csp-strict', '/__csp-tt'] as const) {
  describe(`a page served with ${prefix === '/__csp-tt' ? 'Trusted Types required' : 'a strict CSP, no unsafe-inline'}`, () => {
    it('the server sends the policy as a header', async () => {
      const response = await fetch(`${prefix}${PAGE}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).to.contain("script-src 'self'");
      expect(policy.includes('require-trusted-types-for')).to.equal(prefix === '/__csp-tt');
    });

    it('reads a TimelineJS file with markup and entities in its headlines and text, and shows the text', async () => {
      const w = await pageUnder(prefix);
      const el = timeline(w, 'timelinejs');
      expect(alertText(el)).to.equal('');
      const labels = markLabels(el);
      expect(labels).to.have.length(2);
      expect(labels.some((label) => label.includes('Sochi memorandum & the <DMZ>')), labels.join(' | ')).to.equal(true);
      const details = await detailsText(w, el, 'sochi');
      expect(details).to.contain('Russia & Turkey agree. Zone: 15–20 km wide');
      expect(w.__blocked).to.deep.equal([]);
      expect(w.__escaped).to.deep.equal([]);
    });

    it('loads a CSV with its language chunk, and reads a light-DOM list, with nothing blocked', async () => {
      const w = await pageUnder(prefix);
      expect(markLabels(timeline(w, 'csv'))).to.have.length(2);
      expect(alertText(timeline(w, 'csv'))).to.equal('');
      // The French pack came from its own chunk, under script-src 'self'.
      expect(timeline(w, 'csv').shadowRoot!.textContent).to.match(/septembre|févr/);
      const list = markLabels(timeline(w, 'list'));
      expect(list.some((label) => label.includes('Shoigu & Akar meet')), list.join(' | ')).to.equal(true);
      expect(w.__blocked).to.deep.equal([]);
      expect(w.__escaped).to.deep.equal([]);
    });
  });
}
