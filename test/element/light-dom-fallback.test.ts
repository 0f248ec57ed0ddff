import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { bareFrame } from '../support/bare-frame.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

/** Whether the light-DOM list is on screen: slotted into the shadow tree, and laid out. */
function listShown(el: ConflictTimeline): boolean {
  const list = el.querySelector('ol')!;
  return list.assignedSlot !== null && list.getClientRects().length > 0;
}

describe('<conflict-timeline> the light-DOM list as the fallback', () => {
  it('stays on screen until the plot has events, then gives way to it', async () => {
    const el = await fixture<ConflictTimeline>(html`
      <conflict-timeline>
        <ol>
          <li data-id="a"><time datetime="last fall">last fall</time> Undated</li>
        </ol>
      </conflict-timeline>
    `);
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('svg.plot-svg g.mark').length, 'nothing drawn').to.equal(0);
    expect(listShown(el), 'every record rejected: the list is still what the reader has').to.equal(true);

    const reloaded = oneEvent(el, 'ct-diagnostics');
    el.querySelector('time')!.setAttribute('datetime', '2019-02-11');
    await reloaded;
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('svg.plot-svg g.mark').length).to.equal(1);
    expect(listShown(el), 'drawn: the plot replaces the list').to.equal(false);
  });

  it('an element given no list shows no empty slot space', async () => {
    const el = await timelineFixture([{ id: 'x', start: '2019-02-11', title: 'Shoigu and Akar meet' }]);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.hidden).to.equal(true);
  });

  it('runs where there is no ResizeObserver (test DOMs), drawing its list at the width it first read', async () => {
    const w = await bareFrame(
      `<script>
        delete window.ResizeObserver;
        window.escaped = [];
        addEventListener('error', (e) => escaped.push(e.message));
        addEventListener('unhandledrejection', (e) => escaped.push(String(e.reason)));
        window.reports = [];
        addEventListener('ct-diagnostics', (e) => reports.push(e.detail.accepted));
      </script>
      <script type="module" src="/dist/conflict-timeline.bundle.js"></script>
      <conflict-timeline><ol><li data-id="x"><time datetime="2018-09-17">17 Sep</time> Sochi memorandum</li></ol></conflict-timeline>`,
      (w) => !!w.document.querySelector('conflict-timeline')?.shadowRoot?.querySelector('g.mark'),
    );
    const page = w as unknown as { escaped: string[]; reports: number[]; ResizeObserver?: unknown };
    expect(page.ResizeObserver).to.equal(undefined);
    expect(page.escaped).to.deep.equal([]);
    expect(page.reports).to.deep.equal([1]);
  });
});
