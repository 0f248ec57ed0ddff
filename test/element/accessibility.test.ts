import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { axeViolations } from '../support/axe.js';
import { contrast, rgba } from '../support/contrast.js';
import { emulateForcedColors } from '../support/forced-colors.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';


async function themed(theme: 'light' | 'dark'): Promise<ConflictTimeline> {
  const el = await timelineFixture(idlib2019.events);
  el.setAttribute('theme', theme);
  await settle(el);
  return el;
}

describe('<conflict-timeline> accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await emulateForcedColors(false);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, with details open and in table view`, async () => {
      const el = await themed(theme);
      expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
      el.select('sochi-memorandum-2018');
      await settle(el);
      expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
      await settle(el);
      expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
    });

    it(`meets WCAG AA contrast in the ${theme} theme: text 4.5:1, marks and lane swatches 3:1`, async () => {
      const el = await themed(theme);
      const root = el.shadowRoot!;
      const bg = getComputedStyle(el).backgroundColor;
      const band = getComputedStyle(root.querySelector('.lane-band')!).fill;
      for (const text of root.querySelectorAll('.lane-label, .mark .label, .axis .tick text')) {
        expect(contrast(getComputedStyle(text).fill, bg), text.textContent!).to.be.at.least(4.5);
      }
      for (const swatch of root.querySelectorAll('.lane-swatch, .mark .symbol')) {
        const fill = getComputedStyle(swatch).fill;
        const stroke = getComputedStyle(swatch).stroke;
        // A hollow symbol (soft; discounted, whose fill is transparent) shows its stroke; a filled one its fill.
        const ink = rgba(fill).alpha > 0 && contrast(fill, bg) > 1.05 ? fill : stroke;
        expect(contrast(ink, bg), `${swatch.getAttribute('class')} on the background`).to.be.at.least(3);
        expect(contrast(ink, band), `${swatch.getAttribute('class')} on the lane band`).to.be.at.least(3);
      }
    });
  }

  it('follows prefers-color-scheme unless a theme is forced', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await timelineFixture(idlib2019.events);
    const darkBg = getComputedStyle(el).backgroundColor;
    el.setAttribute('theme', 'light');
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(darkBg).to.not.equal('rgb(255, 255, 255)');
  });

  it('gives every mark and button a touch target of at least 24 by 24 px', async () => {
    const el = await timelineFixture(idlib2019.events);
    for (const hit of el.shadowRoot!.querySelectorAll('.mark .hit')) {
      const box = hit.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    for (const button of el.shadowRoot!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  it('keeps marks and the focus ring visible in forced-colors mode', async () => {
    await emulateForcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const el = await timelineFixture(idlib2019.events);
    const symbol = el.shadowRoot!.querySelector('.mark .symbol')!;
    const style = getComputedStyle(symbol);
    expect(style.fill).to.not.equal('none');
    expect(contrast(style.fill, getComputedStyle(el).backgroundColor)).to.be.at.least(3);
    const mark = el.shadowRoot!.querySelector<SVGGElement>('g.mark[tabindex="0"]')!;
    mark.focus({ focusVisible: true } as FocusOptions);
    await settle(el);
    const ring = getComputedStyle(mark.querySelector('.hit')!);
    expect(ring.strokeWidth).to.equal('3px');
    expect(ring.stroke).to.not.equal('none');
  });

  it('fades the wheel hint, and runs no transitions or animations when reduced motion is asked for', async () => {
    const el = await timelineFixture(idlib2019.events);
    const hint = el.shadowRoot!.querySelector('[part~="wheel-hint"]')!;
    // Without the preference the hint fades: there is motion for the preference to take away.
    expect(getComputedStyle(hint).transitionDuration).to.not.match(/^0s(, 0s)*$/);
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      expect(getComputedStyle(node).transitionDuration, node.className.toString()).to.match(/^0s(, 0s)*$/);
      expect(getComputedStyle(node).animationName, node.className.toString()).to.equal('none');
    }
  });

  it('collapses the toolbar to icons on a 360 px phone and keeps labels readable', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await timelineFixture(idlib2019.events, { width: 340 });
      const toolbar = el.shadowRoot!.querySelector<HTMLElement>('[part~="toolbar"]')!;
      expect(toolbar.getBoundingClientRect().height).to.be.at.most(50);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.range')!).display).to.equal('none');
      for (const button of toolbar.querySelectorAll('button')) expect(button.getAttribute('aria-label')).to.not.equal('');
      const labels = [...el.shadowRoot!.querySelectorAll('.mark .label')];
      expect(labels.length).to.be.greaterThan(0);
      for (const label of labels) expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(12);
      expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('offers a sortable table of the events in view', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.zoomTo('2018-09', '2019-02');
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLElement>('.plot')!.hidden).to.equal(true);
    const titles = () => [...root.querySelectorAll('tbody tr td:nth-child(2)')].map((td) => td.textContent!.trim());
    expect(titles()).to.have.length(5);
    expect(root.querySelector('caption')!.textContent).to.equal('5 events from September 2018 to February 2019');
    expect(root.querySelector('tbody td')!.textContent).to.equal('17 September 2018');
    const byTitle = root.querySelectorAll<HTMLButtonElement>('th button')[1]!;
    byTitle.click();
    await settle(el);
    expect(titles()).to.deep.equal([...titles()].sort((a, b) => a.localeCompare(b)));
    expect(byTitle.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    byTitle.click();
    await settle(el);
    expect(byTitle.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(titles()).to.deep.equal([...titles()].sort((a, b) => b.localeCompare(a)));
    root.querySelector<HTMLButtonElement>('tbody button.row-title')!.click();
    await settle(el);
    expect(root.querySelector('[part~="details"] h2')!.textContent).to.equal(titles()[0]);
    root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await settle(el);
    expect(root.querySelector('table')).to.equal(null);
    expect(root.querySelector<HTMLElement>('.plot')!.hidden).to.equal(false);
  });
});
