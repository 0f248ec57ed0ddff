import { expect } from '@open-wc/testing';
import { markX, plotSvg, settle, timelineFixture } from '../support/timeline-fixture.js';
import { emulateTimezone, READER_TIME_ZONES } from '../support/timezone.js';

const event = { id: 'deal', start: '2018-09-17', title: 'Sochi memorandum', actors: ['Russia', 'Turkey'] };

describe('<conflict-timeline> calendar dates in every time zone', () => {
  afterEach(() => emulateTimezone(undefined));

  for (const zone of READER_TIME_ZONES) {
    it(`keeps 17 September 2018 on its day in ${zone}`, async () => {
      await emulateTimezone(zone);
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      const el = await timelineFixture([event]);
      el.zoomTo('2018-09-16', '2018-09-18');
      await settle(el);
      // The view spans 16–18 September (3 days, UTC); the mark sits mid-way through the 17th.
      const width = plotSvg(el).clientWidth;
      expect(markX(el, 'deal') / width).to.be.closeTo(1.5 / 3, 0.01);
      el.select('deal');
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="details-date"]')!.textContent).to.equal('17 September 2018');
      const label = el.shadowRoot!.querySelector('g.mark[data-key="deal"]')!.getAttribute('aria-label')!;
      expect(label).to.contain('17 September 2018');
      const ticks = [...el.shadowRoot!.querySelectorAll('.axis .tick text')].map((t) => t.textContent);
      // Day ticks read 16, 17, 18 September in every zone: the axis counts UTC calendar days.
      expect(ticks.filter((t) => /Sep/.test(t!)).map((t) => parseInt(t!, 10))).to.deep.equal([16, 17, 18]);
    });
  }
});
