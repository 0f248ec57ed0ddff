import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { ConflictTimeline as SourceTimeline } from '../../src/element/conflict-timeline.js';
import { timelineStyles } from '../../src/element/conflict-timeline.styles.js';
import { bareFrame } from '../support/bare-frame.js';
import { emulateTouchScreen, gesture } from '../support/touch.js';

const span = (v: { start: Date; end: Date }) => v.end.getTime() - v.start.getTime();
// Not timeline-fixture's helpers: that module defines the element from the sources in this window.
const plotSvg = (el: ConflictTimeline) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot-svg')!;

/** The element's work done and two frames drawn (its own window's frames). */
async function settle(el: ConflictTimeline): Promise<void> {
  const w = el.ownerDocument.defaultView!;
  for (let i = 0; i < 2; i++) {
    await el.renderComplete;
    await new Promise((r) => w.requestAnimationFrame(r));
  }
  await el.renderComplete;
}

/** The bundle on a bare page, drawing a year of events in linear time (px are proportional to time). */
async function bundleTimeline(): Promise<{ w: Window & typeof globalThis; el: ConflictTimeline }> {
  const w = await bareFrame(
    `<script type="module" src="/dist/conflict-timeline.bundle.js"></script>
     <conflict-timeline gaps="linear"><ol>
       <li data-id="a"><time datetime="2018-01-10">10 Jan</time> First</li>
       <li data-id="b"><time datetime="2018-05-02">2 May</time> Second</li>
       <li data-id="c"><time datetime="2018-12-20">20 Dec</time> Third</li>
     </ol></conflict-timeline>`,
    (w) => !!w.document.querySelector('conflict-timeline')?.shadowRoot?.querySelector('svg.plot-svg g.mark'),
  );
  const el = w.document.querySelector<ConflictTimeline>('conflict-timeline')!;
  await settle(el);
  // The frame's own event constructors, so the events are its realm's, as a reader's would be.
  return { w: w as Window & typeof globalThis, el };
}

/** A point over the plot's lowest lane, in the frame's coordinates. */
function overPlot(el: ConflictTimeline, fraction: number): { x: number; y: number } {
  const box = plotSvg(el).getBoundingClientRect();
  return { x: box.left + box.width * fraction, y: box.bottom - 12 };
}

describe('built package', () => {
  it('the bundle file alone defines <conflict-timeline> on a bare page and draws inline data', async () => {
    const w = await bareFrame(
      `<script type="module" src="/dist/conflict-timeline.bundle.js"></script>
       <conflict-timeline><ol><li data-id="x"><time datetime="2018-09-17">17 Sep</time> Sochi memorandum</li></ol></conflict-timeline>`,
      (w) => !!w.document.querySelector('conflict-timeline')?.shadowRoot?.querySelector('svg.plot-svg g.mark'),
    );
    expect(w.customElements.get('conflict-timeline')).to.be.a('function');
    const mark = w.document.querySelector('conflict-timeline')!.shadowRoot!.querySelector('svg.plot-svg g.mark')!;
    expect(mark.getAttribute('aria-label')).to.contain('17 September 2018');
  });

  it('the bundle inlines its dependencies: no bare imports remain', async () => {
    const source = await (await fetch('/dist/conflict-timeline.bundle.js')).text();
    expect(source).not.to.match(/\bfrom\s*["'](lit|d3-[a-z]+|date-fns)/);
    expect(source).not.to.match(/\bimport\s*\(\s*["'](lit|d3-|date-fns)/);
  });

  it('conflict-timeline/element exports the class without defining it; the main entry and then the bundle define it once, without error', async () => {
    const w = await bareFrame(
      `<script type="module">
         window.addEventListener('error', (e) => (window.errors = [...(window.errors ?? []), e.message]));
         const element = await import('/dist/element.js');
         window.afterElement = customElements.get('conflict-timeline') ?? null;
         const main = await import('/dist/index.js');
         await import('/dist/conflict-timeline.bundle.js');
         window.result = { elementClass: element.ConflictTimeline, mainClass: main.ConflictTimeline, defined: customElements.get('conflict-timeline') };
       </script>`,
      (w) => 'result' in w,
    );
    const frame = w as Window & { afterElement: unknown; errors?: string[]; result: { elementClass: unknown; mainClass: unknown; defined: unknown } };
    expect(frame.afterElement).to.equal(null);
    expect(frame.result.mainClass).to.equal(frame.result.elementClass);
    expect(frame.result.defined).to.equal(frame.result.elementClass);
    expect(frame.errors).to.equal(undefined);
  });

  it("the bundle's styles, minified at build, are the sources' styles as the browser reads them", async () => {
    const w = await bareFrame(
      `<script type="module" src="/dist/conflict-timeline.bundle.js"></script>`,
      (w) => !!w.customElements.get('conflict-timeline'),
    );
    const rules = (result: CSSResult) => [...result.styleSheet!.cssRules].map((rule) => rule.cssText);
    const bundled = (w.customElements.get('conflict-timeline') as unknown as { elementStyles: CSSResult[] }).elementStyles;
    // The sources' own list, so a style sheet added to the element is compared too.
    const sources = SourceTimeline.styles as CSSResult[];
    expect(sources[0]).to.equal(timelineStyles);
    expect(bundled.length).to.equal(sources.length);
    // The minifier drops comments and whitespace: the bundle's text is shorter, what it says the same.
    expect(bundled[0]!.cssText.length).to.be.below(timelineStyles.cssText.length * 0.8);
    bundled.forEach((result, i) => expect(rules(result)).to.deep.equal(rules(sources[i]!)));
  });

  it('the unbundled ESM entry defines the element and exports the class', async () => {
    const mod = await import('../../dist/index.js' as string);
    expect(mod.ConflictTimeline).to.be.a('function');
    expect(customElements.get('conflict-timeline')).to.equal(mod.ConflictTimeline);
  });

  // The bundle gives d3-zoom a stand-in for d3-transition (build/bundle-shims/): every way to zoom and pan
  // goes through it, in the built bundle itself, not the sources the other tests load.
  describe('zoom and pan in the bundle', () => {
    it('zooms in by the button and by +, and back out by -', async () => {
      const { el } = await bundleTimeline();
      const full = span(el.view);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
      await settle(el);
      expect(span(el.view) / full).to.be.closeTo(0.5, 0.01);
      el.shadowRoot!.querySelector<SVGGElement>('g.mark[role="button"]')!.focus();
      await sendKeys({ press: '+' });
      await settle(el);
      expect(span(el.view) / full).to.be.closeTo(0.25, 0.01);
      await sendKeys({ press: '-' });
      await settle(el);
      expect(span(el.view) / full).to.be.closeTo(0.5, 0.01);
    });

    it('zooms by Ctrl + wheel and pans by dragging', async () => {
      const { w, el } = await bundleTimeline();
      const full = span(el.view);
      const { x, y } = overPlot(el, 0.5);
      const init = { clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true, view: w };
      plotSvg(el).dispatchEvent(new w.WheelEvent('wheel', { ...init, deltaY: -200, ctrlKey: true }));
      await settle(el);
      const zoomed = el.view;
      expect(span(zoomed)).to.be.below(full * 0.9);

      const width = plotSvg(el).getBoundingClientRect().width;
      plotSvg(el).dispatchEvent(new w.MouseEvent('mousedown', { ...init, button: 0 }));
      w.dispatchEvent(new w.MouseEvent('mousemove', { ...init, clientX: x + 100 }));
      w.dispatchEvent(new w.MouseEvent('mouseup', { ...init, clientX: x + 100 }));
      await settle(el);
      // Dragged 100 px right: the view moved 100 px worth of time earlier, its span kept.
      expect(span(el.view)).to.be.closeTo(span(zoomed), 1000);
      expect(zoomed.start.getTime() - el.view.start.getTime()).to.be.closeTo((100 / width) * span(zoomed), span(zoomed) * 0.01);
    });

    describe('on a touch screen', () => {
      beforeEach(() => emulateTouchScreen(true));
      afterEach(() => emulateTouchScreen(false));

      it('zooms with a two-finger pinch', async () => {
        const { el } = await bundleTimeline();
        const before = span(el.view);
        // Touches are sent in the test page's viewport, where the frame is put in view first.
        const frameElement = el.ownerDocument.defaultView!.frameElement!;
        frameElement.scrollIntoView({ block: 'start' });
        const frame = frameElement.getBoundingClientRect();
        const { x, y } = overPlot(el, 0.5);
        const [fx, fy] = [frame.left + x, frame.top + y];
        await gesture(
          [
            { id: 1, x: fx - 40, y: fy },
            { id: 2, x: fx + 40, y: fy },
          ],
          [
            { id: 1, x: fx - 160, y: fy },
            { id: 2, x: fx + 160, y: fy },
          ],
        );
        await settle(el);
        // Fingers spread fourfold: a quarter of the time on screen.
        expect(span(el.view) / before).to.be.closeTo(0.25, 0.05);
      });
    });
  });
});
