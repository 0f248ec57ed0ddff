import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import { LiveValue, liveValue } from '../../src/element/live-value.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

describe('LiveValue', () => {
  it('writes each change into every place it is bound, with no render of the template', async () => {
    const text = new LiveValue('first');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let renders = 0;
    const template = () => {
      renders++;
      return html`<p>${liveValue(text)}</p><span>${liveValue(text)}</span>`;
    };
    render(template(), host);
    expect([...host.children].map((n) => n.textContent)).to.deep.equal(['first', 'first']);
    text.value = 'second';
    expect([...host.children].map((n) => n.textContent)).to.deep.equal(['second', 'second']);
    expect(renders).to.equal(1);
  });

  it('lets go of a place taken out of the page, and shows the latest text when it comes back', async () => {
    const text = new LiveValue('');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const part = render(html`<p>${liveValue(text)}</p>`, host);
    part.setConnected(false);
    text.value = 'while away';
    expect(host.textContent).to.equal('');
    part.setConnected(true);
    expect(host.textContent).to.equal('while away');
    text.value = 'back';
    expect(host.textContent).to.equal('back');
  });
});

describe('<conflict-timeline> range and step buttons', () => {
  it('follow each zoom step without an update of the element', async () => {
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    const range = () => el.shadowRoot!.querySelector('.toolbar .range')!.textContent!.trim();
    const steps = () => [...el.shadowRoot!.querySelectorAll('.toolbar button.story-step')].map((b) => b.getAttribute('aria-label'));
    // Counted on the instance: Lit's update runs as ever, and each run is seen.
    let updates = 0;
    const update = (el as unknown as { update: (changed: Map<PropertyKey, unknown>) => void }).update;
    (el as unknown as { update: typeof update }).update = function (this: unknown, changed) {
      updates++;
      update.call(this, changed);
    };
    const seen: Array<{ range: string; steps: ReturnType<typeof steps> }> = [];
    // Each view holds other events at its ends: Next names the first event from its start, Previous the last up to its end.
    for (const [from, to] of [
      ['2012-01-01', '2016-01-01'],
      ['2017-01-01', '2018-01-01'],
      ['2018-06-01', '2018-12-01'],
      ['2019-01-10', '2019-02-12'],
    ] as const) {
      el.zoomTo(new Date(from), new Date(to));
      await settle(el);
      seen.push({ range: range(), steps: steps() });
    }
    expect(new Set(seen.map((v) => v.range)).size, seen.map((v) => v.range).join(' | ')).to.equal(seen.length);
    expect(new Set(seen.map((v) => v.steps.join())).size, 'the step buttons’ names').to.equal(seen.length);
    expect(seen[2]!.range).to.match(/2018/);
    // What the buttons say is what a fresh element at the same view says.
    const fresh = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    fresh.zoomTo(el.view.start, el.view.end);
    await settle(fresh);
    expect(seen[3]!.steps).to.deep.equal([...fresh.shadowRoot!.querySelectorAll('.toolbar button.story-step')].map((b) => b.getAttribute('aria-label')));
    expect(updates).to.equal(0);
  });

  it('speak the new language at once when it changes', async () => {
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    el.zoomTo(new Date('2018-06-01'), new Date('2018-12-01'));
    await settle(el);
    const english = el.shadowRoot!.querySelector('.toolbar button.story-step')!.getAttribute('aria-label');
    el.setAttribute('locale', 'tr');
    await settle(el);
    const turkish = el.shadowRoot!.querySelector('.toolbar button.story-step')!.getAttribute('aria-label');
    expect(turkish).to.not.equal(english);
    expect(turkish).to.match(/Önceki|Geri/);
  });

  it('names the view in the table’s caption when the view changes while the table is open', async () => {
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.table-toggle, [part~="table-toggle"]')!.click();
    await settle(el);
    const caption = () => el.shadowRoot!.querySelector('caption')?.textContent ?? '';
    const before = caption();
    el.zoomTo(new Date('2018-09-01'), new Date('2018-10-01'));
    await settle(el);
    expect(caption()).to.not.equal(before);
    expect(caption()).to.match(/2018/);
  });
});
