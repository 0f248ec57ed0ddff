import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

/**
 * The reader's picture of the article's timeline, measured on what is drawn: every event named
 * once, in the clear and inside the plot; no wide empty stretch between events; a selected label
 * whole. At the default view, at a desk, a tablet and a phone size, in English and in Arabic right
 * to left, light and dark. Every box comes from the rendered element.
 */

const SIZES = [
  { name: 'desk', width: 1280, height: 900 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 375, height: 812 },
] as const;
const TOLERANCE_PX = 0.5;

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const boxOf = (node: Element): Box => {
  const r = node.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
};
const overlap = (a: Box, b: Box) =>
  a.left < b.right - TOLERANCE_PX && b.left < a.right - TOLERANCE_PX && a.top < b.bottom - TOLERANCE_PX && b.top < a.bottom - TOLERANCE_PX;
const describeBox = (b: Box) => `[${b.left.toFixed(1)}–${b.right.toFixed(1)} × ${b.top.toFixed(1)}–${b.bottom.toFixed(1)}]`;

/** The article's timeline across the page (less a margin), drawn in its language. */
async function articleTimeline(width: number, locale?: string): Promise<ConflictTimeline> {
  const el = await timelineFixture(idlib2019.events, {
    width: 'auto',
    locale,
    attributes: { label: 'Idlib' },
    container: { style: 'padding:8px', dir: locale === 'ar' ? 'rtl' : 'ltr' },
  });
  if (locale) expect(el.shadowRoot!.querySelector('.toolbar')?.getAttribute('lang'), 'the language in use').to.equal(locale);
  expect(el.getBoundingClientRect().width).to.be.at.most(width);
  return el;
}

/** What labels must keep clear of: marks' shapes, ties and clusters, with who owns each. */
function drawnShapes(root: ShadowRoot): Array<{ what: string; event?: string; box: Box }> {
  const shapes: Array<{ what: string; event?: string; box: Box }> = [];
  for (const node of root.querySelectorAll('svg.plot-svg g.mark path.symbol, svg.plot-svg g.mark rect.extent, svg.plot-svg g.mark rect.core')) {
    const event = node.closest('g.mark')!.getAttribute('data-event')!;
    shapes.push({ what: `${node.getAttribute('class')} of ${event}`, event, box: boxOf(node) });
  }
  for (const node of root.querySelectorAll('line.tie')) shapes.push({ what: 'tie', box: boxOf(node) });
  for (const node of root.querySelectorAll('g.cluster rect')) shapes.push({ what: 'cluster', box: boxOf(node) });
  return shapes;
}

function labelsOf(root: ShadowRoot): Array<{ event: string; text: string; box: Box; node: SVGTextElement }> {
  return [...root.querySelectorAll<SVGTextElement>('svg.plot-svg g.mark text.label')].map((node) => ({
    event: node.closest('g.mark')!.getAttribute('data-event')!,
    text: node.textContent ?? '',
    box: boxOf(node),
    node,
  }));
}

/**
 * Every event named once, in the clear (over no shape and no other label) and inside the plot, on the
 * element as drawn now. At a desk and a tablet every label is the whole title; on a phone a label may
 * be the start of its title, cut at a word and faded (the whole title is in the mark's name, its
 * tooltip and the details).
 */
function expectEveryEventNamedInTheClear(el: ConflictTimeline, allowShortened: boolean, events = idlib2019.events): void {
  const root = el.shadowRoot!;
  const plot = boxOf(root.querySelector('svg.plot-svg')!);
  const labels = labelsOf(root);
  const shapes = drawnShapes(root);
  for (const event of events) {
    const own = labels.filter((l) => l.event === event.id);
    expect(own.length, `labels of ${event.id}`).to.equal(1);
    const label = own[0]!;
    if (allowShortened) {
      expect(event.title.startsWith(label.text), `${label.text} starts ${event.title}`).to.equal(true);
      expect(label.text.length, `shortened label of ${event.id} says something`).to.be.at.least(4);
    } else {
      expect(label.text, `label of ${event.id}`).to.equal(event.title);
    }
    expect(label.box.left, `${event.id} label inside the plot (left)`).to.be.at.least(plot.left - TOLERANCE_PX);
    expect(label.box.right, `${event.id} label inside the plot (right)`).to.be.at.most(plot.right + TOLERANCE_PX);
    expect(label.box.top).to.be.at.least(plot.top);
    expect(label.box.bottom).to.be.at.most(plot.bottom);
    for (const shape of shapes) {
      expect(overlap(label.box, shape.box), `${event.id} label ${describeBox(label.box)} over ${shape.what} ${describeBox(shape.box)}`).to.equal(false);
    }
    for (const other of labels) {
      if (other === label) continue;
      expect(overlap(label.box, other.box), `${event.id} label over ${other.event} label`).to.equal(false);
    }
  }
}

/** The widest stretch of the plot with no mark in it, between marks; a collapsed stretch is not empty. */
function widestEmptyStretch(el: ConflictTimeline): { width: number; plotWidth: number } {
  const root = el.shadowRoot!;
  const plot = boxOf(root.querySelector('svg.plot-svg')!);
  const covered = [
    ...[...root.querySelectorAll('svg.plot-svg g.mark path.symbol, svg.plot-svg g.mark rect.extent, svg.plot-svg g.cluster rect')].map(boxOf),
    ...[...root.querySelectorAll('g.axis-break rect.break-band')].map(boxOf),
  ]
    .map((b) => [Math.max(b.left, plot.left), Math.min(b.right, plot.right)] as const)
    .sort((a, b) => a[0] - b[0]);
  const marks = [...root.querySelectorAll('svg.plot-svg g.mark path.symbol, svg.plot-svg g.mark rect.extent')].map(boxOf);
  const first = Math.min(...marks.map((b) => b.left));
  const last = Math.max(...marks.map((b) => b.right));
  let widest = 0;
  let reach = first;
  for (const [a, b] of covered) {
    if (a > reach && reach < last) widest = Math.max(widest, Math.min(a, last) - reach);
    reach = Math.max(reach, b);
  }
  return { width: widest, plotWidth: plot.right - plot.left };
}

describe('<conflict-timeline> the reader\'s picture of the article', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const size of SIZES) {
    for (const locale of [undefined, 'ar'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        const name = `${size.name} (${size.width}×${size.height}), ${locale ?? 'en'}, ${theme}`;

        it(`names every event once, in the clear and inside the plot: ${name}`, async () => {
          await setViewport({ width: size.width, height: size.height });
          await emulateMedia({ colorScheme: theme });
          const el = await articleTimeline(size.width, locale);
          expectEveryEventNamedInTheClear(el, size.name === 'phone');
        });
      }
    }

    it(`leaves no empty stretch wider than a third of the plot between events: ${size.name}`, async () => {
      await setViewport({ width: size.width, height: size.height });
      const el = await articleTimeline(size.width);
      const { width, plotWidth } = widestEmptyStretch(el);
      expect(width, `widest empty stretch of ${plotWidth.toFixed(0)} px`).to.be.below(plotWidth / 3);
      // The empty years are there, collapsed and marked: a break on the axis, named with the time it hides.
      const breaks = [...el.shadowRoot!.querySelectorAll('g.axis-break')];
      expect(breaks.length).to.be.at.least(1);
      expect(breaks[0]!.querySelector('title')!.textContent).to.match(/2011 – .*2017$/);
    });

    it(`keeps a selected (bold) label whole and in the clear: ${size.name}`, async () => {
      await setViewport({ width: size.width, height: size.height });
      const el = await articleTimeline(size.width);
      for (const event of idlib2019.events) {
        el.select(String(event.id));
        await settle(el);
        const label = labelsOf(el.shadowRoot!).find((l) => l.event === event.id)!;
        expect(getComputedStyle(label.node).fontWeight, `${event.id} drawn bold`).to.equal('700');
        // Bold is wider: at a desk every label stays whole; narrower, making room may shorten a label.
        expectEveryEventNamedInTheClear(el, size.name !== 'desk');
      }
    });
  }

  it('labels a span that fills the view beside it, never on it (zoomed into March 2011)', async () => {
    for (const size of [SIZES[0], SIZES[2]]) {
      await setViewport({ width: size.width, height: size.height });
      const el = await articleTimeline(size.width);
      el.zoomTo('2011-03-05', '2011-03-25');
      await settle(el);
      const uprising = idlib2019.events.filter((e) => e.id === 'syria-uprising-2011');
      // Its two copies (government, opposition) run across the whole plot: no room before or after.
      const plot = boxOf(el.shadowRoot!.querySelector('svg.plot-svg')!);
      for (const bar of el.shadowRoot!.querySelectorAll('svg.plot-svg g.mark[data-event="syria-uprising-2011"] rect.extent')) {
        expect(boxOf(bar).left).to.be.at.most(plot.left + 1);
        expect(boxOf(bar).right).to.be.at.least(plot.right - 1);
      }
      expectEveryEventNamedInTheClear(el, size.name === 'phone', uprising);
    }
  });

  it('without collapsing, the same data leaves most of the plot empty (what collapsing guards against)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await articleTimeline(1280);
    el.gaps = 'linear';
    await settle(el);
    const { width, plotWidth } = widestEmptyStretch(el);
    expect(width).to.be.above(plotWidth / 3);
    expect(el.shadowRoot!.querySelectorAll('g.axis-break').length).to.equal(0);
  });

  it('keeps view, zoomTo and ct-view-change in calendar time across a collapsed stretch', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await articleTimeline(1280);
    el.zoomTo('2012-01-01', '2018-12-31');
    await settle(el);
    expect(el.view.start.toISOString().slice(0, 10)).to.equal('2012-01-01');
    expect(el.view.end.toISOString().slice(0, 10)).to.equal('2018-12-31');
    // Zooming in steps stays continuous: each step narrows the view and keeps its centre.
    let previous = el.view;
    for (let i = 0; i < 6; i++) {
      el.zoomIn();
      await settle(el);
      const now = el.view;
      expect(now.start.getTime()).to.be.at.least(previous.start.getTime());
      expect(now.end.getTime()).to.be.at.most(previous.end.getTime());
      previous = now;
    }
  });
});
