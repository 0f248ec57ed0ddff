import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

/** Ids a page may well send: a NUL, the lane separator the plot uses inside, quotes, brackets, a backslash. */
const EVENTS = [
  { id: 'a\u0000b', start: '2019-01-10', title: 'NUL inside', actors: ['Russia'] },
  { id: 'x', start: '2019-01-20', title: 'Two lanes', actors: ['Turkey', 'Russia'] },
  { id: 'x\u0000Russia', start: '2019-02-01', title: 'Looks like a copy of x', actors: ['Russia'] },
  { id: '"]\\', start: '2019-02-10', title: 'Quote, bracket, backslash', actors: ['Turkey'] },
];
const order = validateEvents(EVENTS).events.map((e) => e.id);

const focusedId = (el: ConflictTimeline) => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-event') ?? null;

describe('<conflict-timeline> with ids built to break selectors', () => {
  it('steps through every event by keyboard, focus on each one\'s own mark, without zooming', async () => {
    const el = await timelineFixture(EVENTS);
    expect(order).to.have.length(4);
    const view = el.view;
    el.select(order[0]!);
    await settle(el);
    el.select(null);
    await settle(el);
    const first = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark[role="button"]')].find((m) => m.getAttribute('data-event') === order[0]);
    first!.focus();
    for (let i = 1; i < order.length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focusedId(el), `step ${i}`).to.equal(order[i]);
      expect(el.shadowRoot!.activeElement!.getAttribute('role'), 'the focusable primary mark').to.equal('button');
    }
    expect(el.view).to.deep.equal(view);
  });

  it('closing the details in the table returns focus to the row of an id with a NUL', async () => {
    const el = await timelineFixture(EVENTS);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await settle(el);
    const row = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.row-title')].find((b) => b.dataset['id'] === 'a\u0000b')!;
    row.click();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(row);
  });
});
