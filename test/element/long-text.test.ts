import { expect } from '@open-wc/testing';
import { MAX_TITLE_LENGTH } from '../../src/model/display-text.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

/** A title of a million characters: words, so that nothing is one unbreakable run. */
const HUGE_TITLE = 'Shelling reported near Saraqib '.repeat(32_300).slice(0, 1_000_000);
const LONG_DESCRIPTION = 'A report of the day. '.repeat(10_000).trim();
const EVENTS = [
  { id: 'huge', start: '2019-02-11', title: HUGE_TITLE, description: LONG_DESCRIPTION, actors: ['Russia'] },
  { id: 'summit', start: '2019-02-14', title: 'Sochi summit', actors: ['Turkey'] },
];

describe('<conflict-timeline> with text of any length', () => {
  for (const width of [1280, 375]) {
    it(`caps what is drawn and announced, and keeps the whole text a click away in the details (${width} px)`, async () => {
      const el = await timelineFixture(EVENTS, { width });
      const root = el.shadowRoot!;
      const mark = root.querySelector('g.mark[data-key="huge"]')!;
      expect(mark.getAttribute('aria-label')!.length, 'accessible name').to.be.below(MAX_TITLE_LENGTH + 100);
      expect(mark.getAttribute('aria-label')).to.contain('Shelling reported near Saraqib');
      const label = mark.querySelector('text.label');
      if (label) expect(label.textContent!.length, 'drawn label').to.be.at.most(MAX_TITLE_LENGTH);

      el.select('huge');
      await settle(el);
      const details = root.querySelector<HTMLElement>('[part~="details"]')!;
      expect(details.querySelector('h2')!.textContent!.length).to.be.at.most(MAX_TITLE_LENGTH);
      expect(el.getBoundingClientRect().height, 'the element does not grow with the text').to.be.below(2000);
      const wholes = [...details.querySelectorAll<HTMLDetailsElement>('details.whole-text')];
      expect(wholes.map((d) => d.open)).to.deep.equal([false, false]);
      // Compared as booleans: a failing equality of a megabyte string would print the megabyte.
      const bodies = wholes.map((d) => d.querySelector('.whole-text-body')!.textContent);
      expect(bodies.map((b) => b?.length)).to.deep.equal([HUGE_TITLE.length, LONG_DESCRIPTION.length]);
      expect(bodies[0] === HUGE_TITLE && bodies[1] === LONG_DESCRIPTION, 'the whole texts, as given').to.equal(true);
      wholes[0]!.open = true;
      await settle(el);
      expect(el.getBoundingClientRect().height, 'open, the whole title scrolls in its box').to.be.below(2300);

      root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
      await settle(el);
      const row = [...root.querySelectorAll<HTMLButtonElement>('button.row-title')].find((b) => b.dataset['id'] === 'huge')!;
      expect(row.textContent!.trim().length, 'table row').to.be.at.most(MAX_TITLE_LENGTH);
    });
  }
});
