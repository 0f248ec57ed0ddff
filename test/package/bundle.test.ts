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

  it('the unbundled ESM entry defines the element and exports the class', async () => {
    const mod = await import('../../dist/index.js' as string);
    expect(mod.ConflictTimeline).to.be.a('function');
    expect(customElements.get('conflict-timeline')).to.equal(mod.ConflictTimeline);
  });
});
