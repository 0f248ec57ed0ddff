import { expect, oneEvent } from '@open-wc/testing';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import { EN_UI } from '../../src/element/ui-strings.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const details = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="details"]');

describe('<conflict-timeline> selection', () => {
  it('shows the details of a clicked event and fires ct-select', async () => {
    const el = await timelineFixture(idlib2019.events);
    const mark = el.shadowRoot!.querySelector<SVGGElement>('g.mark[data-key="sochi-memorandum-2018"]')!;
    const selecting = oneEvent(el, 'ct-select');
    mark.querySelector('.hit')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const selected = await selecting;
    expect(selected.detail?.id).to.equal('sochi-memorandum-2018');
    await settle(el);
    const panel = details(el)!;
    expect(panel.querySelector('h2')!.textContent).to.equal('Sochi memorandum: Idlib demilitarized zone');
    expect(panel.querySelector('[part="details-date"]')!.textContent).to.equal('17 September 2018');
    expect(panel.textContent).to.contain('“the September deal … last fall”');
    expect(panel.textContent).to.contain('Russia, Turkey');
    expect(panel.textContent).to.contain('TRT World');
    expect(mark.getAttribute('aria-pressed')).to.equal('true');
  });

  it('select(id) does the same from code, and speaks a span and an approximate month with their precision', async () => {
    const el = await timelineFixture(idlib2019.events);
    expect(el.select('idlib-de-escalation-zone-2017')).to.equal(true);
    await settle(el);
    expect(details(el)!.querySelector('[part="details-date"]')!.textContent).to.equal('14 September 2017 – 15 September 2017');
    // The article has no words for this date, so the panel quotes none; the note says why.
    expect([...details(el)!.querySelectorAll('dt')].map((term) => term.textContent)).not.to.include(EN_UI.sourceSays);
    expect(details(el)!.textContent).to.contain('"last fall"');
    expect(el.select('hts-expansion-2019')).to.equal(true);
    await settle(el);
    expect(details(el)!.querySelector('[part="details-date"]')!.textContent).to.equal('January 2019, approximate');
    expect(details(el)!.textContent).to.contain('“continue to expand their reach”');
    expect(el.select('no-such-event')).to.equal(false);
  });

  it('brings a selected event into view', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.zoomTo('2011-01', '2011-06');
    await settle(el);
    el.select('sochi-summit-2019');
    await settle(el);
    const t = Date.UTC(2019, 1, 14, 12);
    expect(el.view.start.getTime()).to.be.lessThan(t);
    expect(el.view.end.getTime()).to.be.greaterThan(t);
  });

  it('closes the details and fires ct-select with null', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.select('shoigu-akar-ankara-2019');
    await settle(el);
    const clearing = oneEvent(el, 'ct-select');
    details(el)!.querySelector<HTMLButtonElement>('.close')!.click();
    const cleared = await clearing;
    expect(cleared.detail).to.equal(null);
    await settle(el);
    expect(details(el)).to.equal(null);
  });

  it('notes how a date was found in the details, and links the reports it was found in', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.select('shoigu-akar-ankara-2019');
    await settle(el);
    const text = details(el)!.textContent!;
    expect(text).to.contain('“on Monday”');
    expect(text).to.contain('11 February 2019');
    expect(text).to.contain('as reported, not inferred');
    const link = details(el)!.querySelector<HTMLAnchorElement>('a[href*="saudigazette.com.sa"]')!;
    expect(link.textContent).to.equal('Saudi Gazette (12 February 2019)');
    expect(link.rel).to.equal('noopener noreferrer');
  });
});
