/**
 * A TimelineJS sheet exported as CSV, given to the element as `src` with no editing: every event is
 * drawn, the era too, and each event's details quote its Display Date as the source's wording.
 */
import { expect } from '@open-wc/testing';
import { drawnEventIds, noticeText, setSrc, shadow } from '../element/data-support.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const SHEET = '/test/data/fixtures/timelinejs-template.csv';

/** The sheet's event rows in order (title and era rows are not events): headline and Display Date. */
const EVENTS = [
  ['Pompey makes Syria a Roman province', '64 BCE'],
  ['Protests begin the Syrian civil war', 'March 2011'],
  ['Astana memorandum on de-escalation zones', '4 May 2017'],
  ['Idlib de-escalation zone agreed', '14–15 September 2017'],
  ['Sochi memorandum: Idlib demilitarized zone', 'the September deal'],
  ['"Decisive measures" agreed in Ankara', 'on Monday'],
  ['Tripartite summit on Syria in Sochi', '14 February 2019'],
  ["Hay'at Tahrir al-Sham holds most of Idlib", '2019'],
] as const;

/** The details panel's terms and what each says, as a reader sees them. */
function detailsEntries(details: HTMLElement): Map<string, string> {
  const entries = new Map<string, string>();
  for (const term of details.querySelectorAll('dt')) {
    entries.set(term.textContent!.trim(), term.nextElementSibling!.textContent!.trim());
  }
  return entries;
}

describe('a TimelineJS sheet as src', () => {
  it('draws every event and the era, with no record rejected', async () => {
    const el = await timelineFixture();
    const detail = await setSrc(el, SHEET);
    expect(detail.rejected).to.deep.equal([]);
    expect(detail.accepted).to.equal(EVENTS.length);
    expect(drawnEventIds(el)).to.have.members(EVENTS.map((_, index) => `event-${index}`));
    expect(shadow(el).querySelectorAll('[part~="era"]').length).to.equal(1);
    expect(noticeText(el)).to.equal(null);
    // Group is the lane (lanes by category, as no row names an actor): one per group, in the sheet's groups.
    const lanes = [...shadow(el).querySelectorAll('[part~="lane-label"]')].map((label) => label.textContent!.trim());
    expect(lanes).to.have.members(['Rome', 'Syria', 'Russia', 'Turkey']);
  });

  it("shows each event's Group once, as its category, not again as an actor", async () => {
    const el = await timelineFixture();
    await setSrc(el, SHEET);
    expect(el.select('event-0')).to.equal(true);
    await settle(el);
    const entries = detailsEntries(shadow(el).querySelector<HTMLElement>('[part~="details"]')!);
    expect(entries.get('Kind')).to.equal('Rome');
    expect(entries.has('Actors')).to.equal(false);
  });

  it("shows each event's Display Date as the source's wording in its details", async () => {
    const el = await timelineFixture();
    await setSrc(el, SHEET);
    for (const [index, [title, displayDate]] of EVENTS.entries()) {
      expect(el.select(`event-${index}`), title).to.equal(true);
      await settle(el);
      const details = shadow(el).querySelector<HTMLElement>('[part~="details"]')!;
      expect(details.querySelector('h2')!.textContent!.trim()).to.equal(title);
      expect(detailsEntries(details).get('The source says'), title).to.equal(`“${displayDate}”`);
    }
  });
});
