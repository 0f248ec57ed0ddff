import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { AR_PACK } from '../../src/element/locales/ar.js';
import { EN_UI } from '../../src/element/ui-strings.js';
import { LEGEND_KINDS } from '../../src/render/legend-swatches.js';
import { axeViolations } from '../support/axe.js';
import { contrast, rgba, type Rgb } from '../support/contrast.js';
import { emulateForcedColors } from '../support/forced-colors.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const DESK = { width: 1280, height: 900 } as const;
const PHONE = { width: 375, height: 812 } as const;

/** Every kind of mark the legend explains, drawn in the plot. */
const ALL_KINDS = [
  { id: 'exact', start: '2018-09-17', title: 'Exact day', actors: ['Russia'] },
  { id: 'month', start: '2018-03', title: 'A month', actors: ['Russia'] },
  { id: 'approximate-day', start: '2018-06-10~', title: 'About a day', actors: ['Turkey'] },
  { id: 'span', start: '2018-01-10', end: '2018-02-20', title: 'A span', actors: ['Turkey'] },
  { id: 'ongoing', start: '2018-04', end: '..', title: 'Ongoing', actors: ['Iran'] },
  { id: 'season-approx', start: '2017-23~', title: 'Autumn, roughly', actors: ['Iran'] },
];

/** A timeline filling a page of the given size (less the page's margin), drawn and ready. */
/** The article, with one contested and one discounted report: every kind of mark the key explains. */
const WITH_CUES = [
  ...idlib2019.events,
  { id: 'contested-strike', start: '2018-10-02', title: 'Contested strike report', actors: ['Russia'], confidence: 'contested' },
  { id: 'discounted-claim', start: '2018-11-20', title: 'Discounted claim', actors: ['Turkey'], confidence: 'Discounted' },
];
/** Its keys: every kind but "all of several dates". The article has one date that is one of two days (the uprising's first day). */
const CUE_KINDS = LEGEND_KINDS.filter((kind) => kind !== 'allOf');
/** The article with the uprising dated by its month, as the article itself does: no date sets. */
const SINGLE_DATES = idlib2019.events.map((event) => (event.id === 'syria-uprising-2011' ? { ...event, dates: undefined, start: '2011-03' } : event));
/** Dates that are one of several, and all of several. */
const SETS = [
  { id: 'disputed-day', start: '[2018-09-17,2018-09-18]', title: 'Strike reported on two dates', actors: ['Russia'] },
  { id: 'both-months', start: '{2019-01,2019-02}', title: 'Talks in January and February', actors: ['Turkey'] },
];

async function timelineOnPage(
  size: { width: number; height: number },
  events: readonly unknown[] = idlib2019.events,
  attributes: Record<string, string> = {},
): Promise<ConflictTimeline> {
  await setViewport(size);
  return timelineFixture(events, { width: size.width - 20, attributes });
}

function legendOf(el: ConflictTimeline): HTMLDetailsElement {
  const legend = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="legend"]');
  if (!legend) throw new Error('no ::part(legend)');
  return legend;
}

function entries(el: ConflictTimeline): HTMLLIElement[] {
  return [...legendOf(el).querySelectorAll('li')];
}

/** An entry's words (its swatch may draw text too: the contested mark's "?" badge). */
function entryText(li: HTMLLIElement): string {
  return li.querySelector('span')!.textContent!.trim();
}

function within(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
}

// ---- colour, as WCAG computes it ----


/** `top` with the given opacity painted over the opaque `under`. */
function over(top: Rgb, alpha: number, under: Rgb): Rgb {
  return [0, 1, 2].map((i) => top[i]! * alpha + under[i]! * (1 - alpha)) as unknown as Rgb;
}

/** The opacity a shape is painted with: its fill-opacity, its fill colour's alpha, and the opacity of it and every group up to its SVG. */
function paintedAlpha(shape: SVGElement): number {
  const style = getComputedStyle(shape);
  let alpha = Number(style.fillOpacity) * rgba(style.fill).alpha;
  for (let node: Element | null = shape; node && !(node instanceof SVGSVGElement); node = node.parentElement) {
    alpha *= Number(getComputedStyle(node).opacity);
  }
  return alpha;
}

/** The backgrounds a mark may sit on: the shaded lane band and the plot's background. */
function backgrounds(el: ConflictTimeline): { band: Rgb; plot: Rgb } {
  const plot = rgba(getComputedStyle(el).backgroundColor).rgb;
  const band = rgba(getComputedStyle(el.shadowRoot!.querySelector('.lane-band')!).fill);
  return { band: over(band.rgb, band.alpha, plot), plot };
}

/** The shapes that carry an uncertain mark's fill: a soft or hedged span's extent, or its point's symbol. */
function uncertainFills(root: ParentNode): SVGElement[] {
  return [...root.querySelectorAll<SVGElement>('.mark.soft > .extent, .mark.soft > .symbol, .mark.hedged > .extent, .mark.hedged > .symbol')];
}

describe('<conflict-timeline> legend', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await emulateForcedColors(false);
    await setViewport(DESK);
  });

  it('is open under the plot at 1280x900, inside the element, with its eight entries in English', async () => {
    const el = await timelineOnPage(DESK, WITH_CUES);
    const legend = legendOf(el);
    expect(legend.open).to.equal(true);
    expect(legend.querySelector('summary')!.textContent!.trim()).to.equal(EN_UI.legend.title);
    expect(entries(el).map(entryText)).to.deep.equal(CUE_KINDS.map((kind) => EN_UI.legend[kind]));
    const host = el.getBoundingClientRect();
    const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    for (const li of entries(el)) {
      const box = li.getBoundingClientRect();
      expect(box.width, li.textContent!).to.be.greaterThan(0);
      expect(within(box, host), `${li.textContent} inside the element`).to.equal(true);
      expect(box.top, `${li.textContent} under the plot`).to.be.at.least(plot.bottom - 0.5);
    }
    // On a desk the key costs a line or two: its entries sit side by side, not one under another.
    const tops = entries(el).map((li) => Math.round(li.getBoundingClientRect().top));
    expect(new Set(tops).size).to.be.at.most(2);
    // Without the sets of dates (seven kinds), one line.
    const single = await timelineOnPage(DESK, [...SINGLE_DATES, ...WITH_CUES.slice(idlib2019.events.length)]);
    expect(new Set(entries(single).map((li) => Math.round(li.getBoundingClientRect().top))).size).to.equal(1);
  });

  it('leaves the confidence cues out of the key of data that has none, such as the article', async () => {
    const el = await timelineOnPage(DESK);
    expect(entries(el).map((li) => li.dataset['kind'])).to.deep.equal(['exact', 'soft', 'hedged', 'span', 'ongoing', 'oneOf']);
  });

  for (const size of [DESK, PHONE]) {
    it(`keys one of several dates, and all of several, only where the data has them (${size.width} px)`, async () => {
      const kinds = (el: ConflictTimeline) => entries(el).map((li) => li.dataset['kind']);
      const none = kinds(await timelineOnPage(size, SINGLE_DATES));
      expect(none).to.not.include('oneOf');
      expect(none).to.not.include('allOf');
      expect(kinds(await timelineOnPage(size, [...SINGLE_DATES, SETS[0]!]))).to.include('oneOf').and.not.include('allOf');
      expect(kinds(await timelineOnPage(size, [...SINGLE_DATES, SETS[1]!]))).to.include('allOf').and.not.include('oneOf');
      // A span with a set at one end is drawn as a span, not as alternatives: nothing to key.
      expect(kinds(await timelineOnPage(size, [...SINGLE_DATES, { title: 'Span', start: '[2011-03-15,2011-03-18]/2011-04' }]))).to.not.include('oneOf');
      const el = await timelineOnPage(size, [...WITH_CUES, ...SETS]);
      expect(entries(el).map(entryText)).to.deep.equal(LEGEND_KINDS.map((kind) => EN_UI.legend[kind]));
      legendOf(el).open = true;
      await settle(el);
      const host = el.getBoundingClientRect();
      for (const kind of ['oneOf', 'allOf']) {
        const li = legendOf(el).querySelector(`li[data-kind="${kind}"]`)!;
        expect(within(li.getBoundingClientRect(), host), `${kind} inside the element`).to.equal(true);
        // Two alternatives and the line between them: dashed for one of them, solid for all.
        const swatch = li.querySelector('g.mark')!;
        expect(swatch.querySelectorAll('.alternative')).to.have.length(2);
        const dashes = getComputedStyle(swatch.querySelector('.link')!).strokeDasharray;
        if (kind === 'oneOf') expect(dashes).to.not.equal('none');
        else expect(dashes).to.equal('none');
      }
    });
  }

  it('speaks the element’s language and reads right to left in Arabic', async () => {
    const el = await timelineOnPage(DESK, WITH_CUES, { locale: 'ar', dir: 'rtl' });
    const legend = legendOf(el);
    expect(legend.getAttribute('lang')).to.equal('ar');
    expect(legend.querySelector('summary')!.textContent!.trim()).to.equal(AR_PACK.ui.legend.title);
    expect(entries(el).map(entryText)).to.deep.equal(CUE_KINDS.map((kind) => AR_PACK.ui.legend[kind]));
    const boxes = entries(el).map((li) => li.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.right, `entry ${i} left of entry ${i - 1}`).to.be.at.most(boxes[i - 1]!.left);
    }
    // Each swatch stands before its words, on the right.
    for (const li of entries(el)) {
      expect(li.querySelector('svg')!.getBoundingClientRect().left).to.be.greaterThan(li.querySelector('span')!.getBoundingClientRect().left);
    }
  });

  it('runs the ongoing swatch off the edge time runs to: right in English, left in Arabic', async () => {
    const openSide = (el: ConflictTimeline) => {
      const svg = legendOf(el).querySelector('li[data-kind="ongoing"] svg')!.getBoundingClientRect();
      const bar = legendOf(el).querySelector('li[data-kind="ongoing"] .extent')!.getBoundingClientRect();
      return { pastRight: bar.right > svg.right, pastLeft: bar.left < svg.left };
    };
    expect(openSide(await timelineOnPage(DESK))).to.deep.equal({ pastRight: true, pastLeft: false });
    expect(openSide(await timelineOnPage(DESK, idlib2019.events, { locale: 'ar', dir: 'rtl' }))).to.deep.equal({ pastRight: false, pastLeft: true });
  });

  for (const attrs of [{}, { locale: 'ar', dir: 'rtl' }] as Array<Record<string, string>>) {
    it(`folds away at 375x812 and opens within the element's width${attrs.locale ? ' (Arabic)' : ''}`, async () => {
      const el = await timelineOnPage(PHONE, idlib2019.events, attrs);
      const legend = legendOf(el);
      expect(legend.open, 'folded at first on a phone').to.equal(false);
      const host = el.getBoundingClientRect();
      const summary = legend.querySelector('summary')!;
      const handle = summary.getBoundingClientRect();
      expect(within(handle, host), 'the fold is on screen').to.equal(true);
      expect(handle.height, 'a touch target').to.be.at.least(24);
      summary.click();
      await settle(el);
      expect(legend.open).to.equal(true);
      const opened = el.getBoundingClientRect();
      expect(opened.width, 'the element keeps its width').to.be.closeTo(host.width, 0.5);
      for (const li of entries(el)) {
        const box = li.getBoundingClientRect();
        expect(box.width, li.textContent!).to.be.greaterThan(0);
        expect(within(box, opened), `${li.textContent} inside the element`).to.equal(true);
      }
      expect(legend.scrollWidth, 'nothing runs past the legend').to.be.at.most(legend.clientWidth);
    });
  }

  it('keeps the reader’s choice: folded by hand on a desk, it stays folded', async () => {
    const el = await timelineOnPage(DESK);
    legendOf(el).querySelector('summary')!.click();
    await settle(el);
    el.rows = 2;
    await settle(el);
    expect(legendOf(el).open).to.equal(false);
  });

  it('draws its swatches as the plot draws its marks: the same classes, shapes and styles', async () => {
    const el = await timelineOnPage(DESK, ALL_KINDS);
    const plot = el.shadowRoot!.querySelector('svg.plot-svg')!;
    const swatchOf = (kind: string) => legendOf(el).querySelector<SVGGElement>(`li[data-kind="${kind}"] g.mark`)!;
    expect(swatchOf('exact').getAttribute('class')).to.equal('mark');
    expect(swatchOf('soft').getAttribute('class')).to.equal('mark soft');
    expect(swatchOf('hedged').getAttribute('class')).to.equal('mark hedged');
    expect(swatchOf('span').getAttribute('class')).to.equal('mark');
    expect(swatchOf('ongoing').getAttribute('class')).to.equal('mark open');
    // The ongoing swatch ends as an ongoing bar ends at the plot's edge: with the same open-end chevrons.
    const plotOpenEnd = plot.querySelector('g.mark[data-key="ongoing"] .open-end')!;
    expect(swatchOf('ongoing').querySelector('.open-end')?.getAttribute('d')).to.equal(plotOpenEnd.getAttribute('d'));
    // The plot's marks carry labels; the swatches say what they mean in the legend's words instead.
    const drawn = (mark: Element) => [...mark.children].filter((c) => !c.classList.contains('label'));
    const shapeOf = (mark: Element) => drawn(mark).map((c) => `${c.tagName}.${c.getAttribute('class')}`).join(' ');
    const STYLE = ['fill-opacity', 'opacity', 'stroke-width', 'stroke-dasharray', 'mask'];
    const styleOf = (mark: Element) =>
      drawn(mark).filter((c) => !c.classList.contains('hit')).map((c) => STYLE.map((p) => getComputedStyle(c).getPropertyValue(p)).join('|'));
    for (const [kind, id] of [['exact', 'exact'], ['soft', 'month'], ['span', 'span']] as const) {
      const mark = plot.querySelector(`g.mark[data-key="${id}"]`)!;
      expect(swatchOf(kind).getAttribute('class'), kind).to.equal(mark.getAttribute('class'));
      expect(shapeOf(swatchOf(kind)), kind).to.equal(shapeOf(mark));
      expect(styleOf(swatchOf(kind)), kind).to.deep.equal(styleOf(mark));
    }
    // The hedged swatch has the same dashed edge as any hedged mark in the plot.
    const edgeStyle = (edge: Element) => STYLE.map((p) => getComputedStyle(edge).getPropertyValue(p)).join('|');
    const hedgedEdge = plot.querySelector('g.mark[data-key="approximate-day"] .edge')!;
    expect(edgeStyle(swatchOf('hedged').querySelector('.edge')!)).to.equal(edgeStyle(hedgedEdge));
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const size of [DESK, PHONE]) {
      it(`gives soft and hedged fills 3:1 against the lane band and the background (${theme}, ${size.width} px)`, async () => {
        const el = await timelineOnPage(size, [...idlib2019.events, ...ALL_KINDS], { theme });
        const { band, plot } = backgrounds(el);
        const fills = uncertainFills(el.shadowRoot!.querySelector('svg.plot-svg')!);
        expect(fills.length, 'uncertain marks drawn').to.be.at.least(4);
        for (const shape of fills) {
          const fill = rgba(getComputedStyle(shape).fill).rgb;
          const alpha = paintedAlpha(shape);
          const key = shape.parentElement!.getAttribute('data-key');
          expect(contrast(over(fill, alpha, band), band), `${key} on the lane band`).to.be.at.least(3);
          expect(contrast(over(fill, alpha, plot), plot), `${key} on the background`).to.be.at.least(3);
        }
        // The legend's own swatches, on the legend's background.
        const legendBg = rgba(getComputedStyle(el).backgroundColor).rgb;
        for (const shape of uncertainFills(legendOf(el))) {
          const fill = rgba(getComputedStyle(shape).fill).rgb;
          expect(contrast(over(fill, paintedAlpha(shape), legendBg), legendBg), 'legend swatch').to.be.at.least(3);
        }
      });
    }
  }

  it('draws uncertain marks in system colours in forced-colours mode', async () => {
    await emulateForcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const el = await timelineOnPage(DESK, ALL_KINDS);
    const probe = document.createElement('div');
    probe.style.color = 'CanvasText';
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    const canvas = rgba(getComputedStyle(probe).backgroundColor).rgb;
    probe.remove();
    const fills = uncertainFills(el.shadowRoot!);
    expect(fills.length).to.be.at.least(3);
    for (const shape of fills) {
      expect(getComputedStyle(shape).fill, shape.parentElement!.getAttribute('class')!).to.equal(canvasText);
      expect(contrast(rgba(getComputedStyle(shape).fill).rgb, canvas)).to.be.at.least(3);
    }
    for (const edge of el.shadowRoot!.querySelectorAll('.mark.hedged > .edge')) {
      expect(getComputedStyle(edge).stroke).to.equal(canvasText);
    }
  });

  it('draws a point-sized soft or hedged mark unlike the lane swatch and like the legend swatch (375 px)', async () => {
    // Linear time, where the months are a few px on a phone (collapsed stretches give them room).
    const el = await timelineOnPage(PHONE, SINGLE_DATES, { gaps: 'linear' });
    const root = el.shadowRoot!;
    const laneSwatches = [...root.querySelectorAll<SVGPathElement>('path.lane-swatch')];
    const softPoints = [...root.querySelectorAll<SVGPathElement>('svg.plot-svg .mark.soft > path.symbol')];
    expect(softPoints.length, 'month and season events are point-sized on a phone').to.be.at.least(2);
    const legendSoft = legendOf(el).querySelector('li[data-kind="soft"] .mark.soft > *:not(.hit)')!;
    for (const point of softPoints) {
      const box = point.getBoundingClientRect();
      // A short flat bar: twice as wide as tall, where every lane symbol is about square.
      expect(box.width / box.height, 'a flat bar').to.be.at.least(1.8);
      for (const swatch of laneSwatches) {
        const s = swatch.getBoundingClientRect();
        expect(s.width / s.height).to.be.below(1.5);
      }
      // It fades at its ends like the legend's soft swatch.
      expect(getComputedStyle(point).mask).to.not.equal('none');
      expect(getComputedStyle(point).mask).to.equal(getComputedStyle(legendSoft).mask);
    }
    const hedged = [...root.querySelectorAll<SVGGElement>('svg.plot-svg .mark.hedged')];
    expect(hedged.length).to.be.at.least(1);
    for (const mark of hedged) {
      const edge = mark.querySelector('.edge')!;
      const fill = mark.querySelector('.symbol, .extent')!;
      expect(getComputedStyle(edge).strokeDasharray).to.not.equal('none');
      // The edge shows outside the background ring the fill draws over its inner half.
      const shown = (parseFloat(getComputedStyle(edge).strokeWidth) - parseFloat(getComputedStyle(fill).strokeWidth)) / 2;
      expect(shown, 'visible width of the dashed edge').to.be.at.least(1.5);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with the legend open and folded (${theme})`, async () => {
      const el = await timelineOnPage(DESK, idlib2019.events, { theme });
      expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
      legendOf(el).querySelector('summary')!.click();
      await settle(el);
      expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
    });
  }
});
