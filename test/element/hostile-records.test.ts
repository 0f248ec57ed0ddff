/**
 * Issue 10: records a page hands the element and then works against. What was given is what is
 * counted (item 6), and a rejection never keeps more of a huge value than its reason needs (item 8).
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { drawnEventIds, nextTask, setEvents, watchEscapes } from './data-support.js';

const GIVEN = 20_000;

function manyRecords(count = GIVEN): Array<{ id: string; start: string; title: string }> {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    start: new Date(Date.UTC(2011, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    title: `Event ${i}`,
  }));
}

describe('<conflict-timeline> records the page changes or guards', () => {
  it('counts the records given when they were given: emptying the array on the next turn loses none', async () => {
    const el = await timelineFixture();
    const records = manyRecords();
    const fired = oneEvent(el, 'ct-diagnostics');
    el.events = records;
    setTimeout(() => (records.length = 0));
    const { detail } = (await fired) as CustomEvent<DiagnosticsDetail>;
    await settle(el);
    expect(detail.accepted + detail.rejected.length).to.equal(GIVEN);
    expect(detail.accepted).to.equal(GIVEN);
    expect(el.view.start.getTime()).to.be.below(Date.UTC(2011, 0, 1));
    expect(el.view.end.getTime()).to.be.above(Date.UTC(2011, 0, 1) + (GIVEN - 1) * 86_400_000);
  });

  it('an array whose length or elements throw when read ends as rejections, and the element carries on', async () => {
    const watch = watchEscapes();
    try {
      const el = await timelineFixture();
      const noLength = new Proxy(manyRecords(), {
        get(target, key, receiver) {
          if (key === 'length') throw new Error('no length');
          return Reflect.get(target, key, receiver);
        },
      });
      const lengthDetail = await setEvents(el, noLength);
      expect(lengthDetail.accepted).to.equal(0);
      expect(lengthDetail.rejected.map((r) => r.reason)).to.deep.equal(['record 0: the records could not be read (no length)']);

      const someUnreadable = new Proxy(manyRecords(), {
        get(target, key, receiver) {
          if (key === '3' || key === '12000') throw new Error(`no ${String(key)}`);
          return Reflect.get(target, key, receiver);
        },
      });
      const detail = await setEvents(el, someUnreadable);
      expect(detail.accepted).to.equal(GIVEN - 2);
      expect(detail.rejected.map((r) => r.index)).to.deep.equal([3, 12000]);

      const valid = await setEvents(el, [{ id: 'after', start: '2019-02-14', title: 'Sochi summit' }]);
      expect(valid.accepted).to.equal(1);
      expect(drawnEventIds(el)).to.deep.equal(['after']);
      await nextTask();
      expect(watch.escaped).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('20,000 rejected records sharing one 600 KB title object: the load ends, each reason short, each record the page’s own', async () => {
    const el = await timelineFixture();
    const title = { text: 'x'.repeat(600_000) };
    const records = Array.from({ length: GIVEN }, (_, i) => ({ id: `r${i}`, start: '2019-02-14', title }));
    const detail = await setEvents(el, [...records, { id: 'ok', start: '2019-02-14', title: 'Sochi summit' }]);
    expect(detail.accepted).to.equal(1);
    expect(detail.rejected).to.have.length(GIVEN);
    expect(Math.max(...detail.rejected.map((r) => r.reason.length))).to.be.at.most(200);
    expect(detail.rejected[GIVEN - 1]!.record).to.equal(records[GIVEN - 1]);
    expect(drawnEventIds(el)).to.deep.equal(['ok']);
  });

  it('a year given as a number is drawn where it says (1970) with a warning; bidi controls in a reason are escapes', async () => {
    const el = await timelineFixture();
    const detail = await setEvents(el, [
      { id: 'year', start: 2019, title: 'Meant as 2019' },
      { id: 'spoof', start: 'photo\u202egpj.exe', title: 'Spoofed' },
    ]);
    expect(detail.accepted).to.equal(1);
    expect(detail.warnings.map((w) => w.reason)).to.deep.equal([
      'record 0: start 2019 is a number, so it is read as milliseconds since 1970 (1970-01-01T00:00:02.019Z); did you mean "2019"?',
    ]);
    expect(el.view.start.getTime()).to.be.below(2019);
    expect(el.view.end.getTime()).to.be.above(2019);
    const reason = detail.rejected[0]!.reason;
    expect(reason).to.match(/^record 1: start 'photo\\u202egpj\.exe' is not a date/);
    expect(reason).to.not.match(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
  });
});
