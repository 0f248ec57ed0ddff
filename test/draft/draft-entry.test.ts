/**
 * conflict-timeline/draft as built: its own ESM entry, apart from the element's bundle.
 * (npm test builds before it tests.)
 */
import { expect } from '@open-wc/testing';

describe('the built draft entry', () => {
  it('dist/draft/index.js exports draftEvents and defines no element', async () => {
    const before = customElements.get('conflict-timeline');
    const mod = await import('../../dist/draft/index.js' as string);
    expect(mod.draftEvents).to.be.a('function');
    const [draft] = mod.draftEvents('They met in Ankara on Monday.', { published: '2019-02-13' });
    expect(draft.start).to.equal('2019-02-11');
    expect(customElements.get('conflict-timeline')).to.equal(before);
  });

  it('the element’s bundle and its chunks carry none of it', async () => {
    const bundle = await (await fetch('/dist/conflict-timeline.bundle.js')).text();
    expect(bundle).not.to.contain('check it against the record');
    const chunks = [...bundle.matchAll(/bundle-chunks\/[\w-]+\.js/g)].map((m) => m[0]);
    expect(chunks.length).to.be.greaterThan(0);
    for (const chunk of new Set(chunks)) {
      expect(await (await fetch(`/dist/${chunk}`)).text(), chunk).not.to.contain('check it against the record');
    }
  });
});
