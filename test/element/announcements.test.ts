import { expect } from '@open-wc/testing';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { untilMutated } from '../support/until-mutated.js';

const liveRegion = (el: HTMLElement) => el.shadowRoot!.querySelector('[aria-live="polite"]')!;

describe('<conflict-timeline> announcements', () => {
  it('announces the view and its event count once zooming settles', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.zoomTo('2018-09', '2019-02');
    await settle(el);
    await untilMutated(el.shadowRoot!, () => liveRegion(el).textContent!.trim() !== '', 'the zoomed view announced');
    expect(liveRegion(el).textContent!.trim()).to.equal('Showing September 2018 to February 2019: 5 events');
    const before = liveRegion(el).textContent;
    el.fit();
    await settle(el);
    await untilMutated(el.shadowRoot!, () => liveRegion(el).textContent !== before, 'the whole view announced');
    expect(liveRegion(el).textContent!.trim()).to.match(/^Showing (2010|November 2010|2011|February 2011|March 2011) to (2019|June 2019|February 2019|March 2019): 8 events$/);
  });
});
