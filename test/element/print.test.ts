// Printing: the plot of the current view without its controls, black on white in either theme,
// then the events in view with their dates in words and their sources' addresses.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

function part(el: ConflictTimeline, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function printedItems(el: ConflictTimeline): HTMLLIElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.print-list li')];
}

/** Prints as a browser does: print media, then `beforeprint`. */
async function startPrinting(el: ConflictTimeline): Promise<void> {
  await emulateMedia({ media: 'print' });
  window.dispatchEvent(new Event('beforeprint'));
  await settle(el);
}

describe('<conflict-timeline> printed', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('draws no printed list on screen', async () => {
    const el = await timelineFixture(idlib2019.events);
    expect(el.shadowRoot!.querySelector('.print-list')).to.equal(null);
  });

  it('hides the toolbar, the filters and the lane toggles, and keeps the plot and its lanes', async () => {
    const el = await timelineFixture(idlib2019.events, { attributes: { 'max-lanes': '2' } });
    // The filters bar is shown, so that print has to hide it.
    part(el, '[part~="filter-toggle"]').click();
    await settle(el);
    expect(getComputedStyle(part(el, '[part~="filters"]')).display).to.not.equal('none');
    expect(el.shadowRoot!.querySelectorAll('.lane-toggle').length).to.be.greaterThan(0);
    await startPrinting(el);
    for (const selector of ['[part~="toolbar"]', '[part~="filters"]', '.lane-toggle', '[part~="wheel-hint"]', '.tooltip-anchor, [part~="tooltip"]']) {
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>(selector)) {
        expect(getComputedStyle(node).display, selector).to.equal('none');
      }
    }
    const plot = part(el, '.plot');
    expect(getComputedStyle(plot).overflow).to.equal('visible');
    expect(getComputedStyle(part(el, '.plot-frame')).maxHeight).to.equal('none');
    // Full width: the drawing fills the plot's box.
    expect(part(el, 'svg.plot-svg').getBoundingClientRect().width).to.be.closeTo(plot.getBoundingClientRect().width, 1);
    expect(el.shadowRoot!.querySelectorAll('g.mark').length).to.be.greaterThan(0);
  });

  it('lists every event in the zoomed view, and only those, with dates in words and source addresses', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.zoomTo('2018-06', '2019-01-31');
    await settle(el);
    await startPrinting(el);
    const items = printedItems(el);
    expect(items.map((li) => li.dataset['id'])).to.deep.equal(['sochi-memorandum-2018', 'hts-expansion-2019', 'lavrov-demilitarized-zone-2019']);
    expect(items.length).to.be.lessThan(idlib2019.events.length);
    for (const li of items) {
      const event = idlib2019.events.find((e) => e.id === li.dataset['id'])!;
      const text = li.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain(event.title);
      expect(li.querySelector('.print-when')!.textContent!.trim()).to.match(/20\d\d/);
      for (const source of event.sources ?? []) {
        if (typeof source === 'object' && source.url) expect(text).to.contain(source.url);
      }
    }
    expect(items[0]!.querySelector('.print-when')!.textContent).to.contain('17 September 2018');
  });

  it('lists the same events as the table of that view', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.zoomTo('2017-01', '2019-02-12');
    await settle(el);
    part(el, '[part~="table-toggle"]').click();
    await settle(el);
    const tableIds = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button.row-title')].map((b) => b.dataset['id']);
    const tableDates = [...el.shadowRoot!.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent!.trim());
    await startPrinting(el);
    const items = printedItems(el);
    expect(items.map((li) => li.dataset['id'])).to.deep.equal(tableIds);
    expect(items.map((li) => li.querySelector('.print-when')!.textContent!.trim())).to.deep.equal(tableDates);
    expect(getComputedStyle(part(el, '.table-wrap')).display).to.equal('none');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`prints black on white in the ${theme} theme, whatever the reader prefers`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await timelineFixture(idlib2019.events, { attributes: { theme } });
      await startPrinting(el);
      const style = getComputedStyle(el);
      expect(style.color).to.equal(BLACK);
      expect(style.backgroundColor).to.equal(WHITE);
      const list = part(el, '.print-list');
      expect(getComputedStyle(list).display).to.equal('block');
      expect(getComputedStyle(list).color).to.equal(BLACK);
      const label = el.shadowRoot!.querySelector<SVGTextElement>('g.mark text.label')!;
      expect(getComputedStyle(label).fill).to.equal(BLACK);
      const laneLabel = el.shadowRoot!.querySelector<SVGTextElement>('.lane-label')!;
      expect(getComputedStyle(laneLabel).fill).to.equal(BLACK);
    });
  }

  it('drops the list after printing', async () => {
    const el = await timelineFixture(idlib2019.events);
    await startPrinting(el);
    expect(printedItems(el).length).to.equal(idlib2019.events.length);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.print-list')).to.equal(null);
  });

  it('follows the print media query without print events', async () => {
    const el = await timelineFixture(idlib2019.events);
    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(printedItems(el).length).to.equal(idlib2019.events.length);
    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('.print-list')).to.equal(null);
  });
});

describe('<conflict-timeline> printed confidence and archives', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('prints an event’s confidence and the address of its source’s archived copy', async () => {
    const el = await timelineFixture([
      {
        id: 'strike',
        start: '2018-09-17',
        title: 'Strike on a market',
        confidence: 'contested',
        sources: [{ name: 'Agency', url: 'https://agency.example/report', archived: 'https://archive.example/agency-report' }],
      },
      { id: 'meeting', start: '2018-09-18', title: 'Meeting', confidence: 'a local word' },
    ]);
    await startPrinting(el);
    const [strike, meeting] = printedItems(el);
    expect(strike!.querySelector('.print-confidence')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Confidence: contested');
    expect(strike!.querySelector('.print-sources')!.textContent).to.contain('<https://archive.example/agency-report>');
    expect(meeting!.querySelector('.print-confidence')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Confidence: a local word');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints the disputed date of the article\'s first event with whose date is which', async () => {
    const el = await timelineFixture(idlib2019.events);
    await startPrinting(el);
    const uprising = printedItems(el).find((li) => li.dataset['id'] === 'syria-uprising-2011')!;
    expect(uprising.querySelector('.print-when')!.textContent).to.equal('15 or 18 March 2011');
    const claims = uprising.querySelector('.print-date-claims')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(claims).to.match(/^Dates given: 15 March 2011 \(Syrian opposition, annual commemoration\) — [^;]+; 18 March 2011 \(Human Rights Watch, [^)]+\) — security forces/);
    // Events on one date print no such line.
    const ankara = printedItems(el).find((li) => li.dataset['id'] === 'shoigu-akar-ankara-2019')!;
    expect(ankara.querySelector('.print-date-claims')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
  });
});
