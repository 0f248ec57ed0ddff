/**
 * Every record accounted for, at the element: `ct-diagnostics`
 * after every load, whatever the way in; a notice naming what was left out;
 * valid records drawn anyway; nothing thrown out of the element.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { drawnEventIds, nextTask, notice, noticeText, setEvents, setSrc, shadow, watchEscapes } from './data-support.js';

const VALID = [
  { id: 'protests', start: '2011-03', title: 'Protests begin', actors: ['Protesters'] },
  { id: 'zone', start: '2017-23', title: 'De-escalation zone agreed', actors: 'Russia; Turkey; Iran' },
  { id: 'sochi', start: '2018-09-17', title: 'Sochi memorandum', actors: ['Russia', 'Turkey'] },
  { id: 'ankara', start: '2019-02-11', title: 'Shoigu and Akar meet in Ankara' },
  { id: 'summit', start: '2019-02-14', title: 'Sochi summit', sources: ['TRT World'] },
  { id: 'span', start: '2018-09', end: '2019-02', title: 'Demilitarized zone in force' },
];
const NO_DATE = { id: 'bad-date', start: 'last fall', title: 'Needs a date' };
const NO_TITLE = { id: 'bad-title', start: '2019-02-11' };
/** 8 records: the invalid ones at indexes 2 and 5. */
const MIXED: readonly unknown[] = [VALID[0], VALID[1], NO_DATE, VALID[2], VALID[3], NO_TITLE, VALID[4], VALID[5]];

function expectAccounting(detail: DiagnosticsDetail, given: number): void {
  expect(detail.accepted + detail.rejected.length, 'accepted + rejected').to.equal(given);
  const indexes = detail.rejected.map((r) => r.index);
  expect(new Set(indexes).size, 'each rejected index once').to.equal(indexes.length);
  for (const r of detail.rejected) {
    expect(r.index).to.be.within(0, given - 1);
    expect(r.reason).to.be.a('string').and.not.equal('');
  }
}

describe('<conflict-timeline> ct-diagnostics and the notice', () => {
  it('accounts for every record set as `events`, with index, record and reason', async () => {
    const el = await timelineFixture();
    const detail = await setEvents(el, MIXED);
    expectAccounting(detail, 8);
    expect(detail.origin).to.equal('events');
    expect(detail.accepted).to.equal(6);
    expect(detail.rejected.map((r) => r.index)).to.deep.equal([2, 5]);
    // The record itself, not a copy, so a page can point at the row it came from.
    expect(detail.rejected[0]!.record).to.equal(NO_DATE);
    expect(detail.rejected[1]!.record).to.equal(NO_TITLE);
    expect(detail.rejected[0]!.reason).to.match(/^record 2: .*last fall/);
    expect(detail.rejected[1]!.reason).to.match(/^record 5: .*title/);
    // The six valid records are drawn all the same.
    expect(drawnEventIds(el)).to.have.members(VALID.map((e) => e.id));
  });

  it('shows a dismissable notice that names how many records were left out, and why', async () => {
    const el = await timelineFixture();
    const detail = await setEvents(el, MIXED);
    const box = notice(el)!;
    expect(box).to.exist;
    const summary = box.querySelector('summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2 of 8 records could not be shown — details');
    const reasons = [...box.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(reasons).to.deep.equal(detail.rejected.map((r) => r.reason));
    // A status, not an alert: a partial load is news, not an emergency.
    expect(box.getAttribute('role')).to.equal('status');

    const dismiss = box.querySelector<HTMLButtonElement>('button[part~="dismiss"]')!;
    expect(dismiss.textContent!.trim()).to.equal('Dismiss');
    dismiss.click();
    await settle(el);
    expect(noticeText(el)).to.equal(null);
    expect(drawnEventIds(el)).to.have.length(6);

    // The next load with rejections brings the notice back; a clean load leaves none.
    await setEvents(el, [...MIXED, { start: 'soon', title: 'x' }]);
    expect(notice(el)!.querySelector('summary')!.textContent).to.contain('3 of 9 records could not be shown');
    await setEvents(el, VALID);
    expect(noticeText(el)).to.equal(null);
  });

  it('fires after every load, each with its own accounting', async () => {
    const el = await timelineFixture();
    const first = await setEvents(el, VALID);
    expect(first).to.include({ accepted: 6, origin: 'events' });
    expect(first.rejected).to.deep.equal([]);
    const second = await setEvents(el, [NO_TITLE]);
    expect(second.accepted).to.equal(0);
    expect(second.rejected).to.have.length(1);
    expect(drawnEventIds(el)).to.deep.equal([]);
    const third = await setEvents(el, []);
    expect(third.accepted).to.equal(0);
    expect(third.rejected).to.deep.equal([]);
  });

  it('reports warnings for records it had to change, without rejecting them', async () => {
    const el = await timelineFixture();
    const detail = await setEvents(el, [
      { id: 'same', start: '2019-02-11', title: 'One' },
      { id: 'same', start: '2019-02-14', title: 'Two', url: 'javascript:alert(1)' },
    ]);
    expect(detail.accepted).to.equal(2);
    expect(detail.rejected).to.deep.equal([]);
    expect(detail.warnings.map((w) => w.index)).to.include(1);
    expect(detail.warnings.map((w) => w.reason).join('\n')).to.match(/javascript:alert\(1\)/);
    expect(new Set(drawnEventIds(el)).size).to.equal(2);
  });

  it('accounts for every row of a `src` file', async () => {
    const el = await timelineFixture();
    const csv = [
      'start,end,title,actors',
      '2018-09-17,,Sochi memorandum,Russia;Turkey',
      'not a date,,Bad row,',
      '2019-02-14,,Sochi summit,Russia;Turkey;Iran',
      '2019-02-11,,,',
    ].join('\n');
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    try {
      const detail = await setSrc(el, url);
      expectAccounting(detail, 4);
      expect(detail.origin).to.equal('src');
      expect(detail.accepted).to.equal(2);
      expect(detail.rejected.map((r) => r.index)).to.deep.equal([1, 3]);
      expect(drawnEventIds(el)).to.have.length(2);
      expect(notice(el)!.textContent).to.contain('2 of 4 records could not be shown');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('accounts for every item of a light-DOM list', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('conflict-timeline');
    el.innerHTML = `<ol>
      <li data-id="a"><time datetime="2019-02-11">on Monday</time> Ankara meeting</li>
      <li data-id="b">No date at all</li>
      <li data-id="c"><time datetime="2019-02-14">14 February</time> Sochi summit</li>
      <li data-id="d"><time datetime="whenever">some day</time> Vague</li>
    </ol>`;
    const fired = oneEvent(el, 'ct-diagnostics');
    wrapper.append(el);
    const detail: DiagnosticsDetail = (await fired).detail;
    await settle(el);
    expectAccounting(detail, 4);
    expect(detail.origin).to.equal('list');
    expect(detail.accepted).to.equal(2);
    expect(detail.rejected.map((r) => r.index)).to.deep.equal([1, 3]);
    expect(drawnEventIds(el)).to.have.members(['a', 'c']);
    expect(notice(el)!.textContent).to.contain('2 of 4 records could not be shown');
  });

  describe('input no reader expects', () => {
    const cyclic: Record<string, unknown> = { start: '2019-02-11', title: 'Cyclic' };
    cyclic['self'] = cyclic;
    const throwingGetter = {
      get start(): string {
        throw new Error('getter says no');
      },
      title: 'Throws',
    };
    const throwsNonError = {
      get title(): string {
        // Not an Error, and not even convertible to text: String() of it throws too.
        throw Object.create(null);
      },
      start: '2019-02-11',
    };
    const hostileProxy = new Proxy(
      {},
      {
        get() {
          throw new Error('proxy get');
        },
        has() {
          throw new Error('proxy has');
        },
        ownKeys() {
          throw new Error('proxy ownKeys');
        },
        getOwnPropertyDescriptor() {
          throw new Error('proxy descriptor');
        },
        getPrototypeOf() {
          throw new Error('proxy prototype');
        },
      },
    );
    const cases: Array<[string, unknown[]]> = [
      ['primitives, null and nested arrays', [null, undefined, 0, NaN, -Infinity, '', 'text', true, [], [[]], 10n, Symbol('s')]],
      ['functions and class instances', [() => 1, new Date(0), new Map(), /re/, new Error('e'), Object.create(null)]],
      ['records with the wrong types', [{ start: {}, title: {} }, { start: [], title: [] }, { start: true, title: 1 }, { start: 1e300, title: 'huge' }]],
      ['dates out of range', [{ start: 8.64e15 + 1, title: 'past max' }, { start: -8.64e15 - 1, title: 'before min' }, { start: new Date(NaN), title: 'invalid Date' }]],
      ['a cyclic record', [cyclic]],
      ['a record whose getter throws', [throwingGetter, VALID[0]]],
      ['a record whose getter throws a non-Error', [throwsNonError, VALID[0]]],
      ['a proxy that throws on every trap', [hostileProxy, VALID[1]]],
      ['a sparse array', Object.assign(new Array(3), { 1: VALID[2] })],
    ];
    for (const [name, records] of cases) {
      it(`survives ${name}, and accounts for every record`, async () => {
        const el = await timelineFixture();
        const watch = watchEscapes();
        try {
          const detail = await setEvents(el, records);
          await nextTask();
          expectAccounting(detail, records.length);
          const validOnes = records.filter((r) => VALID.includes(r as (typeof VALID)[number])).length;
          expect(detail.accepted).to.be.at.least(validOnes);
          expect(drawnEventIds(el)).to.have.length(detail.accepted);
          expect(watch.escaped).to.deep.equal([]);
        } finally {
          watch.stop();
        }
      });
    }

    it('treats a non-array `events` value as one record rather than throwing', async () => {
      const el = await timelineFixture();
      const watch = watchEscapes();
      try {
        const asRecords = el as unknown as { events: unknown };
        for (const value of [42, 'not a list', { start: '2019-02-11', title: 'Lone object' }]) {
          const fired = oneEvent(el, 'ct-diagnostics');
          asRecords.events = value;
          const { detail } = await fired;
          await settle(el);
          expectAccounting(detail, 1);
        }
        expect(drawnEventIds(el)).to.have.length(1);
        await nextTask();
        expect(watch.escaped).to.deep.equal([]);
      } finally {
        watch.stop();
      }
    });

    it('survives an events array whose elements cannot be read', async () => {
      const el = await timelineFixture();
      const watch = watchEscapes();
      try {
        const records: unknown[] = [VALID[0], undefined, VALID[1]];
        Object.defineProperty(records, 1, {
          get() {
            throw new Error('index getter says no');
          },
        });
        const detail = await setEvents(el, records);
        await nextTask();
        expectAccounting(detail, 3);
        expect(detail.accepted).to.equal(2);
        expect(detail.rejected[0]!.index).to.equal(1);
        expect(drawnEventIds(el)).to.have.members(['protests', 'zone']);
        expect(watch.escaped).to.deep.equal([]);
      } finally {
        watch.stop();
      }
    });
  });

  it('a date beyond what a JS Date holds does not blank the other events', async () => {
    // EDTF long years are valid input (TimelineJS's own examples have "The Big Bang"), but the
    // time scales work in Dates (±8.64e15 ms); such an event must be rejected or drawn, never take the rest down.
    const el = await timelineFixture();
    const detail = await setEvents(el, [VALID[2], { id: 'big-bang', start: 'Y-13800000000', title: 'The Big Bang' }, VALID[3]]);
    expectAccounting(detail, 3);
    expect(Number.isFinite(el.view.start.getTime()) && Number.isFinite(el.view.end.getTime()), 'the view is a real time').to.equal(true);
    expect(drawnEventIds(el)).to.include.members(['sochi', 'ankara']);
    expect(drawnEventIds(el)).to.have.length(detail.accepted);
  });

  it('the notice text is the reason, as text', async () => {
    const el = await timelineFixture();
    await setEvents(el, [{ start: '<img src=x onerror="window.__xss=true">', title: 'x' }]);
    const li = notice(el)!.querySelector('li')!;
    expect(li.children.length).to.equal(0);
    expect(li.textContent).to.contain('<img src=x');
    expect(shadow(el).querySelector('img')).to.equal(null);
  });
});

describe('<conflict-timeline> notice for many rejections', () => {
  it('lists the first 100 reasons and counts the rest, while ct-diagnostics carries them all', async () => {
    const bad = Array.from({ length: 250 }, (_, i) => ({ start: 'not a date', title: `Bad ${i}` }));
    const el = await timelineFixture([{ start: '2019-02-14', title: 'Sochi summit' }]);
    const reported = new Promise<CustomEvent>((r) => el.addEventListener('ct-diagnostics', (e) => r(e as CustomEvent), { once: true }));
    el.events = [{ start: '2019-02-14', title: 'Sochi summit' }, ...bad];
    const detail = (await reported).detail;
    await el.renderComplete;
    expect(detail.rejected).to.have.length(250);
    const items = [...el.shadowRoot!.querySelectorAll('[part~="notice"] li')].map((li) => li.textContent!.trim());
    expect(items).to.have.length(101);
    expect(items[0]).to.contain('record 1:');
    expect(items[100]).to.equal('… and 150 more');
  });

  it('shows an event\'s kind in the details', async () => {
    const el = await timelineFixture([{ id: 'x', start: '2019-02-14', title: 'Sochi summit', category: 'Summit' }]);
    el.select('x');
    await settle(el);
    const panel = el.shadowRoot!.querySelector('[part~="details"]')!;
    const pairs = [...panel.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(pairs).to.include('Kind: Summit');
  });
});
