import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import { LiveText, liveText } from '../../src/element/live-text.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

describe('LiveText', () => {
  it('writes each change into every place it is bound, with no render of the template', async () => {
    const text = new LiveText();
    text.text = 'first';
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let renders = 0;
    const template = () => {
      renders++;
      return html`<p>${liveText(text)}</p><span>${liveText(text)}</span>`;
    };
    render(template(), host);
    expect([...host.children].map((n) => n.textContent)).to.deep.equal(['first', 'first']);
    text.text = 'second';
    expect([...host.children].map((n) => n.textContent)).to.deep.equal(['second', 'second']);
    expect(renders).to.equal(1);
  });

  it('lets go of a place taken out of the page, and shows the latest text when it comes back', async () => {
    const text = new LiveText();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const part = render(html`<p>${liveText(text)}</p>`, host);
    part.setConnected(false);
    text.text = 'while away';
    expect(host.textContent).to.equal('');
    part.setConnected(true);
    expect(host.textContent).to.equal('while away');
    text.text = 'back';
    expect(host.textContent).to.equal('back');
  });
});

describe('<conflict-timeline> range beside the buttons', () => {
  it('follows each zoom step without an update of the element', async () => {
    // Views inside the years with no event (2012 to 2016), so that the Previous and Next buttons' events
    // stay the same: those change the template, and ask for an update of their own.
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    el.zoomTo(new Date('2012-01-01'), new Date('2016-01-01'));
    await settle(el);
    const range = () => el.shadowRoot!.querySelector('.toolbar .range')!.textContent!.trim();
    // Counted on the instance: Lit's update runs as ever, and each run is seen.
    let updates = 0;
    const update = (el as unknown as { update: (changed: Map<PropertyKey, unknown>) => void }).update;
    (el as unknown as { update: typeof update }).update = function (this: unknown, changed) {
      updates++;
      update.call(this, changed);
    };
    const seen = [range()];
    for (const [from, to] of [
      ['2013-01-01', '2015-01-01'],
      ['2013-06-01', '2013-09-01'],
      ['2012-06-01', '2015-06-01'],
    ] as const) {
      el.zoomTo(new Date(from), new Date(to));
      await settle(el);
      seen.push(range());
    }
    expect(new Set(seen).size, seen.join(' | ')).to.equal(seen.length);
    expect(seen[2]).to.match(/2013/);
    expect(updates).to.equal(0);
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
