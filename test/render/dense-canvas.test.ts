import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { generateEvents } from '../../bench/generate-events.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { CANVAS_KEEP_ITEMS, CANVAS_MIN_ITEMS, PlotRenderer } from '../../src/render/plot-renderer.js';
import { layoutOf, PLAIN_CALLBACKS, prepare } from './plot-fixture.js';
import { emulateForcedColors } from '../support/forced-colors.js';
import { plotSvg, settle, timelineFixture, type TimelineOptions } from '../support/timeline-fixture.js';

// The stress page's generator, as the density tests use it: every lane dense when zoomed out.
const records = generateEvents(20_000, 20110315);

const SIZES = [
  // Zoomed out, a desk's width holds a few hundred density columns.
  { name: 'desk', width: 1280, height: 900, zoom: 1, mixed: 0.06, points: 0.06 },
  // A phone's holds fewer: zoomed in to where marks stand among columns, enough of them for the canvas.
  // `points`: a view of exact days only with enough of them for the canvas.
  { name: 'phone', width: 375, height: 812, zoom: 0.005, mixed: 0.005, points: 0.02 },
] as const;

type Size = (typeof SIZES)[number];

/** The dense records at a size's width (less the page's margin), in its view; `svg`: the page asks for SVG drawing. */
async function denseTimeline(size: Size, options: TimelineOptions & { svg?: boolean; zoom?: number } = {}): Promise<ConflictTimeline> {
  const style = options.svg ? '--ct-dense-drawing: svg' : '';
  const el = await timelineFixture(records, { width: size.width - 20, ...options, container: { ...options.container, style } });
  const zoom = options.zoom ?? size.zoom;
  if (zoom !== 1) {
    const start = el.view.start.getTime();
    const end = el.view.end.getTime();
    const half = ((end - start) * zoom) / 2;
    el.zoomTo(new Date((start + end) / 2 - half), new Date((start + end) / 2 + half));
    await settle(el);
  }
  return el;
}

/** The dense records where labelled marks stand among columns, and the canvas paints them. */
const mixedTimeline = (size: Size) => denseTimeline(size, { zoom: size.mixed });

/** The canvas, if it paints this view (shown), else null. */
function shownCanvas(el: ConflictTimeline): HTMLCanvasElement | null {
  return el.shadowRoot!.querySelector<HTMLCanvasElement>('foreignObject.dense-canvas:not([display]) canvas');
}

/** Every event and column on screen the reader can reach: primary marks and density columns. */
function accessibleItems(el: ConflictTimeline): SVGGElement[] {
  return [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark[role="button"], g.cluster')];
}

function hitBox(item: Element): DOMRect {
  return item.querySelector('rect.hit')!.getBoundingClientRect();
}

/** The canvas pixel under a point on screen (CSS px), as [r, g, b, a]. */
function pixelAt(canvas: HTMLCanvasElement, x: number, y: number): Uint8ClampedArray {
  const box = canvas.getBoundingClientRect();
  const px = Math.floor(((x - box.left) * canvas.width) / box.width);
  const py = Math.floor(((y - box.top) * canvas.height) / box.height);
  return canvas.getContext('2d')!.getImageData(px, py, 1, 1).data;
}

/** A point inside an item's hit area where the canvas has painted, scanning its middle row and the rows around it. */
function paintedPointIn(canvas: HTMLCanvasElement, item: Element): [number, number] | undefined {
  const box = hitBox(item);
  const plot = canvas.getBoundingClientRect();
  // A column's bar stands at the foot of its column; a mark's shape on the middle line of its hit area.
  const rows = item.classList.contains('cluster') ? [2.5, 3, 4].map((dy) => box.bottom - dy) : [0, -2, 2].map((dy) => (box.top + box.bottom) / 2 + dy);
  for (const y of rows) {
    for (let x = Math.max(box.left, plot.left) + 0.5; x < Math.min(box.right, plot.right); x += 1) {
      // Opaque: inside a shape, not on its smoothed edge.
      if (pixelAt(canvas, x, y)[3]! >= 250) return [x, y];
    }
  }
  return undefined;
}

/** The drawing's state as the reader meets it: each item's key, role, name and hit box in the plot (rounded to 0.1 px). */
function accessibleState(el: ConflictTimeline): string[] {
  const round = (n: number) => Math.round(n * 10) / 10;
  const plot = plotSvg(el).getBoundingClientRect();
  return accessibleItems(el).map((item) => {
    const b = hitBox(item);
    const box = [b.left - plot.left, b.top - plot.top, b.width, b.height].map(round);
    return [item.getAttribute('data-key'), item.getAttribute('role'), item.getAttribute('aria-label'), ...box].join('|');
  });
}

/**
 * Every mark and column as drawn: its attributes and its parts', sorted, and its label's text. The roving
 * tab stop is left out: where it stands depends on the views before. So are the attributes in `omit`.
 */
function drawnState(el: ConflictTimeline, omit: readonly string[] = []): string[] {
  const attributes = (node: Element) =>
    [...node.attributes]
      .filter((a) => a.name !== 'tabindex' && !omit.includes(a.name))
      .map((a) => `${a.name}=${a.value}`)
      .sort()
      .join(' ');
  const described = (node: Element): string => `<${node.localName} ${attributes(node)}>${node.children.length ? [...node.children].map(described).join('') : (node.textContent ?? '')}`;
  return [...el.shadowRoot!.querySelectorAll('svg.plot-svg :is(g.mark, g.cluster)')].map(described);
}

describe('dense views painted on a canvas, under an accessible SVG layer', function () {
  this.timeout(90_000);

  for (const size of SIZES) {
    describe(`${size.name} (${size.width}×${size.height})`, () => {
      before(() => setViewport({ width: size.width, height: size.height }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('paints the view, and leaves every event and column in view a named, focusable element with the same hit area as the SVG drawing', async () => {
        const el = await denseTimeline(size);
        const canvas = shownCanvas(el);
        expect(canvas, 'the canvas paints this view').to.not.equal(null);
        const items = accessibleItems(el);
        expect(items.length).to.be.at.least(CANVAS_MIN_ITEMS);
        // Shapes are the canvas's: no bar, symbol or extent is drawn in the SVG for them.
        expect(el.shadowRoot!.querySelectorAll('svg.plot-svg :is(g.cluster rect.bar, g.mark:not(.open) > .symbol, g.mark:not(.open) > .extent)').length).to.equal(0);
        for (const item of items) {
          expect(item.getAttribute('role')).to.equal('button');
          expect(item.getAttribute('aria-label')).to.match(/\S/);
          expect(item.getAttribute('tabindex')).to.be.oneOf(['0', '-1']);
        }
        expect(items.filter((item) => item.getAttribute('tabindex') === '0').length, 'one roving tab stop').to.equal(1);
        // The same names and hit areas as the page would have with every shape in SVG.
        const svgDrawn = await denseTimeline(size, { svg: true });
        expect(shownCanvas(svgDrawn), 'asked for SVG').to.equal(null);
        expect(svgDrawn.shadowRoot!.querySelectorAll('svg.plot-svg :is(g.cluster rect.bar, g.mark .symbol, g.mark .extent)').length).to.be.greaterThan(0);
        expect(accessibleState(el)).to.deep.equal(accessibleState(svgDrawn));
      });

      it('draws a view reached by many zoom steps (its marks and columns on nodes that left earlier views) as a plot drawn straight at it', async () => {
        for (const svg of [false, true]) {
          const stepped = await denseTimeline(size, { svg });
          const start = stepped.view.start.getTime();
          const end = stepped.view.end.getTime();
          // In towards a point left of centre, through the views where marks and columns mix, then back out a little.
          const at = start + (end - start) * 0.4;
          const factors = [0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 1.5, 1.5];
          let half = (end - start) / 2;
          for (const factor of factors) {
            half *= factor;
            stepped.zoomTo(new Date(at - half), new Date(at + half));
            await settle(stepped);
          }
          const straight = await denseTimeline(size, { svg });
          straight.zoomTo(stepped.view.start, stepped.view.end);
          await settle(straight);
          const state = drawnState(stepped);
          expect(state.filter((item) => item.includes('role=button')).length, 'marks and columns in view').to.be.greaterThan(20);
          expect(state).to.deep.equal(drawnState(straight));
          stepped.parentElement!.remove();
          straight.parentElement!.remove();
        }
      });

      it('shows a zoom step’s frame before its accessible layer, and joins that layer once the frame is on screen', async () => {
        const el = await mixedTimeline(size);
        const start = el.view.start.getTime();
        const end = el.view.end.getTime();
        // In a little, around a point left of centre: marks and columns move, and the canvas still paints.
        const at = start + (end - start) * 0.45;
        const half = ((end - start) / 2) * 0.8;
        const view = [new Date(at - half), new Date(at + half)] as const;
        const straight = await mixedTimeline(size);
        straight.zoomTo(...view);
        await settle(straight);
        el.zoomTo(...view);
        // In the frame that draws the step, after the element's own frame callback.
        const frame = await new Promise<{ painted: boolean; drawn: string[]; items: string[] }>((resolve) =>
          // Names are the accessible layer's: a group new in the frame gets its name when the layer is joined.
          requestAnimationFrame(() => resolve({ painted: shownCanvas(el) !== null, drawn: drawnState(el, ['aria-label']), items: accessibleState(el) })),
        );
        expect(frame.painted, 'the canvas paints the step').to.equal(true);
        // What the eye sees in the SVG is already the step's: labels, badges, and the shapes the canvas leaves.
        const forTheEye = (drawn: string[]) => drawn.filter((item) => /<text|class=mark[^ ]*.*(open|one-of|all-of)/.test(item)).sort();
        expect(forTheEye(frame.drawn).length, 'labelled marks in the step').to.be.greaterThan(3);
        expect(forTheEye(frame.drawn)).to.deep.equal(forTheEye(drawnState(straight, ['aria-label'])));
        // The hit areas and names of what the canvas paints are not yet.
        expect(frame.items).to.not.deep.equal(accessibleState(straight));
        await el.renderComplete;
        expect(drawnState(el)).to.deep.equal(drawnState(straight));
        expect(accessibleState(el)).to.deep.equal(accessibleState(straight));
      });

      it('completes the render when the keyboard joins the accessible layer before its task does', async () => {
        const el = await mixedTimeline(size);
        const stop = accessibleItems(el).find((item) => item.matches('g.mark') && item.getAttribute('tabindex') === '0')!;
        stop.focus();
        const start = el.view.start.getTime();
        const end = el.view.end.getTime();
        el.zoomTo(new Date(start + (end - start) / 20), new Date(end - (end - start) / 20));
        // After the frame, before the task that joins the layer: wait for the render, then move by key,
        // which joins the layer at once to focus the next mark.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const complete = el.renderComplete.then(() => 'complete');
        for (let i = 0; i < 10; i++) await Promise.resolve();
        el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
        const late = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000));
        expect(await Promise.race([complete, late])).to.equal('complete');
        expect(el.shadowRoot!.activeElement).to.not.equal(stop);
      });

      it('moves the mark or column holding focus with the frame, where its ring is seen', async () => {
        for (const kind of ['g.mark[role="button"]', 'g.cluster']) {
          const el = await mixedTimeline(size);
          const plot = plotSvg(el).getBoundingClientRect();
          const inView = [...el.shadowRoot!.querySelectorAll<SVGGElement>(kind)].filter((item) => {
            const box = hitBox(item);
            return box.left > plot.left + plot.width / 4 && box.right < plot.right - plot.width / 4;
          });
          expect(inView.length, kind).to.be.greaterThan(0);
          const item = inView[Math.floor(inView.length / 2)]!;
          item.focus();
          // A pan asked for in code, a tenth of the view: laid out, and the item stays in view.
          const start = el.view.start.getTime();
          const end = el.view.end.getTime();
          const step = (end - start) / 10;
          const view = [new Date(start + step), new Date(end + step)] as const;
          el.zoomTo(...view);
          const inFrame = await new Promise<DOMRect>((resolve) => requestAnimationFrame(() => resolve(hitBox(el.shadowRoot!.activeElement!))));
          await settle(el);
          expect(el.shadowRoot!.activeElement, `${kind} keeps focus`).to.equal(item);
          const settled = hitBox(item);
          expect(inFrame.left - plot.left, kind).to.be.closeTo(settled.left - plot.left, 0.05);
          expect(inFrame.width, kind).to.be.closeTo(settled.width, 0.05);
          el.parentElement!.remove();
        }
      });

      it('leaves the accessible layer while a reader zooms with the wheel, and joins it once the wheel pauses', async () => {
        const el = await mixedTimeline(size);
        const columns = plotSvg(el).querySelector<SVGGElement>(':scope > g.clusters')!;
        expect(columns.querySelectorAll('g.cluster').length, 'columns in view').to.be.greaterThan(10);
        const changes: MutationRecord[] = [];
        const observer = new MutationObserver((found) => changes.push(...found));
        observer.observe(columns, { subtree: true, childList: true, attributes: true });
        const before = el.view;
        const box = plotSvg(el).getBoundingClientRect();
        const turn = { deltaY: -6, ctrlKey: true, clientX: box.left + box.width * 0.45, clientY: box.bottom - 20, bubbles: true, cancelable: true, composed: true };
        // Three turns a frame apart, as a wheel's notches come: each frame draws the view it has reached.
        for (let i = 0; i < 3; i++) {
          plotSvg(el).dispatchEvent(new WheelEvent('wheel', turn));
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
        changes.push(...observer.takeRecords());
        observer.disconnect();
        expect(el.view.end.getTime() - el.view.start.getTime(), 'zoomed in').to.be.lessThan(before.end.getTime() - before.start.getTime());
        expect(shownCanvas(el), 'the canvas paints').to.not.equal(null);
        expect(changes.length, 'columns untouched while the wheel turns').to.equal(0);
        // Complete once the wheel has paused and the layer is joined: as a plot shown that view in code.
        await el.renderComplete;
        const straight = await mixedTimeline(size);
        straight.zoomTo(el.view.start, el.view.end);
        await settle(straight);
        expect(drawnState(el)).to.deep.equal(drawnState(straight));
        expect(accessibleState(el)).to.deep.equal(accessibleState(straight));
      });

      it('paints a mark or bar inside the hit area of every item in view, and nothing far from them', async () => {
        const el = await denseTimeline(size);
        const canvas = shownCanvas(el)!;
        const plot = canvas.getBoundingClientRect();
        for (const item of accessibleItems(el)) {
          const box = hitBox(item);
          // An item cut by the plot's edge may have its shape beyond it.
          if (box.left < plot.left || box.right > plot.right) continue;
          // Open ends and sets of dates keep their SVG shapes.
          if (item.matches('.open, .one-of, .all-of')) continue;
          expect(paintedPointIn(canvas, item), `${item.getAttribute('aria-label')}`).to.not.equal(undefined);
        }
        // The axis strip above the lanes holds no mark: the canvas is clear there.
        const axisY = plot.top + 10;
        for (let x = plot.left + 5; x < plot.right; x += 25) expect(pixelAt(canvas, x, axisY)[3], `axis strip at ${x}`).to.equal(0);
        // High DPI: one canvas pixel per device pixel.
        expect(canvas.width).to.equal(Math.round(plot.width * devicePixelRatio));
        expect(canvas.height).to.equal(Math.round(plot.height * devicePixelRatio));
      });

      it('reaches the items by keyboard: the tab stop moves with the arrows, from one named item to the next', async () => {
        const el = await denseTimeline(size);
        const stop = accessibleItems(el).find((item) => item.getAttribute('tabindex') === '0')!;
        stop.focus();
        expect(el.shadowRoot!.activeElement).to.equal(stop);
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        const next = el.shadowRoot!.activeElement as SVGGElement;
        expect(next).to.not.equal(stop);
        expect(next.matches('g.mark[role="button"], g.cluster'), 'focus on an event or column').to.equal(true);
        expect(next.getAttribute('tabindex')).to.equal('0');
        expect(next.getAttribute('aria-label')).to.match(/\S/);
      });

      it('zooms into a column clicked where its bar is painted', async () => {
        const el = await denseTimeline(size);
        const canvas = shownCanvas(el)!;
        const columns = el.shadowRoot!.querySelectorAll<SVGGElement>('g.cluster');
        expect(columns.length).to.be.greaterThan(0);
        const column = columns[Math.floor(columns.length / 2)]!;
        const point = paintedPointIn(canvas, column)!;
        const before = el.view.end.getTime() - el.view.start.getTime();
        await sendMouse({ type: 'click', position: [Math.round(point[0]), Math.round(point[1])] });
        await settle(el);
        expect(el.view.end.getTime() - el.view.start.getTime()).to.be.lessThan(before / 2);
      });

      if (size.zoom !== 1) {
        it('selects an event clicked where its mark is painted', async () => {
          const el = await denseTimeline(size);
          const canvas = shownCanvas(el)!;
          const plot = canvas.getBoundingClientRect();
          const inView = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark[role="button"]')].filter((m) => {
            const box = hitBox(m);
            return box.left > plot.left && box.right < plot.right;
          });
          // Marks whose painted shape is not under a neighbour's hit area (as with SVG shapes, the later mark is on top).
          const clear = inView.flatMap((m) => {
            const point = paintedPointIn(canvas, m);
            return point && el.shadowRoot!.elementFromPoint(point[0], point[1])?.closest('g.mark') === m ? [{ mark: m, point }] : [];
          });
          expect(clear.length, 'marks clear of their neighbours').to.be.greaterThan(inView.length / 3);
          const { mark, point } = clear[Math.floor(clear.length / 2)]!;
          const selected = oneEvent(el, 'ct-select');
          await sendMouse({ type: 'click', position: [Math.round(point[0]), Math.round(point[1])] });
          const { detail } = await selected;
          expect(detail?.id).to.equal(mark.getAttribute('data-event'));
        });
      }

      it('paints each exact day’s symbol in its lane’s colour at the middle of its hit area', async () => {
        // Exact days only: no span runs under a point to paint its middle. (A month's faded bar is a point
        // only where a month is under 12 px wide: mark-sprites.test.ts copies it.)
        const days = records.filter((r) => !('end' in r));
        const el = await timelineFixture(days, { width: size.width - 20 });
        const start = el.view.start.getTime();
        const end = el.view.end.getTime();
        const half = ((end - start) * size.points) / 2;
        el.zoomTo(new Date((start + end) / 2 - half), new Date((start + end) / 2 + half));
        await settle(el);
        const canvas = shownCanvas(el)!;
        expect(canvas, 'the canvas paints this view').to.not.equal(null);
        const plot = canvas.getBoundingClientRect();
        const centres = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark[role="button"]')].map((mark) => {
          const box = hitBox(mark);
          return { mark, box, x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
        });
        // A symbol reaches some 9 px from its middle: a neighbour nearer than twice that may paint over it.
        const clear = centres.filter(
          (c) => c.box.left > plot.left && c.box.right < plot.right && !centres.some((o) => o !== c && Math.abs(o.y - c.y) < 1 && Math.abs(o.x - c.x) < 18),
        );
        expect(clear.length, 'points in view clear of their neighbours').to.be.greaterThan(10);
        for (const { mark, x, y } of clear) {
          const [r, g, b, a] = pixelAt(canvas, x, y);
          const lane = getComputedStyle(mark).color.match(/\d+/g)!.map(Number);
          const name = mark.getAttribute('aria-label');
          expect(a, `${name}: painted`).to.equal(255);
          expect([r, g, b].map((c, i) => Math.abs(c! - lane[i]!)).every((d) => d <= 2), `${name}: rgb(${r}, ${g}, ${b}) in rgb(${lane.join(', ')})`).to.equal(true);
        }
      });
    });
  }

  describe('where every shape is SVG', () => {
    before(() => setViewport({ width: 1280, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('falls back to the SVG drawing in forced colours, and paints again when they end', async () => {
      await emulateForcedColors(true);
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
        const el = await denseTimeline(SIZES[0]);
        expect(shownCanvas(el)).to.equal(null);
        const bar = el.shadowRoot!.querySelector('g.cluster rect.bar')!;
        expect(bar, 'bars drawn in SVG').to.not.equal(null);
        expect(getComputedStyle(bar).fill, 'in the system text colour').to.not.equal('none');
        await emulateForcedColors(false);
        await settle(el);
        expect(shownCanvas(el), 'painted again').to.not.equal(null);
        expect(el.shadowRoot!.querySelector('g.cluster rect.bar')).to.equal(null);
      } finally {
        await emulateForcedColors(false);
      }
    });

    it('paints each column\'s bar taller for a larger count, and its count above it where it fits (elsewhere on hover)', async () => {
      const el = await denseTimeline(SIZES[0]);
      const canvas = shownCanvas(el)!;
      const columns = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.cluster')];
      /** The painted bar's top at the column's middle, scanning up from its foot while the pixels are the bar's colour. */
      const barTop = (column: Element) => {
        const box = hitBox(column);
        const x = (box.left + box.right) / 2;
        let y = box.bottom - 3;
        const colour = [...pixelAt(canvas, x, y)].join();
        while (y > box.top && [...pixelAt(canvas, x, y)].join() === colour) y -= 1;
        return y;
      };
      /** Whether anything is painted in the strip just above the bar, across the column (where its count stands). */
      const paintedAbove = (column: Element) => {
        const box = hitBox(column);
        const top = barTop(column);
        for (let y = top - 11; y < top - 1; y += 1) {
          for (let x = box.left + 1; x < box.right - 1; x += 1) if (pixelAt(canvas, x, y)[3]! > 0) return true;
        }
        return false;
      };
      const spoken = (column: Element) => Number(/^[\d,]+/.exec(column.getAttribute('aria-label')!)![0].replace(/,/g, ''));
      const byCount = [...columns].sort((a, b) => spoken(a) - spoken(b));
      const height = (column: Element) => hitBox(column).bottom - barTop(column);
      expect(height(byCount[byCount.length - 1]!)).to.be.greaterThan(height(byCount[0]!));
      const fitting = columns.filter((c) => !c.classList.contains('tight'));
      const tight = columns.filter((c) => c.classList.contains('tight'));
      expect(fitting.length).to.be.greaterThan(columns.length / 2);
      for (const column of fitting) expect(paintedAbove(column), column.getAttribute('aria-label')!).to.equal(true);
      if (tight.length > 0) {
        const column = tight[0]!;
        expect(paintedAbove(column), 'a tight count hidden').to.equal(false);
        const box = hitBox(column);
        await sendMouse({ type: 'move', position: [Math.round((box.left + box.right) / 2), Math.round(box.top + 4)] });
        expect(paintedAbove(column), 'shown on hover').to.equal(true);
        await sendMouse({ type: 'move', position: [0, 0] });
      }
    });

    it('exports a dense view as a full SVG drawing: its bars and counts, no canvas', async () => {
      const el = await denseTimeline(SIZES[0]);
      expect(shownCanvas(el)).to.not.equal(null);
      const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
      const bars = doc.querySelectorAll('g.cluster rect.bar');
      expect(bars.length).to.equal(el.shadowRoot!.querySelectorAll('g.cluster').length);
      expect(doc.querySelectorAll('foreignObject, canvas').length).to.equal(0);
    });

    it('repaints in the dark theme’s lane colours when the theme changes', async () => {
      const el = await denseTimeline(SIZES[0], { attributes: { theme: 'light' } });
      const canvas = shownCanvas(el)!;
      const column = el.shadowRoot!.querySelector<SVGGElement>('g.cluster')!;
      const [x, y] = paintedPointIn(canvas, column)!;
      const light = [...pixelAt(canvas, x, y)];
      const laneColour = (theme: string) => {
        el.setAttribute('theme', theme);
        return getComputedStyle(column).color;
      };
      expect(light.slice(0, 3).join()).to.equal(rgb(laneColour('light')));
      el.setAttribute('theme', 'dark');
      await settle(el);
      const dark = [...pixelAt(canvas, x, y)];
      expect(dark.slice(0, 3).join()).to.equal(rgb(laneColour('dark')));
      expect(dark.join()).to.not.equal(light.join());
    });

    it('draws in SVG from the next frame on when the page asks for it while the canvas paints', async () => {
      const el = await denseTimeline(SIZES[0], { container: { style: '' } });
      expect(shownCanvas(el)).to.not.equal(null);
      el.style.setProperty('--ct-dense-drawing', 'svg');
      el.requestUpdate();
      await settle(el);
      expect(shownCanvas(el)).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('g.cluster rect.bar').length).to.equal(el.shadowRoot!.querySelectorAll('g.cluster').length);
      el.style.removeProperty('--ct-dense-drawing');
      el.zoomTo(el.view.start, new Date(el.view.end.getTime() - 1));
      await settle(el);
      expect(shownCanvas(el), 'painting again once it no longer asks').to.not.equal(null);
    });

    it('paints the page’s own lane colour (--ct-lane-0-color)', async () => {
      const el = await denseTimeline(SIZES[0], { container: { style: '' } });
      el.style.setProperty('--ct-lane-0-color', 'rgb(200, 10, 30)');
      el.requestUpdate();
      await settle(el);
      const canvas = shownCanvas(el)!;
      const column = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.cluster')].find((c) => getComputedStyle(c).color === 'rgb(200, 10, 30)')!;
      expect(column, 'a column in lane 0').to.not.equal(undefined);
      const [x, y] = paintedPointIn(canvas, column)!;
      expect([...pixelAt(canvas, x, y)].slice(0, 3).join()).to.equal('200,10,30');
    });

    it('paints right to left where time runs so: the bars stand under their columns', async () => {
      const el = await denseTimeline(SIZES[0], { dir: 'rtl' });
      const canvas = shownCanvas(el)!;
      expect(canvas).to.not.equal(null);
      for (const column of el.shadowRoot!.querySelectorAll('g.cluster')) {
        expect(paintedPointIn(canvas, column), column.getAttribute('aria-label')!).to.not.equal(undefined);
      }
    });

    it('prints as SVG', async () => {
      const el = await denseTimeline(SIZES[0]);
      expect(shownCanvas(el)).to.not.equal(null);
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      expect(shownCanvas(el)).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('g.cluster rect.bar').length).to.be.greaterThan(0);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(shownCanvas(el)).to.not.equal(null);
    });
  });
});

/** An `rgb(r, g, b)` colour as "r,g,b". */
function rgb(colour: string): string {
  return /rgb\((\d+), (\d+), (\d+)\)/.exec(colour)!.slice(1, 4).join();
}

describe('the canvas threshold', () => {
  // One lane of points a few days apart: a year holds 140 marks, none dense, at 1,200 px.
  const points = Array.from({ length: 140 }, (_, i) => ({ id: `p${i}`, start: new Date(Date.UTC(2019, 0, 1 + i * 2)).toISOString().slice(0, 10), title: `Point ${i}`, actors: ['Party'] }));

  it('starts painting at CANVAS_MIN_ITEMS, keeps painting down to CANVAS_KEEP_ITEMS, and starts again only at CANVAS_MIN_ITEMS', () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const renderer = new PlotRenderer(container, PLAIN_CALLBACKS, { canvas: true });
      const layout = layoutOf(prepare(points), { start: Date.UTC(2018, 11, 20), end: Date.UTC(2019, 9, 20) }, { width: 1200 });
      expect(layout.clusters.length, 'no column').to.equal(0);
      expect(layout.marks.length).to.be.at.least(CANVAS_MIN_ITEMS + 10);
      const shown = (items: number): boolean => {
        renderer.render({ ...layout, marks: layout.marks.slice(0, items) }, {});
        return container.querySelector('foreignObject.dense-canvas:not([display])') !== null;
      };
      const between = (CANVAS_MIN_ITEMS + CANVAS_KEEP_ITEMS) >> 1;
      expect(shown(between), 'fewer than CANVAS_MIN_ITEMS, never painted').to.equal(false);
      expect(shown(CANVAS_MIN_ITEMS)).to.equal(true);
      expect(shown(between), 'painting, above CANVAS_KEEP_ITEMS').to.equal(true);
      expect(shown(CANVAS_KEEP_ITEMS)).to.equal(true);
      expect(shown(CANVAS_KEEP_ITEMS - 1)).to.equal(false);
      expect(shown(between), 'stopped: back only at CANVAS_MIN_ITEMS').to.equal(false);
      expect(shown(CANVAS_MIN_ITEMS + 5)).to.equal(true);
    } finally {
      container.remove();
    }
  });
});
