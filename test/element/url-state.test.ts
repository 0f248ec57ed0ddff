import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { readFragmentState, writeFragmentState } from '../../src/element/fragment-state.js';
import { giveRecords, settle } from '../support/timeline-fixture.js';

const DAY = 86_400_000;

async function pageWith(markup: ReturnType<typeof html>): Promise<ConflictTimeline[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">${markup}</div>`);
  const timelines = [...wrapper.querySelectorAll('conflict-timeline')];
  for (const el of timelines) giveRecords(el, idlib2019.events);
  for (const el of timelines) await settle(el);
  return timelines;
}

/** Waits for the frame in which the state is written. */
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('fragment state', () => {
  it('reads and writes each key\'s parts, keeping the rest of the fragment', () => {
    const fragment = writeFragmentState('#intro&a.view=2011-01-01/2012-01-01', 'b', { view: '2018-01-01/2018-12-31', event: 'sochi & co' });
    expect(fragment).to.equal('#intro&a.view=2011-01-01/2012-01-01&b.view=2018-01-01/2018-12-31&b.event=sochi%20%26%20co');
    expect(readFragmentState(fragment, 'b')).to.deep.equal({ view: '2018-01-01/2018-12-31', event: 'sochi & co' });
    expect(readFragmentState(fragment, 'a')).to.deep.equal({ view: '2011-01-01/2012-01-01' });
    expect(writeFragmentState(fragment, 'b', {})).to.equal('#intro&a.view=2011-01-01/2012-01-01');
    expect(writeFragmentState('', 'b', {})).to.equal('');
    expect(readFragmentState('#%E0%A4%A', 'x')).to.deep.equal({});
  });
});

describe('<conflict-timeline url-state>', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('writes its view and selected event into the URL fragment, replacing the history entry', async () => {
    const [el] = await pageWith(html`<conflict-timeline url-state="idlib"></conflict-timeline>`);
    const entries = history.length;
    el!.zoomTo('2018-01-01', '2018-12-31');
    el!.select('sochi-memorandum-2018');
    await settle(el!);
    await nextFrame();
    const state = readFragmentState(location.hash, 'idlib');
    expect(state.event).to.equal('sochi-memorandum-2018');
    const [start, end] = state.view!.split('/');
    expect(Date.parse(start!)).to.be.closeTo(Date.UTC(2018, 0, 1), DAY);
    expect(Date.parse(end!)).to.be.closeTo(Date.UTC(2018, 11, 31), DAY);
    expect(history.length, 'no new history entries').to.equal(entries);
  });

  it('restores them on load, so a shared link opens on the event, zoomed', async () => {
    history.replaceState(history.state, '', `#idlib.view=2018-01-01/2018-12-31&idlib.event=sochi-memorandum-2018`);
    const [el] = await pageWith(html`<conflict-timeline url-state="idlib"></conflict-timeline>`);
    expect(el!.view.start.getTime()).to.be.closeTo(Date.UTC(2018, 0, 1), DAY);
    expect(el!.view.end.getTime()).to.be.closeTo(Date.UTC(2019, 0, 1), DAY);
    expect(el!.shadowRoot!.querySelector('[part~="details"] h2')!.textContent).to.contain('Sochi memorandum');
  });

  it('follows the fragment when the reader follows a link on the page', async () => {
    const [el] = await pageWith(html`<conflict-timeline url-state="idlib"></conflict-timeline>`);
    location.hash = '#idlib.view=2011-03-01/2011-03-31';
    await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    await settle(el!);
    expect(el!.view.start.getTime()).to.be.closeTo(Date.UTC(2011, 2, 1), DAY);
    expect(el!.view.end.getTime()).to.be.closeTo(Date.UTC(2011, 3, 1), DAY);
  });

  it('keeps two timelines\' states apart, and leaves the URL alone without the attribute', async () => {
    history.replaceState(history.state, '', `#one.view=2011-03-01/2011-03-31`);
    const [one, two, none] = await pageWith(html`
      <conflict-timeline url-state="one"></conflict-timeline>
      <conflict-timeline id="second" url-state></conflict-timeline>
      <conflict-timeline></conflict-timeline>
    `);
    expect(one!.view.start.getTime()).to.be.closeTo(Date.UTC(2011, 2, 1), DAY);
    // The second shows the whole article (to 2019), not the first one's month.
    expect(two!.view.end.getTime()).to.be.above(Date.UTC(2019, 0, 1));
    two!.select('sochi-summit-2019');
    none!.select('sochi-memorandum-2018');
    await settle(two!);
    await nextFrame();
    expect(readFragmentState(location.hash, 'second').event).to.equal('sochi-summit-2019');
    expect(readFragmentState(location.hash, 'one').view).to.equal('2011-03-01/2011-03-31');
    expect(location.hash).not.to.contain('sochi-memorandum-2018');
  });
});
