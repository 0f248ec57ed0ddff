import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { primaryMarks, settle } from '../support/timeline-fixture.js';

describe('<conflict-timeline> light-DOM list', () => {
  it('reads events from an <ol> of <li> with <time datetime>', async () => {
    const el = await fixture<ConflictTimeline>(html`
      <conflict-timeline>
        <ol>
          <li data-actors="Russia, Turkey" data-id="ankara">
            <time datetime="2019-02-11">on Monday</time> <strong>Shoigu and Akar meet in Ankara</strong>
            <p>Defence ministers agree on "decisive measures".</p>
            <a href="https://example.org/report">RIA Novosti</a>
          </li>
          <li data-id="summit"><time datetime="2019-02-14">14 February</time> <strong>Sochi summit</strong></li>
        </ol>
      </conflict-timeline>
    `);
    await settle(el);
    const ids = primaryMarks(el).map((m) => m.getAttribute('data-event'));
    expect(ids).to.have.members(['ankara', 'summit']);
    el.select('ankara');
    await settle(el);
    const panel = el.shadowRoot!.querySelector('[part~="details"]')!;
    expect(panel.textContent).to.contain('Shoigu and Akar meet in Ankara');
    expect(panel.textContent).to.contain('“on Monday”');
    expect(panel.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/report');
    // Lanes by actor: Russia and Turkey.
    const lanes = [...el.shadowRoot!.querySelectorAll('.lane-label')].map((l) => l.textContent);
    expect(lanes).to.include.members(['Russia', 'Turkey']);
  });

  it('follows changes to the list', async () => {
    const el = await fixture<ConflictTimeline>(html`
      <conflict-timeline><ol><li data-id="a"><time datetime="2019-02-11">x</time> A</li></ol></conflict-timeline>
    `);
    await settle(el);
    expect(primaryMarks(el)).to.have.length(1);
    const li = document.createElement('li');
    li.dataset['id'] = 'b';
    li.innerHTML = '<time datetime="2019-03-01">y</time> B';
    el.querySelector('ol')!.append(li);
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(primaryMarks(el)).to.have.length(2);
  });
});
