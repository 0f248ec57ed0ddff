import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { DE_PACK } from '../../src/element/locales/de.js';
import { EN_UI } from '../../src/element/ui-strings.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const EVENTS = [
  {
    id: 'deal',
    start: '2018-09-17',
    title: 'A deal',
    reported: '2018-09-20',
    confidence: 'Contested',
    sources: [
      {
        name: 'A paper',
        url: 'https://example.org/deal',
        archived: 'https://web.archive.org/web/2019/https://example.org/deal',
        accessed: '2019-03-12',
      },
      { name: 'Hostile', url: 'https://example.org/x', archived: 'javascript:alert(1)', accessed: 'not a date' },
    ],
  },
  { id: 'early', start: '2018-10-10', title: 'Reported before it happened', reported: '2018-10-08', confidence: 'discounted' },
  { id: 'plain', start: '2018-11-01', title: 'Nothing special', confidence: 'confirmed' },
  { id: 'own-word', start: '2018-12-01', title: 'An own word', confidence: '<b>hearsay</b>', reported: '2018-12' },
];

const details = (el: ConflictTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part~="details"]')!;
const mark = (el: ConflictTimeline, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`g.mark[data-key="${id}"]`)!;

async function opened(el: ConflictTimeline, id: string): Promise<HTMLElement> {
  expect(el.select(id)).to.equal(true);
  await settle(el);
  return details(el);
}

function term(panel: HTMLElement, label: string): string | undefined {
  const dt = [...panel.querySelectorAll('dt')].find((t) => t.textContent === label);
  return dt?.nextElementSibling?.textContent?.trim();
}

describe('<conflict-timeline> reported dates, confidence and lasting sources', () => {
  it('shows when it was reported, the lag in words, confidence and the archived copy in English', async () => {
    const el = await timelineFixture(EVENTS);
    const panel = await opened(el, 'deal');
    expect(panel.querySelector('[part="details-date"]')!.textContent).to.equal('17 September 2018');
    expect(panel.querySelector('[part="details-reported"]')!.textContent!.trim()).to.equal('Reported 3 days later, 20 September 2018');
    expect(term(panel, 'Confidence')).to.equal('contested');
    const archived = panel.querySelector<HTMLAnchorElement>('a.archived')!;
    expect(archived.href).to.equal('https://web.archive.org/web/2019/https://example.org/deal');
    expect(archived.textContent).to.equal('archived');
    expect(archived.rel).to.equal('noopener noreferrer');
    expect(panel.querySelector('.accessed')!.textContent).to.equal('accessed 12 March 2019');
    // The source link comes first, then its archive, then when it was read.
    const sources = term(panel, EN_UI.sources)!;
    expect(sources.indexOf('A paper')).to.be.below(sources.indexOf('archived'));
    expect(sources.indexOf('archived')).to.be.below(sources.indexOf('accessed'));
    // The hostile archive and access date were left out: one archive link, one access date.
    expect(panel.querySelectorAll('a.archived').length).to.equal(1);
    expect(panel.querySelectorAll('.accessed').length).to.equal(1);
    expect(panel.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('says so when the report came before the event date, and keeps an own word as text', async () => {
    const el = await timelineFixture(EVENTS);
    const early = await opened(el, 'early');
    expect(early.querySelector('[part="details-reported"]')!.textContent!.trim()).to.equal(
      "Reported 2 days before the event's date, 8 October 2018",
    );
    expect(term(early, 'Confidence')).to.equal('discounted');
    const own = await opened(el, 'own-word');
    expect(own.querySelector('[part="details-reported"]')!.textContent!.trim()).to.equal('Reported the same month, December 2018');
    expect(term(own, 'Confidence')).to.equal('<b>hearsay</b>');
    expect(own.querySelector('b')).to.equal(null);
  });

  it('speaks German in the details', async () => {
    const el = await timelineFixture(EVENTS, { locale: 'de' });
    const panel = await opened(el, 'deal');
    expect(panel.querySelector('[part="details-reported"]')!.textContent!.trim()).to.equal('3 Tage später gemeldet: 20. September 2018');
    expect(term(panel, DE_PACK.ui.confidence)).to.equal('umstritten');
    expect(panel.querySelector('a.archived')!.textContent).to.equal('Archivkopie');
    expect(panel.querySelector('.accessed')!.textContent).to.equal('abgerufen: 12. März 2019');
    const early = await opened(el, 'early');
    expect(early.querySelector('[part="details-reported"]')!.textContent!.trim()).to.equal(
      '2 Tage früher als das Datum des Ereignisses gemeldet: 8. Oktober 2018',
    );
  });

  it('draws a contested mark with a "?" badge and names its confidence', async () => {
    const el = await timelineFixture(EVENTS);
    const contested = mark(el, 'deal');
    expect(contested.classList.contains('contested')).to.equal(true);
    const badge = contested.querySelector('text.badge')!;
    expect(badge.textContent).to.equal('?');
    expect(badge.getAttribute('aria-hidden')).to.equal('true');
    expect(badge.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(contested.getAttribute('aria-label')).to.contain('Confidence: contested');
    expect(mark(el, 'plain').querySelector('.badge')).to.equal(null);
    expect(mark(el, 'plain').getAttribute('aria-label')).to.contain('Confidence: confirmed');
    // An own word shows only in the details: no cue, no word in the name.
    expect(mark(el, 'own-word').getAttribute('class')).to.equal('mark');
    expect(mark(el, 'own-word').getAttribute('aria-label')).not.to.contain('hearsay');
  });

  it('draws a discounted mark hollow and faint, and names it in German', async () => {
    const el = await timelineFixture(EVENTS, { locale: 'de' });
    const discounted = mark(el, 'early');
    expect(discounted.classList.contains('discounted')).to.equal(true);
    expect(Number(getComputedStyle(discounted).opacity)).to.be.below(1);
    expect(Number(getComputedStyle(mark(el, 'plain')).opacity)).to.equal(1);
    const symbol = getComputedStyle(discounted.querySelector('.symbol')!);
    expect(symbol.fill).to.equal('rgba(0, 0, 0, 0)');
    expect(symbol.stroke).to.equal(getComputedStyle(discounted).color);
    expect(getComputedStyle(mark(el, 'plain').querySelector('.symbol')!).fill).not.to.equal('rgba(0, 0, 0, 0)');
    expect(discounted.getAttribute('aria-label')).to.contain('Gewissheit: verworfen');
  });

  it('explains the cues in the legend with swatches drawn like the marks', async () => {
    const el = await timelineFixture(EVENTS);
    const legend = el.shadowRoot!.querySelector('[part~="legend"]')!;
    for (const kind of ['contested', 'discounted'] as const) {
      const entry = legend.querySelector(`li[data-kind="${kind}"]`)!;
      expect(entry.querySelector('span')!.textContent).to.equal(EN_UI.legend[kind]);
      expect(entry.querySelector('g.mark')!.classList.contains(kind)).to.equal(true);
    }
    expect(legend.querySelector('li[data-kind="contested"] text.badge')!.textContent).to.equal('?');
    const swatch = legend.querySelector('li[data-kind="discounted"] g.mark')!;
    expect(getComputedStyle(swatch).opacity).to.equal(getComputedStyle(mark(el, 'early')).opacity);
    expect(getComputedStyle(swatch.querySelector('.symbol')!).fill).to.equal('rgba(0, 0, 0, 0)');
  });
});
