import { expect, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { markX, plotSvg, primaryMarks, settle, timeAt, timelineFixture } from '../support/timeline-fixture.js';

const DAY = 86_400_000;

// Zoom and pan mechanics, measured in linear time (collapsed stretches have tests of their own).
const LINEAR = { gaps: 'linear' } as const;

describe('<conflict-timeline> view', () => {
  it('draws every dataset event once, in time order from left to right', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    const ids = primaryMarks(el).map((m) => m.getAttribute('data-event')!);
    expect(new Set(ids).size).to.equal(idlib2019.events.length);
    // In time order, each mark stands at or right of the one before. A span's x is its start; a
    // point's x is its middle, and a month too narrow for its span is drawn as a point.
    const events = validateEvents(idlib2019.events).events;
    const drawnTime = (e: (typeof events)[number]) =>
      plotSvg(el).querySelector(`g.mark[data-key="${CSS.escape(e.id)}"] path.symbol`) ? (e.from + e.to) / 2 : e.from;
    const inTimeOrder = [...events].sort((a, b) => drawnTime(a) - drawnTime(b)).map((e) => e.id);
    expect([...inTimeOrder].sort()).to.deep.equal([...ids].sort());
    const xs = inTimeOrder.map((id) => markX(el, id));
    xs.slice(1).forEach((x, i) => expect(x, inTimeOrder[i + 1]).to.be.at.least(xs[i]! - 0.5));
    expect(markX(el, 'syria-uprising-2011')).to.be.lessThan(markX(el, 'sochi-memorandum-2018'));
    expect(markX(el, 'sochi-memorandum-2018')).to.be.lessThan(markX(el, 'sochi-summit-2019'));
  });

  it('fits the data at first, with a margin', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    expect(el.view.start.getTime()).to.be.lessThan(Date.UTC(2011, 2, 1));
    expect(el.view.end.getTime()).to.be.greaterThan(Date.UTC(2019, 1, 14));
  });

  it('zooms with Ctrl + wheel around the pointer (a plain wheel scrolls the page: see wheel.test.ts)', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    const svg = plotSvg(el);
    const box = svg.getBoundingClientRect();
    const x = box.width * 0.7;
    const before = el.view;
    const anchor = timeAt(el, x);
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -30, ctrlKey: true, clientX: box.left + x, clientY: box.top + 60, bubbles: true, cancelable: true }));
    await settle(el);
    const after = el.view;
    expect(after.end.getTime() - after.start.getTime()).to.be.lessThan(before.end.getTime() - before.start.getTime());
    expect(Math.abs(timeAt(el, x) - anchor)).to.be.lessThan(DAY);
  });

  it('pans when dragged', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    el.zoomTo('2018-06', '2019-03');
    await settle(el);
    const before = el.view.start.getTime();
    const box = plotSvg(el).getBoundingClientRect();
    const y = Math.round(box.top + box.height - 10);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 500), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 300), y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    // Dragged 200 px to the left: the view moves later by 200 px worth of time.
    const span = el.view.end.getTime() - el.view.start.getTime();
    expect(el.view.start.getTime() - before).to.be.closeTo((200 / box.width) * span, span * 0.02);
  });

  it('zooms in, out and fits with the toolbar, firing ct-view-change', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    const button = (part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
    const span = () => el.view.end.getTime() - el.view.start.getTime();
    const full = span();
    const changing = oneEvent(el, 'ct-view-change');
    button('zoom-in').click();
    const change = await changing;
    expect(change.detail.end.getTime() - change.detail.start.getTime()).to.be.closeTo(full / 2, 1000);
    await settle(el);
    button('zoom-in').click();
    await settle(el);
    expect(span()).to.be.closeTo(full / 4, 1000);
    button('zoom-out').click();
    await settle(el);
    expect(span()).to.be.closeTo(full / 2, 1000);
    button('fit').click();
    await settle(el);
    expect(span()).to.be.closeTo(full, 1000);
  });

  it('zoomTo shows the requested window and bounds the zoom', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    el.zoomTo('2019-02-10', '2019-02-16');
    await settle(el);
    expect(el.view.start.getTime()).to.be.closeTo(Date.UTC(2019, 1, 10), 1000);
    expect(el.view.end.getTime()).to.be.closeTo(Date.UTC(2019, 1, 17) - 1, 1000);
    el.zoomTo(new Date(Date.UTC(2019, 1, 11, 12)), new Date(Date.UTC(2019, 1, 11, 12, 1)));
    await settle(el);
    expect(el.view.end.getTime() - el.view.start.getTime()).to.be.at.least(60 * 60 * 1000 - 1);
    el.zoomTo('1900', '2100');
    await settle(el);
    expect(el.view.start.getTime()).to.be.greaterThan(Date.UTC(2010, 0, 1));
  });

  it('starts at view-start/view-end when given', async () => {
    const el = await timelineFixture(idlib2019.events, { width: 800, attributes: { 'view-start': '2018-09', 'view-end': '2019-02' } });
    expect(el.view.start.toISOString().slice(0, 10)).to.equal('2018-09-01');
    expect(el.view.end.toISOString().slice(0, 10)).to.equal('2019-02-28');
  });

  it('follows its container when resized, and stops observing once removed', async () => {
    const el = await timelineFixture(idlib2019.events, { ...LINEAR, width: 600 });
    const wrapper = el.parentElement!;
    const plotWidth = () => el.shadowRoot!.querySelector<HTMLElement>('.plot')!.clientWidth;
    /** The width inside the host's borders and padding, as laid out: what the plot has to fill. */
    const room = () => {
      const style = getComputedStyle(el);
      return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    };
    expect(plotWidth()).to.equal(room());
    expect(plotSvg(el).getAttribute('width')).to.equal(String(plotWidth()));
    const first = plotWidth();
    wrapper.style.width = '900px';
    await settle(el);
    expect(plotWidth(), 'grown with its container').to.equal(first + 300);
    expect(plotWidth()).to.equal(room());
    expect(plotSvg(el).getAttribute('width')).to.equal(String(plotWidth()));
    const host = wrapper.parentElement!;
    wrapper.remove();
    wrapper.style.width = '700px';
    host.append(wrapper);
    await settle(el);
    expect(plotSvg(el).getAttribute('width')).to.equal(String(first + 100));
    expect(plotSvg(el).getAttribute('width')).to.equal(String(room()));
  });
});
