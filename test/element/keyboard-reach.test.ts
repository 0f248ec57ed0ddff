import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateEvents } from '../../bench/generate-events.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { plotSvg, settle, timelineFixture } from '../support/timeline-fixture.js';

const records = generateEvents(20_000, 7);
const order = validateEvents(records).events.map((e) => e.id);

describe('<conflict-timeline> reaching a clustered event by keyboard', () => {
  it('Home and End zoom until the event has its own mark, and draw the plot once for it', async () => {
    const el = await timelineFixture(records, { width: 1200 });
    el.shadowRoot!.querySelector<SVGGElement>('.plot [tabindex="0"]')!.focus();
    expect(el.shadowRoot!.querySelectorAll('g.cluster').length, 'the data starts clustered').to.be.greaterThan(0);
    // Every drawn frame sets the SVG's viewBox (to the same value or not): count them.
    let frames = 0;
    const observer = new MutationObserver((records) => (frames += records.filter((r) => r.attributeName === 'viewBox').length));
    observer.observe(plotSvg(el), { attributes: true, attributeFilter: ['viewBox'] });
    for (const [key, id] of [['End', order.at(-1)], ['Home', order[0]]] as const) {
      frames = 0;
      await sendKeys({ press: key });
      const framesForKey = frames;
      await settle(el);
      expect((el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-event'), key).to.equal(id);
      expect(framesForKey, `${key}: frames drawn before focus landed`).to.equal(1);
    }
    observer.disconnect();
  });
});
