/**
 * demo/embed.html (with the built bundle) in an iframe, as a CMS page would frame it: the parent here
 * listens as the README's lines do, fitting the frame to the height the page posts.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { axeViolations } from '../support/axe.js';
import { untilMutated } from '../support/until-mutated.js';

const SHEET = '/test/data/fixtures/timelinejs-template.csv';
const HEIGHT_MESSAGE = 'conflict-timeline:height';

interface Embed {
  readonly frame: HTMLIFrameElement;
  readonly w: Window;
  readonly timeline: ConflictTimeline;
  /** Every height the page posted, in order. */
  readonly heights: readonly number[];
  /** Resolves once the page has posted this height (at once if it already has). */
  posted(height: number): Promise<void>;
}

/** The embed page in a frame `width` px wide, with this query, once its timeline has drawn what it was given. */
async function embed(query: string, width = 800): Promise<Embed> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:150px;border:0;display:block`;
  frame.title = 'Embedded timeline';
  const heights: number[] = [];
  const waiting: { height: number; resolve: () => void }[] = [];
  // The README's parent lines: a message from this frame's window sets the frame's height.
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
    frame.style.height = `${data.height}px`;
    heights.push(data.height);
    for (const waiter of waiting.filter((candidate) => candidate.height === data.height)) waiter.resolve();
  });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  const w = frame.contentWindow!;
  await w.customElements.whenDefined('conflict-timeline');
  const timeline = w.document.querySelector<ConflictTimeline>('conflict-timeline')!;
  await timeline.renderComplete;
  const posted = (height: number) =>
    heights.includes(height) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ height, resolve }));
  return { frame, w, timeline, heights, posted };
}

/** The height the frame needs: the timeline's bottom edge, in whole pixels. */
function neededHeight({ timeline }: Embed): number {
  return Math.ceil(timeline.getBoundingClientRect().bottom);
}

/** Waits until the page has posted the height it now needs, and checks that nothing else came after it. */
async function expectFitted(page: Embed): Promise<void> {
  const height = neededHeight(page);
  await page.posted(height);
  expect(page.heights.at(-1), 'the last height posted').to.equal(height);
  expect(page.frame.getBoundingClientRect().height, 'the frame, fitted by the parent').to.equal(height);
  const root = page.w.document.documentElement;
  expect(root.scrollHeight, 'nothing left to scroll inside the frame').to.be.at.most(root.clientHeight);
  expect(root.scrollWidth, 'nothing wider than the frame').to.be.at.most(root.clientWidth);
}

function shadow(timeline: ConflictTimeline): ShadowRoot {
  return timeline.shadowRoot!;
}

function message(page: Embed): string | null {
  const box = page.w.document.getElementById('embed-message')!;
  return box.hidden ? null : box.textContent;
}

/** The event given as `event` is selected once its data is drawn; resolves when its details show. */
async function selectedDetails(timeline: ConflictTimeline): Promise<HTMLElement> {
  const find = () => shadow(timeline).querySelector<HTMLElement>('[part~="details"]');
  if (find() === null) await oneEvent(timeline, 'ct-select');
  await timeline.renderComplete;
  return find()!;
}

describe('embed page (built bundle)', () => {
  it('loads src, posts its height, and the parent fits the frame to it', async () => {
    const page = await embed(`src=${encodeURIComponent(SHEET)}&label=${encodeURIComponent('Russia, Turkey and Idlib')}`);
    expect(shadow(page.timeline).querySelectorAll('g.mark[role="button"]').length).to.equal(8);
    expect(page.timeline.label).to.equal('Russia, Turkey and Idlib');
    expect(page.w.document.querySelector('h1')!.textContent).to.equal('Russia, Turkey and Idlib');
    expect(page.timeline.getBoundingClientRect().width, 'the frame\'s whole width').to.equal(800);
    expect(page.timeline.getBoundingClientRect().top, 'no margin above').to.equal(0);
    expect(message(page)).to.equal(null);
    await expectFitted(page);
    expect(page.heights.at(-1)).to.be.greaterThan(150);
    expect(await axeViolations(page.w.document, page.w)).to.deep.equal([]);
  });

  it('selects the event given as event, in the language given as locale, and posts the taller height', async () => {
    const page = await embed(`src=${encodeURIComponent(SHEET)}&event=event-4&locale=fr`);
    const details = await selectedDetails(page.timeline);
    expect(details.querySelector('h2')!.textContent!.trim()).to.equal('Sochi memorandum: Idlib demilitarized zone');
    expect(details.querySelector('[part~="details-date"]')!.textContent).to.contain('17 septembre 2018');
    expect(page.timeline.getAttribute('locale')).to.equal('fr');
    await expectFitted(page);
    const withoutDetails = await embed(`src=${encodeURIComponent(SHEET)}&locale=fr`);
    await expectFitted(withoutDetails);
    expect(page.heights.at(-1), 'the details add to the height').to.be.greaterThan(withoutDetails.heights.at(-1)!);
  });

  it('shows the view given as an EDTF interval, two dates, or one', async () => {
    const interval = await embed(`src=${encodeURIComponent(SHEET)}&view=2018/2019-03`);
    expect([interval.timeline.getAttribute('view-start'), interval.timeline.getAttribute('view-end')]).to.deep.equal(['2018', '2019-03']);
    expect(interval.timeline.view.start.getTime()).to.equal(Date.UTC(2018, 0, 1));
    expect(interval.timeline.view.end.getTime()).to.be.within(Date.UTC(2019, 2, 31), Date.UTC(2019, 3, 1));
    const pair = await embed(`src=${encodeURIComponent(SHEET)}&view=2017-09,2018`);
    expect([pair.timeline.getAttribute('view-start'), pair.timeline.getAttribute('view-end')]).to.deep.equal(['2017-09', '2018']);
    const year = await embed(`src=${encodeURIComponent(SHEET)}&view=2019`);
    expect([year.timeline.getAttribute('view-start'), year.timeline.getAttribute('view-end')]).to.deep.equal(['2019', '2019']);
    const open = await embed(`src=${encodeURIComponent(SHEET)}&view=2018/..`);
    expect([open.timeline.getAttribute('view-start'), open.timeline.hasAttribute('view-end')]).to.deep.equal(['2018', false]);
  });

  it('works in a 320 px frame', async () => {
    const page = await embed(`src=${encodeURIComponent(SHEET)}&event=event-6`, 320);
    expect(page.timeline.getBoundingClientRect().width).to.equal(320);
    const details = await selectedDetails(page.timeline);
    expect(details.querySelector('h2')!.textContent!.trim()).to.equal('Tripartite summit on Syria in Sochi');
    expect(shadow(page.timeline).querySelectorAll('g.mark[role="button"]').length).to.be.greaterThan(0);
    await expectFitted(page);
  });

  it('loads relative and http(s) addresses, resolved against the embed page', async () => {
    const relative = await embed(`src=${encodeURIComponent('../test/data/fixtures/timelinejs-template.csv')}`);
    expect(relative.timeline.getAttribute('src')).to.equal(`${location.origin}${SHEET}`);
    expect(shadow(relative.timeline).querySelectorAll('g.mark[role="button"]').length).to.equal(8);
    const absolute = await embed(`src=${encodeURIComponent(`${location.origin}${SHEET}`)}`);
    expect(shadow(absolute.timeline).querySelectorAll('g.mark[role="button"]').length).to.equal(8);
  });

  it('ignores any other src, saying so on the page, and the height posted counts the message', async () => {
    for (const src of ['javascript:alert(1)', 'java\tscript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/csv,start%2Ctitle%0A2019%2Cx', 'blob:https://example.org/x', 'file:///etc/passwd']) {
      const page = await embed(`src=${encodeURIComponent(src)}`);
      expect(page.timeline.hasAttribute('src'), src).to.equal(false);
      expect(message(page), src).to.match(/^The data address \(src\) was ignored: only http\(s\) addresses/);
      expect(page.timeline.getBoundingClientRect().top, 'the timeline below the message').to.be.greaterThan(0);
      await expectFitted(page);
      page.frame.remove();
    }
  });

  it('says when the event given is not in the data, and when there is no src', async () => {
    const missing = await embed(`src=${encodeURIComponent(SHEET)}&event=no-such-event`);
    const box = missing.w.document.getElementById('embed-message')!;
    // Said once the data is drawn and the id found in none of its events.
    await untilMutated(box, () => !box.hidden, 'the message about the missing event');
    expect(message(missing)).to.equal('There is no event "no-such-event" in this timeline.');
    expect(shadow(missing.timeline).querySelector('[part~="details"]')).to.equal(null);
    await expectFitted(missing);
    const none = await embed('');
    expect(message(none)).to.match(/^No data to show: give the address/);
  });
});
