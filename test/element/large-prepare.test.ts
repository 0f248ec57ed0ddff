import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { PREPARE_IN_TURNS_FROM } from '../../src/element/prepare-controller.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { tabIntoPlot } from '../support/tab-into-plot.js';
import { hourlyRecords } from '../support/hourly-records.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

/** More records than are laid out at once. */
const COUNT = PREPARE_IN_TURNS_FROM + 10_000;
const records = hourlyRecords;

const progressBar = (el: ConflictTimeline) => el.shadowRoot!.querySelector('[part~="notice"] progress');
const drawnIds = (el: ConflictTimeline) => [...el.shadowRoot!.querySelectorAll('.plot g.mark[role="button"]')].map((m) => m.getAttribute('data-event'));
const laneNames = (el: ConflictTimeline) => [...el.shadowRoot!.querySelectorAll('[part~="lane-label"]')].map((n) => n.textContent);

/** Gives the element large data and returns once it is validated and its layout has begun, not ended. */
async function whilePreparing(el: ConflictTimeline, data: readonly unknown[]): Promise<void> {
  const loaded = oneEvent(el, 'ct-diagnostics');
  (el as { events?: unknown }).events = data;
  await loaded;
  await el.updateComplete;
}

describe('<conflict-timeline> large data laid out in turns', () => {
  beforeEach(() => (ConflictTimeline.progressDelayMs = 0));
  afterEach(() => (ConflictTimeline.progressDelayMs = 500));

  it('shows the progress of laying large data out once it is read, and draws it when done', async () => {
    const el = await timelineFixture();
    await whilePreparing(el, records(COUNT));
    // Validation is over (its progress went with it): this bar is the layout's.
    expect(progressBar(el), 'progress while laying out').to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.plot g.mark, .plot g.cluster')).to.have.length(0);
    await settle(el);
    expect(progressBar(el), 'gone once drawn').to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.plot g.mark, .plot g.cluster').length).to.be.greaterThan(0);
    expect(el.view.start.getTime()).to.be.lessThan(Date.UTC(2011, 0, 1));
  });

  it('selects, steps and moves by keyboard through data laid out in turns', async () => {
    const el = await timelineFixture();
    await whilePreparing(el, records(COUNT));
    await settle(el);
    const selected = oneEvent(el, 'ct-select');
    expect(el.select('e15000')).to.equal(true);
    expect(((await selected).detail as TimelineEvent).id).to.equal('e15000');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="details"] h2')?.textContent).to.equal('Event 15000');

    const stepped = oneEvent(el, 'ct-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="next"]')!.click();
    // Records of one day are in input order: the next after e15000 is e15001.
    expect(((await stepped).detail as TimelineEvent).id).to.equal('e15001');
    await settle(el);

    await tabIntoPlot(el);
    await sendKeys({ press: 'End' });
    await settle(el);
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.getAttribute('data-event')).to.equal(`e${COUNT - 1}`);
  });

  it('lets newer data win over large data still being laid out', async () => {
    const el = await timelineFixture();
    // A control lays out the same large data from the same turn on: once it has drawn, the replaced
    // layout would have landed too, had it gone on.
    const control = await timelineFixture();
    await Promise.all([whilePreparing(el, records(COUNT, 'old')), whilePreparing(control, records(COUNT, 'old'))]);
    expect(progressBar(el), 'the large data is being laid out').to.not.equal(null);
    (el as { events?: unknown }).events = [{ id: 'new', start: '2019-02-14', title: 'Sochi summit', actors: ['Turkey'] }];
    await settle(control);
    await settle(el);
    expect(drawnIds(el)).to.deep.equal(['new']);
    expect(laneNames(el)).to.deep.equal(['Turkey']);
    expect(drawnIds(control).length + control.shadowRoot!.querySelectorAll('.plot g.cluster').length).to.be.greaterThan(0);
  });

  it('lets a change of lanes made while large data is laid out win', async () => {
    const el = await timelineFixture();
    await whilePreparing(el, records(COUNT));
    el.lanes = 'none';
    await settle(el);
    expect(laneNames(el)).to.have.length(1);
    el.lanes = 'actor';
    await settle(el);
    expect(laneNames(el)).to.deep.equal(['Actor 0', 'Actor 1', 'Actor 2', 'Actor 3', 'Actor 4']);
  });

  it('lays a filter of large data out in turns, and shows what it keeps', async () => {
    const el = await timelineFixture();
    await whilePreparing(el, records(COUNT));
    await settle(el);
    el.filter = { actors: ['Actor 3'] };
    await el.updateComplete;
    expect(progressBar(el), 'the filter is applied in turns').to.not.equal(null);
    await settle(el);
    expect(laneNames(el)).to.deep.equal(['Actor 3']);
    expect(el.select('e3')).to.equal(true);
    expect(el.select('e4'), 'filtered out').to.equal(false);
  });
});
