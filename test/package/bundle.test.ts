import { expect } from '@open-wc/testing';
import { bareFrame } from '../support/bare-frame.js';

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

  it('the unbundled ESM entry defines the element and exports the class', async () => {
    const mod = await import('../../dist/index.js' as string);
    expect(mod.ConflictTimeline).to.be.a('function');
    expect(customElements.get('conflict-timeline')).to.equal(mod.ConflictTimeline);
  });
});
