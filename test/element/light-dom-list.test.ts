import { expect, fixture, html, oneEvent } from '@open-wc/testing';
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
    const reloaded = oneEvent(el, 'ct-diagnostics');
    el.querySelector('ol')!.append(li);
    await reloaded;
    await settle(el);
    expect(primaryMarks(el)).to.have.length(2);
  });

  it('keeps the reader\'s view when a change in its light DOM changes nothing the list says', async () => {
    const el = await fixture<ConflictTimeline>(html`
      <conflict-timeline>
        <ol>
          <li data-id="a"><time datetime="2019-02-11">x</time> A</li>
          <li data-id="b"><time datetime="2019-03-01">y</time> B</li>
        </ol>
      </conflict-timeline>
    `);
    await settle(el);
    el.zoomTo('2019-02-20', '2019-03-05');
    await settle(el);
    const view = el.view;
    let reloads = 0;
    el.addEventListener('ct-diagnostics', () => reloads++);
    // What a page does to its own markup: classes, styles, comments; none of it is data.
    el.querySelector('li')!.classList.add('highlighted');
    el.querySelector('ol')!.setAttribute('style', 'color: red');
    el.querySelector('ol')!.append(document.createComment('note'));
    await settle(el);
    expect(reloads).to.equal(0);
    expect(el.view).to.deep.equal(view);
  });
});
