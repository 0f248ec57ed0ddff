import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { tabIntoPlot } from '../support/tab-into-plot.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const inTimeOrder = validateEvents(idlib2019.events).events.map((e) => e.id);

/** The element focused inside the timeline's shadow root. */
const focused = (el: ConflictTimeline) => el.shadowRoot!.activeElement as Element | null;
const focusedId = (el: ConflictTimeline) => focused(el)?.getAttribute('data-event') ?? null;

async function press(el: ConflictTimeline, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}


describe('<conflict-timeline> keyboard', () => {
  it('is one tab stop: the plot holds exactly one focusable mark, the earliest in view', async () => {
    const el = await timelineFixture(idlib2019.events);
    const stops = el.shadowRoot!.querySelectorAll('.plot [tabindex="0"]');
    expect(stops).to.have.length(1);
    await tabIntoPlot(el);
    expect(focusedId(el)).to.equal(inTimeOrder[0]);
    await sendKeys({ press: 'Tab' });
    // One more Tab leaves the plot: no other mark takes focus.
    expect(focused(el)?.closest('.plot') ?? null).to.equal(null);
  });

  it('moves through events in time with the arrows, Home and End', async () => {
    const el = await timelineFixture(idlib2019.events);
    await tabIntoPlot(el);
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal(inTimeOrder[1]);
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal(inTimeOrder[2]);
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal(inTimeOrder[1]);
    await press(el, 'ArrowUp');
    expect(focusedId(el)).to.equal(inTimeOrder[0]);
    await press(el, 'End');
    expect(focusedId(el)).to.equal(inTimeOrder.at(-1));
    await press(el, 'Home');
    expect(focusedId(el)).to.equal(inTimeOrder[0]);
  });

  it('opens the details with Enter and closes them with Escape, focus returning to the event', async () => {
    const el = await timelineFixture(idlib2019.events);
    await tabIntoPlot(el);
    await press(el, 'End');
    await press(el, 'Enter');
    const panel = el.shadowRoot!.querySelector('[part~="details"]');
    expect(panel?.querySelector('h2')?.textContent).to.equal(idlib2019.events.find((e) => e.id === inTimeOrder.at(-1))!.title);
    await press(el, 'Escape');
    expect(el.shadowRoot!.querySelector('[part~="details"]')).to.equal(null);
    expect(focusedId(el)).to.equal(inTimeOrder.at(-1));
    await press(el, ' ');
    expect(el.shadowRoot!.querySelector('[part~="details"]')).to.not.equal(null);
  });

  it('zooms around the focused event with + and -, and fits with 0', async () => {
    // Spans measured in linear time: each + halves the real time on screen.
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    const full = el.view.end.getTime() - el.view.start.getTime();
    await tabIntoPlot(el);
    await press(el, 'Home');
    for (let i = 0; i < 4; i++) await press(el, '+');
    const zoomed = el.view.end.getTime() - el.view.start.getTime();
    expect(zoomed).to.be.closeTo(full / 16, full / 1000);
    // The first event (March 2011) is still on screen and still focused.
    expect(el.view.start.getTime()).to.be.at.most(Date.UTC(2011, 2, 31));
    expect(el.view.end.getTime()).to.be.at.least(Date.UTC(2011, 2, 1));
    expect(focusedId(el)).to.equal(inTimeOrder[0]);
    await press(el, '-');
    expect(el.view.end.getTime() - el.view.start.getTime()).to.be.closeTo(zoomed * 2, full / 1000);
    await press(el, '0');
    expect(el.view.end.getTime() - el.view.start.getTime()).to.be.closeTo(full, 1000);
  });

  it('brings the focused event into view', async () => {
    const el = await timelineFixture(idlib2019.events);
    await tabIntoPlot(el);
    el.zoomTo('2011-02', '2011-05');
    await settle(el);
    await press(el, 'End');
    expect(focusedId(el)).to.equal(inTimeOrder.at(-1));
    const summit = Date.UTC(2019, 1, 14, 12);
    expect(el.view.start.getTime()).to.be.below(summit);
    expect(el.view.end.getTime()).to.be.above(summit);
  });

  it('follows the screen in right-to-left: ArrowRight goes to the earlier event', async () => {
    const el = await timelineFixture(idlib2019.events, { container: { dir: 'rtl' } });
    await tabIntoPlot(el);
    await press(el, 'End');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal(inTimeOrder.at(-2));
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal(inTimeOrder.at(-1));
  });

  it('names each event with its title, date in words and actors', async () => {
    const el = await timelineFixture(idlib2019.events);
    const name = (id: string) => el.shadowRoot!.querySelector(`g.mark[data-key="${id}"]`)!.getAttribute('aria-label');
    expect(name('sochi-memorandum-2018')).to.equal('Sochi memorandum: Idlib demilitarized zone. 17 September 2018. Russia, Turkey');
    expect(name('idlib-de-escalation-zone-2017')).to.contain('14 September 2017 – 15 September 2017');
    expect(name('hts-expansion-2019')).to.contain('January 2019, approximate');
    expect(name('lavrov-demilitarized-zone-2019')).to.contain('18 January 2019');
  });

  it('steps from a focused cluster to its first event, not past it', async () => {
    // One lane, an event every six hours for a year: far too dense for single marks at first.
    const dense = Array.from({ length: 1500 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2018, 0, 1) + i * 6 * 3600_000).toISOString().slice(0, 10),
      title: `Event ${i}`,
      actors: ['One lane'],
    }));
    const el = await timelineFixture(dense);
    const order = validateEvents(dense).events.map((e) => e.id);
    await tabIntoPlot(el);
    expect(focused(el)?.matches('g.cluster'), 'the tab stop is a cluster').to.equal(true);
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal(order[0]);
  });

  it('leaves keys held with Ctrl, ⌘ or Alt to the browser (page zoom, history)', async () => {
    const el = await timelineFixture(idlib2019.events);
    await tabIntoPlot(el);
    await press(el, 'ArrowRight');
    const view = el.view;
    const mark = focused(el)!;
    for (const init of [
      { key: '=', ctrlKey: true },
      { key: '-', ctrlKey: true },
      { key: '0', ctrlKey: true },
      { key: '+', metaKey: true },
      { key: 'ArrowLeft', altKey: true },
      { key: 'ArrowRight', altKey: true },
      { key: 'Home', ctrlKey: true },
    ]) {
      const event = new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true });
      mark.dispatchEvent(event);
      await settle(el);
      expect(event.defaultPrevented, JSON.stringify(init)).to.equal(false);
      expect(el.view, JSON.stringify(init)).to.deep.equal(view);
      expect(focusedId(el), JSON.stringify(init)).to.equal(inTimeOrder[1]);
    }
  });

  it('returns focus to the event\'s row when the details close in the table view', async () => {
    const el = await timelineFixture(idlib2019.events);
    const view = el.view;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await settle(el);
    const row = el.shadowRoot!.querySelector<HTMLButtonElement>('button.row-title')!;
    row.focus();
    await press(el, 'Enter');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.focus();
    await press(el, 'Enter');
    expect(el.shadowRoot!.querySelector('[part~="details"]')).to.equal(null);
    expect(focused(el), 'focus on the row that opened the details').to.equal(el.shadowRoot!.querySelector('button.row-title'));
    expect(focused(el)?.textContent).to.equal(row.textContent);
    expect(el.view, 'the hidden plot did not move').to.deep.equal(view);
  });
});
