import { expect, oneEvent } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { DiagnosticsDetail, LoadErrorDetail } from '../../src/element/timeline-events.js';
import { timelineFixture } from '../support/timeline-fixture.js';
import { drawnEventIds, notice, setSrc } from './data-support.js';

const FIXTURES = '/test/data/fixtures';
/** A server that takes 10 s to answer: far beyond the limits set below. */
const SLOW = `/__slow?ms=10000&file=${FIXTURES}/events.json`;

const button = (el: ConflictTimeline, part: string) => notice(el)?.querySelector<HTMLButtonElement>(`button[part~="${part}"]`) ?? null;

describe('<conflict-timeline> a src that does not answer', () => {
  it('fails after the time limit, with the alert and retry of any failed load, keeping what was shown', async () => {
    const el = await timelineFixture();
    await setSrc(el, `${FIXTURES}/events.json`);
    const before = drawnEventIds(el);
    el.loadTimeout = 300;
    const failed = oneEvent(el, 'ct-load-error');
    el.src = SLOW;
    const detail: LoadErrorDetail = (await failed).detail;
    expect(detail.url).to.equal(SLOW);
    expect(detail.message).to.equal('no answer within 0.3 s');
    await el.renderComplete;
    expect(notice(el)!.getAttribute('role')).to.equal('alert');
    expect(notice(el)!.textContent).to.contain('The events could not be loaded');
    expect(button(el, 'retry')).to.not.equal(null);
    expect(drawnEventIds(el)).to.deep.equal(before);
  });

  it('says the limit in seconds, in the element\'s language', async () => {
    const el = await timelineFixture();
    el.locale = 'de';
    el.loadTimeout = 1_500;
    const failed = oneEvent(el, 'ct-load-error');
    el.src = SLOW;
    expect((await failed).detail.message).to.equal('no answer within 1.5 s');
    await el.renderComplete;
    expect(notice(el)!.getAttribute('lang')).to.equal('de');
    expect(notice(el)!.textContent).to.contain('keine Antwort innerhalb von 1,5 Sekunden');
  });

  it('offers Cancel while loading: it stops the load, keeps what was shown, and Try again loads', async () => {
    const el = await timelineFixture();
    await setSrc(el, `${FIXTURES}/events.json`);
    const before = drawnEventIds(el);
    let errors = 0;
    el.addEventListener('ct-load-error', () => errors++);
    el.src = `/__slow?ms=1500&file=/demo/samples/acled-sample.csv`;
    await el.updateComplete;
    const cancel = button(el, 'cancel');
    expect(cancel?.textContent?.trim()).to.equal('Cancel');
    cancel!.click();
    await el.renderComplete;
    expect(notice(el)!.getAttribute('role')).to.equal('status');
    expect(notice(el)!.textContent).to.contain('Loading was cancelled');
    expect(drawnEventIds(el)).to.deep.equal(before);
    expect(errors, 'a cancel is not an error').to.equal(0);

    const loaded = oneEvent(el, 'ct-diagnostics');
    button(el, 'retry')!.click();
    const diagnostics: DiagnosticsDetail = (await loaded).detail;
    expect(diagnostics.accepted).to.equal(20);
    await el.renderComplete;
    expect(notice(el), 'no notice once loaded').to.equal(null);
  });
});
