// What paper gets. The plot is laid out again at its width on paper, whatever the screen's: its
// labels are placed for the paper (all that fit, none past the edge, none over another), not scaled
// from the screen's layout; after printing, it is laid out at the screen's width again, in the same
// view. The key prints open where a phone folds it, and addresses read left to right in any direction.
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { generateEvents } from '../../bench/generate-events.js';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { DEFAULT_PRINT_WIDTH_PX } from '../../src/element/print-controller.js';
import { labelBoxes, labelOverlaps } from '../support/drawn-boxes.js';
import { plotSvg, settle, timelineFixture } from '../support/timeline-fixture.js';

const PHONE = { name: 'a phone', width: 375 } as const;
const DESK = { name: 'a desk', width: 1280 } as const;
const ARTICLE = { name: 'the article', records: () => idlib2019.events, view: ['2016-06', '2019-03'] as [string, string] };
/** 120 of the bench's events over nine years: too many labels for either width, no density strips. */
const BENCH = { name: '120 events of the bench', records: () => generateEvents(120, 5), view: undefined };
const CASES = [
  // The article's six labels in this view are cut short on a phone, and whole on paper.
  { size: PHONE, set: ARTICLE, labelsOnPaper: 'longer' },
  { size: PHONE, set: BENCH, labelsOnPaper: 'more' },
  // The Astana memorandum stands at the view's start edge (where the empty years are collapsed): its
  // label fits beside it at a desk's width, not at the paper's.
  { size: DESK, set: ARTICLE, labelsOnPaper: 'fewer' },
  { size: DESK, set: BENCH, labelsOnPaper: 'fewer' },
] as const;

/** The body's default margin on either side: a viewport this much wider than an element holds it. */
const BODY_MARGINS = 16;

interface Drawn {
  /** The width the plot was laid out at: its SVG's `width` and its viewBox's. */
  readonly width: number;
  readonly viewBoxWidth: number;
  readonly labels: number;
  /** Characters of all labels: a label cut short on a phone is whole on paper. */
  readonly labelText: number;
  readonly view: { readonly start: number; readonly end: number };
}

function drawn(el: ConflictTimeline): Drawn {
  const svg = plotSvg(el);
  return {
    width: Number(svg.getAttribute('width')),
    viewBoxWidth: svg.viewBox.baseVal.width,
    labels: labelBoxes(el).length,
    labelText: [...plotSvg(el).querySelectorAll('text.label')].reduce((sum, label) => sum + (label.textContent ?? '').length, 0),
    view: { start: el.view.start.getTime(), end: el.view.end.getTime() },
  };
}

/** Prints as a browser does: print media, then `beforeprint`. */
async function startPrinting(el: ConflictTimeline): Promise<void> {
  await emulateMedia({ media: 'print' });
  window.dispatchEvent(new Event('beforeprint'));
  await settle(el);
}

async function stopPrinting(el: ConflictTimeline): Promise<void> {
  window.dispatchEvent(new Event('afterprint'));
  await emulateMedia({ media: 'screen' });
  await settle(el);
}

/** The ids the table lists for the view on screen: the events in view. */
async function tableIds(el: ConflictTimeline): Promise<string[]> {
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!;
  toggle.click();
  await settle(el);
  const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button.row-title')].map((b) => b.dataset['id']!);
  toggle.click();
  await settle(el);
  return ids;
}

function printedIds(el: ConflictTimeline): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.print-list li')].map((li) => li.dataset['id']!);
}

/** Every label inside the drawing's box, as the browser laid it out (scaled to the box it prints in). */
function expectLabelsInside(el: ConflictTimeline): void {
  const edge = plotSvg(el).getBoundingClientRect();
  for (const { what, box } of labelBoxes(el)) {
    expect(box.left, `${what} starts inside the plot`).to.be.at.least(edge.left - 0.5);
    expect(box.right, `${what} ends inside the plot`).to.be.at.most(edge.right + 0.5);
  }
}

function expectNoOverlaps(el: ConflictTimeline): void {
  const overlaps = labelOverlaps(el);
  expect(overlaps, `${overlaps.length} overlaps:\n${overlaps.slice(0, 10).join('\n')}`).to.deep.equal([]);
}

describe('<conflict-timeline> printed at the paper’s width', function () {
  this.timeout(60_000);

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const c of CASES) {
    it(`lays ${c.set.name} out for the paper from ${c.size.name}’s ${c.size.width} px, then for the screen again`, async () => {
      await setViewport({ width: c.size.width + BODY_MARGINS, height: 800 });
      const el = await timelineFixture(c.set.records(), { width: c.size.width });
      if (c.set.view) el.zoomTo(...c.set.view);
      await settle(el);
      const inView = await tableIds(el);
      const onScreen = drawn(el);
      // The element's border is inside its width.
      expect(onScreen.width).to.be.closeTo(c.size.width - 2, 0.5);

      await startPrinting(el);
      const printed = drawn(el);
      expect(printed.width).to.be.closeTo(DEFAULT_PRINT_WIDTH_PX, 0.01);
      expect(printed.viewBoxWidth).to.be.closeTo(DEFAULT_PRINT_WIDTH_PX, 0.01);
      expect(printed.view).to.deep.equal(onScreen.view);
      // Laid out again, not scaled: as many labels as the paper's width has room for.
      if (c.labelsOnPaper === 'more') expect(printed.labels).to.be.above(onScreen.labels);
      else if (c.labelsOnPaper === 'longer') {
        expect(printed.labels).to.equal(onScreen.labels);
        expect(printed.labelText).to.be.above(onScreen.labelText);
      }
      else if (c.labelsOnPaper === 'fewer') expect(printed.labels).to.be.below(onScreen.labels).and.above(0);
      else expect(printed.labels).to.equal(onScreen.labels);
      expectLabelsInside(el);
      expectNoOverlaps(el);
      expect(printedIds(el)).to.have.members(inView).and.have.length(inView.length);

      await stopPrinting(el);
      const after = drawn(el);
      expect(after.width).to.be.closeTo(onScreen.width, 0.5);
      expect(after.view).to.deep.equal(onScreen.view);
      expect(after.labels).to.equal(onScreen.labels);
      expect(el.shadowRoot!.querySelector('.print-list')).to.equal(null);
    });
  }

  it('lays the plot out at --ct-print-width where the page sets it', async () => {
    const el = await timelineFixture(idlib2019.events, { width: 375, container: { style: '--ct-print-width: 7in' } });
    await startPrinting(el);
    expect(drawn(el).width).to.be.closeTo(7 * 96, 0.01);
    expectLabelsInside(el);
    expectNoOverlaps(el);
  });

  it('takes the plot’s own width on paper once the browser has laid the page out for it', async () => {
    // As Chromium prints: `beforeprint` on the screen's layout, then print media with the page as wide as the paper.
    await setViewport({ width: 375 + BODY_MARGINS, height: 800 });
    const el = await timelineFixture(idlib2019.events, { width: 'auto' });
    const onScreen = drawn(el);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(drawn(el).width, 'not told the paper yet').to.be.closeTo(DEFAULT_PRINT_WIDTH_PX, 0.01);
    const paper = 600;
    await setViewport({ width: paper + BODY_MARGINS, height: 800 });
    await emulateMedia({ media: 'print' });
    await settle(el);
    // As wide as the page's column on paper: not the default, nor the screen's.
    expect(drawn(el).width).to.be.closeTo(paper, 0.5);
    expect(drawn(el).view).to.deep.equal(onScreen.view);
    expectLabelsInside(el);
    expectNoOverlaps(el);
    await setViewport({ width: 375 + BODY_MARGINS, height: 800 });
    await stopPrinting(el);
    expect(drawn(el).width).to.be.closeTo(onScreen.width, 0.5);
    expect(drawn(el).view).to.deep.equal(onScreen.view);
  });
});

describe('<conflict-timeline> printed from a phone', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints the key that the phone folds, and folds it again after', async () => {
    const el = await timelineFixture(idlib2019.events, { width: 375 });
    const key = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="legend"]')!;
    const entries = () => [...key.querySelectorAll('li')];
    expect(key.open, 'folded on a phone').to.equal(false);
    expect(entries().length).to.be.above(0);
    expect(entries().some((li) => li.checkVisibility())).to.equal(false);
    await startPrinting(el);
    for (const li of entries()) {
      expect(li.checkVisibility(), li.textContent!).to.equal(true);
      expect(li.getBoundingClientRect().height, li.textContent!).to.be.above(0);
    }
    await stopPrinting(el);
    expect(key.open).to.equal(false);
    expect(entries().some((li) => li.checkVisibility())).to.equal(false);
  });
});

describe('<conflict-timeline> printed right to left', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('writes each source’s address left to right in its brackets', async () => {
    const el = await timelineFixture(idlib2019.events, { locale: 'ar', dir: 'rtl' });
    await startPrinting(el);
    const addresses = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.print-list .print-url')];
    expect(addresses.length).to.be.above(0);
    for (const span of addresses) {
      const text = span.textContent!;
      expect(text, 'one address in brackets').to.match(/^<https?:\/\/[^\s<>]+>$/);
      const open = characterBox(span, 0);
      const close = characterBox(span, text.length - 1);
      // Where the browser put them: the bracket that opens is left of the one that closes, or on a line above it.
      if (Math.abs(open.top - close.top) < 1) expect(open.left, text).to.be.below(close.left);
      else expect(open.top, text).to.be.below(close.top);
    }
  });
});

/** The box of the character at `offset` in an element's text, as laid out. */
function characterBox(element: Element, offset: number): DOMRect {
  let rest = offset;
  for (const node of element.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const length = node.textContent!.length;
    if (rest < length) {
      const range = document.createRange();
      range.setStart(node, rest);
      range.setEnd(node, rest + 1);
      return range.getClientRects()[0]!;
    }
    rest -= length;
  }
  throw new Error(`no character ${offset} in ${element.textContent}`);
}
