import { expect, oneEvent } from '@open-wc/testing';
import { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { hourlyRecords } from '../support/hourly-records.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const records = hourlyRecords;

describe('<conflict-timeline> large loads', () => {
  afterEach(() => (ConflictTimeline.progressDelayMs = 500));

  it('gives the page turns while it validates 30,000 records, and accounts for all of them', async () => {
    const el = await timelineFixture();
    let loaded = false;
    let turnsDuringLoad = 0;
    el.addEventListener('ct-diagnostics', () => (loaded = true), { once: true });
    // Zero timeouts count the macrotask turns the page gets during the load: the count is the point.
    const tick = () => {
      if (loaded) return;
      turnsDuringLoad += 1;
      setTimeout(tick, 0);
    };
    el.events = records(30_000);
    setTimeout(tick, 0);
    await settle(el);
    expect(loaded).to.equal(true);
    // Timers ran while the load was under way: the main thread was not held for the whole load.
    expect(turnsDuringLoad).to.be.greaterThan(1);
    const marks = el.shadowRoot!.querySelectorAll('g.mark[role="button"]').length;
    const clustered = [...el.shadowRoot!.querySelectorAll('g.cluster')].length;
    expect(marks + clustered).to.be.greaterThan(0);
  });

  it('resolves renderComplete only once a large load is drawn', async () => {
    const el = await timelineFixture();
    el.events = records(30_000);
    await el.renderComplete;
    const drawn = el.shadowRoot!.querySelectorAll('g.mark, g.cluster').length;
    expect(drawn).to.be.greaterThan(0);
    expect(el.view.start.getTime()).to.be.lessThan(Date.UTC(2011, 0, 1));
  });

  it('shows its progress when a load takes long enough', async () => {
    ConflictTimeline.progressDelayMs = 0;
    const el = await timelineFixture();
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const notice = el.shadowRoot!.querySelector('[part~="notice"] progress');
      if (notice) seen.push(notice.getAttribute('value')!);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    el.events = records(20_000);
    await settle(el);
    observer.disconnect();
    expect(seen.length).to.be.greaterThan(0);
    expect(Number(seen[0])).to.be.within(0, 100);
    expect(el.shadowRoot!.querySelector('[part~="notice"] progress'), 'gone once loaded').to.equal(null);
  });

  it('lets a newer load win over a large one still being read', async () => {
    const el = await timelineFixture();
    // A control timeline reads the same large load from the same turn on. Slices take turns, the
    // replaced load's first, so once the control has its data the replaced load would have had its
    // own too, had it gone on.
    const control = await timelineFixture();
    const controlLoaded = oneEvent(control, 'ct-diagnostics');
    el.events = records(30_000, 'old');
    control.events = records(30_000, 'old');
    // One macrotask turn: the first slice has been read and the rest wait (the count of turns is the point).
    await new Promise((r) => setTimeout(r, 0));
    el.events = [{ id: 'new', start: '2019-02-14', title: 'Sochi summit' }];
    await settle(el);
    expect((await controlLoaded).detail.accepted, 'the control read the whole load').to.equal(30_000);
    await settle(el);
    const ids = [...el.shadowRoot!.querySelectorAll('g.mark[role="button"]')].map((m) => m.getAttribute('data-event'));
    expect(ids).to.deep.equal(['new']);
  });
});
