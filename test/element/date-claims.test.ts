import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const EVENTS = [
  {
    id: 'strike',
    title: 'Strike on the market',
    dates: [
      { date: '2018-09-17', source: { name: 'TASS', url: 'https://tass.example/strike' } },
      { date: '2018-09-18', source: 'Anadolu', note: 'citing <b>local officials</b>' },
    ],
  },
  { id: 'plain', start: '2018-09-25', title: 'Plain' },
];

const details = (el: ConflictTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part~="details"]')!;

async function opened(el: ConflictTimeline, id: string): Promise<HTMLElement> {
  expect(el.select(id)).to.equal(true);
  await settle(el);
  return details(el);
}

describe('<conflict-timeline> dates the sources disagree on', () => {
  it('names the date as one of two, and lists who gives which', async () => {
    const el = await timelineFixture(EVENTS);
    const panel = await opened(el, 'strike');
    expect(panel.querySelector('[part="details-date"]')!.textContent).to.equal('17 or 18 September 2018');
    const lines = [...panel.querySelectorAll('[part="details-date-claims"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.deep.equal(['17 September 2018 (TASS)', '18 September 2018 (Anadolu) — citing <b>local officials</b>']);
    const link = panel.querySelector<HTMLAnchorElement>('[part="details-date-claims"] a')!;
    expect(link.href).to.equal('https://tass.example/strike');
    expect(link.textContent).to.equal('TASS');
    // A note is text: no element was made of it.
    expect(panel.querySelector('[part="details-date-claims"] b')).to.equal(null);
    expect([...panel.querySelectorAll('dt')].map((dt) => dt.textContent)).to.include('Dates given');
  });

  it('an event without claims has no such list', async () => {
    const el = await timelineFixture(EVENTS);
    const panel = await opened(el, 'plain');
    expect(panel.querySelector('[part="details-date-claims"]')).to.equal(null);
  });

  it('in Turkish, the dates and the heading are in the element\'s language', async () => {
    const el = await timelineFixture(EVENTS, { locale: 'tr' });
    const panel = await opened(el, 'strike');
    expect(panel.querySelector('[part="details-date"]')!.textContent).to.equal('17 veya 18 Eylül 2018');
    expect([...panel.querySelectorAll('dt')].map((dt) => dt.textContent)).to.include('Kaynaklara göre tarihler');
    expect(panel.querySelector('[part="details-date-claims"] li')!.textContent).to.contain('17 Eylül 2018');
  });
});
