import { expect, oneEvent } from '@open-wc/testing';
import { timelineFixture } from '../support/timeline-fixture.js';

describe('<conflict-timeline> ct-load-error', () => {
  it('tells the page when src cannot be loaded, with the url and the reason shown to the reader', async () => {
    const el = await timelineFixture();
    const failed = oneEvent(el, 'ct-load-error');
    el.src = '/test/data/fixtures/no-such-file.json';
    const { detail } = await failed;
    expect(detail.url).to.equal('/test/data/fixtures/no-such-file.json');
    expect(detail.message).to.match(/404/);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain(detail.message);
  });

  it('stays quiet when the load succeeds', async () => {
    const el = await timelineFixture();
    let errors = 0;
    el.addEventListener('ct-load-error', () => (errors += 1));
    const loaded = oneEvent(el, 'ct-diagnostics');
    el.src = '/demo/samples/simple-sample.csv';
    await loaded;
    expect(errors).to.equal(0);
  });
});
