import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { AR_PACK } from '../../src/element/locales/ar.js';
import { DE_PACK } from '../../src/element/locales/de.js';
import { EN_PACK } from '../../src/element/locales/en.js';
import { ES_PACK } from '../../src/element/locales/es.js';
import { FA_PACK } from '../../src/element/locales/fa.js';
import { FR_PACK } from '../../src/element/locales/fr.js';
import { RU_PACK } from '../../src/element/locales/ru.js';
import { TR_PACK } from '../../src/element/locales/tr.js';
import { EN_UI } from '../../src/element/ui-strings.js';
import { displayText } from '../../src/model/display-text.js';
import { LEGEND_KINDS } from '../../src/render/legend-swatches.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const TITLE = 'Idlib and the Sochi deal';

function parsed(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror').length, 'the SVG parses as XML').to.equal(0);
  expect(doc.documentElement.localName).to.equal('svg');
  return doc;
}

/** The text of every <text> in the picture. */
function texts(doc: Document): string[] {
  return [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
}

/** The titles of the events whose primary marks are on screen in the live plot. */
function titlesOnScreen(el: ConflictTimeline): string[] {
  const ids = [...el.shadowRoot!.querySelectorAll('.plot g.mark[role="button"]')].map((g) => g.getAttribute('data-event'));
  return ids.map((id) => displayText(idlib2019.events.find((e) => e.id === id)!.title as string));
}

/** A picture that stands alone: no scripts, no handlers, nothing fetched from elsewhere, no unresolved CSS. */
function expectStandalone(svg: string, doc: Document): void {
  expect(doc.getElementsByTagName('script').length).to.equal(0);
  for (const node of doc.getElementsByTagName('*')) {
    for (const attribute of node.attributes) {
      expect(attribute.name.toLowerCase().startsWith('on'), `${node.localName}[${attribute.name}]`).to.equal(false);
      if (attribute.localName === 'href') expect(attribute.value.startsWith('#'), attribute.value).to.equal(true);
      expect(attribute.value, `${node.localName}[${attribute.name}]`).not.to.match(/url\(\s*(?!["']?#)/);
    }
  }
  expect(svg).not.to.include('var(--');
}

describe('export', () => {
  it('toSVG() is a standalone picture of the view on screen: its events, the legend, the title and the credit', async () => {
    const el = await timelineFixture(idlib2019.events, { attributes: { label: TITLE } });
    const svg = el.toSVG();
    const doc = parsed(svg);
    expectStandalone(svg, doc);
    const words = texts(doc);
    const onScreen = titlesOnScreen(el);
    expect(onScreen.length).to.be.greaterThan(3);
    for (const title of onScreen) expect(words.some((w) => w.includes(title)), title).to.equal(true);
    // The element's own key: the article has no confidence cues, so neither does the picture's.
    const keyed = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="legend"] li')].map((li) => li.dataset['kind']);
    expect(keyed).to.not.include('contested');
    for (const kind of LEGEND_KINDS) {
      if (keyed.includes(kind)) expect(words, kind).to.include(EN_UI.legend[kind]);
      else expect(words, kind).to.not.include(EN_UI.legend[kind]);
    }
    expect(words).to.include(TITLE);
    const range = el.shadowRoot!.querySelector('.toolbar .range')!.textContent!.trim();
    expect(words).to.include(`conflict-timeline · ${range}`);
    // The marks' colours and the labels' font are written out, not left to the element's CSS.
    const mark = doc.querySelector('g.mark path.symbol, g.mark rect.extent')!;
    expect(mark.getAttribute('style')).to.match(/fill:rgb/);
    const plotStyle = doc.querySelector('svg.plot-svg')!.getAttribute('style');
    expect(plotStyle).to.match(/font-family:system-ui/);
    expect(plotStyle).to.include('font-size:12px');
    expect(doc.documentElement.getAttribute('font-family')).to.match(/system-ui/);
  });

  it("toSVG({ view: 'all' }) shows every event while the screen stays zoomed in", async () => {
    const el = await timelineFixture(idlib2019.events, { attributes: { label: TITLE } });
    el.zoomTo('2019-01-01', '2019-03-31');
    await settle(el);
    const before = el.view;
    const liveMarks = el.shadowRoot!.querySelectorAll('.plot g.mark').length;
    const onScreen = titlesOnScreen(el);
    expect(onScreen.length).to.be.lessThan(idlib2019.events.length);

    const svg = el.toSVG({ view: 'all' });
    const words = texts(parsed(svg));
    for (const event of idlib2019.events) {
      const title = displayText(event.title as string);
      expect(words.some((w) => w.includes(title)), title).to.equal(true);
    }
    await settle(el);
    expect(el.view).to.deep.equal(before);
    expect(el.shadowRoot!.querySelectorAll('.plot g.mark').length).to.equal(liveMarks);
    expect(titlesOnScreen(el)).to.deep.equal(onScreen);
    expect(el.shadowRoot!.querySelectorAll('svg.plot-svg').length, 'no copy left behind').to.equal(1);
  });

  it('names in a note each event on screen whose label the plot cuts or leaves out', async () => {
    const el = await timelineFixture(idlib2019.events, { width: 360 });
    const live = el.shadowRoot!.querySelectorAll('.plot g.mark[role="button"]');
    const cut = [...live].filter((g) => !g.querySelector('text.label') || g.querySelector('text.label.shortened'));
    expect(cut.length, 'a narrow plot cuts some labels').to.be.greaterThan(0);
    const words = texts(parsed(el.toSVG()));
    for (const title of titlesOnScreen(el)) expect(words.some((w) => w.includes(title)), title).to.equal(true);
  });

  it('keeps hostile titles as text', async () => {
    const hostile = '<script>alert(1)</script>" onload="alert(2)';
    const el = await timelineFixture([{ id: 'x', start: '2019-05-01', title: hostile }], { attributes: { label: '<img src=x onerror=alert(3)>' } });
    const svg = el.toSVG();
    const doc = parsed(svg);
    expectStandalone(svg, doc);
    const words = texts(doc);
    expect(words.some((w) => w.includes(hostile))).to.equal(true);
    expect(words).to.include('<img src=x onerror=alert(3)>');
  });

  it('toPNG({ scale: 2 }) is a PNG twice the size of the SVG', async () => {
    const el = await timelineFixture(idlib2019.events);
    const doc = parsed(el.toSVG());
    const width = Number(doc.documentElement.getAttribute('width'));
    const height = Number(doc.documentElement.getAttribute('height'));
    const png = await el.toPNG({ scale: 2 });
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([2 * width, 2 * height]);
  });

  it('the Export menu opens from the keyboard, names its items, and downloads an SVG', async () => {
    const el = await timelineFixture(idlib2019.events, { attributes: { label: TITLE } });
    const root = el.shadowRoot!;
    const menu = root.querySelector<HTMLDetailsElement>('details.export-menu')!;
    const summary = menu.querySelector('summary')!;
    expect(summary.getAttribute('aria-label')).to.equal(EN_UI.exportMenu);
    expect(summary.querySelector('.text')!.textContent).to.equal(EN_UI.exportMenu);
    expect(menu.querySelectorAll('button').length, 'closed, the menu holds no items').to.equal(0);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(menu.open).to.equal(true);
    await waitUntil(() => menu.querySelector('button'), 'the items appear once the menu opens');
    const items = [...menu.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(items).to.deep.equal([EN_UI.downloadSvg, EN_UI.downloadPng, EN_UI.print]);

    const downloads: HTMLAnchorElement[] = [];
    const catchDownload = (e: Event) => {
      const target = e.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
        downloads.push(target);
        e.preventDefault();
      }
    };
    root.addEventListener('click', catchDownload);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.textContent?.trim()).to.equal(EN_UI.downloadSvg);
    await sendKeys({ press: 'Enter' });
    root.removeEventListener('click', catchDownload);
    await el.updateComplete;
    expect(downloads.length).to.equal(1);
    expect(downloads[0]!.download).to.equal('Idlib-and-the-Sochi-deal.svg');
    expect(downloads[0]!.href).to.match(/^blob:/);
    expect(menu.open, 'choosing closes the menu').to.equal(false);

    summary.focus();
    await sendKeys({ press: 'Space' });
    expect(menu.open).to.equal(true);
    await waitUntil(() => menu.querySelector('button'), 'the items appear once the menu opens');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu.open).to.equal(false);
    expect(menu.querySelectorAll('button').length).to.equal(0);
    expect(root.activeElement).to.equal(summary);
  });

  it('every language names the Export menu and its items', () => {
    for (const pack of [EN_PACK, AR_PACK, DE_PACK, ES_PACK, FA_PACK, FR_PACK, RU_PACK, TR_PACK]) {
      for (const key of ['exportMenu', 'downloadSvg', 'downloadPng', 'print'] as const) {
        expect(pack.ui[key].trim(), `${pack.tag} ${key}`).not.to.equal('');
        if (pack !== EN_PACK && key !== 'downloadSvg' && key !== 'downloadPng') expect(pack.ui[key], `${pack.tag} ${key}`).not.to.equal(EN_UI[key]);
      }
    }
  });
});
