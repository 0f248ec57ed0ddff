import { expect } from '@open-wc/testing';
import type { MarkLayout } from '../../src/layout/mark-layout.js';
import { PlotRenderer } from '../../src/render/plot-renderer.js';
import { detachedRenderer, layoutOf, PLAIN_CALLBACKS, prepare, SMALL_DATASET } from './plot-fixture.js';

const VIEW = { start: Date.UTC(2018, 11, 15), end: Date.UTC(2019, 5, 1) };
const WIDTH = 640;

/** Two languages as the element's packs are: both leave date-fns at its built-in English. */
const ENGLISH = { tag: 'en', greeting: 'Event', dateFns: undefined };
const PIRATE = { tag: 'en-x-pirate', greeting: 'Ahoy', dateFns: undefined };

describe('PlotRenderer', () => {
  it('names the marks again when the language changes, though both languages have the same date-fns locale', () => {
    let language = ENGLISH;
    const renderer = detachedRenderer({ nameOfMark: (mark) => `${language.greeting}: ${mark.event.title}` });
    const layout = layoutOf(prepare(SMALL_DATASET), VIEW, { width: WIDTH });
    renderer.render(layout, { language });
    expect(renderer.markNode('talks')!.getAttribute('aria-label')).to.equal('Event: Talks in Geneva');
    language = PIRATE;
    renderer.render(layout, { language });
    expect(renderer.markNode('talks')!.getAttribute('aria-label')).to.equal('Ahoy: Talks in Geneva');
  });

  it('names each mark once per language, not on every frame', () => {
    const named: string[] = [];
    const renderer = detachedRenderer({
      nameOfMark: (mark: MarkLayout) => {
        named.push(mark.event.id);
        return mark.event.title;
      },
    });
    const prepared = prepare(SMALL_DATASET);
    renderer.render(layoutOf(prepared, VIEW, { width: WIDTH }), { language: ENGLISH });
    const once = named.length;
    expect(once).to.equal(SMALL_DATASET.length);
    // Another frame: the same events, panned a little.
    const later = { start: VIEW.start + 86_400_000, end: VIEW.end + 86_400_000 };
    renderer.render(layoutOf(prepared, later, { width: WIDTH }), { language: ENGLISH });
    expect(named).to.have.length(once);
  });

  it('keeps a mark\'s node, and the focus on it, when its event turns from a point into a span and back', () => {
    // Three days: under a pixel wide over eight years (a point), 64 px over a month (a span).
    const prepared = prepare([{ id: 'siege', start: '2019-03-01', end: '2019-03-03', title: 'Siege', actors: ['Government'] }]);
    const years = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2023, 0, 1) };
    const month = { start: Date.UTC(2019, 1, 15), end: Date.UTC(2019, 2, 15) };
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const renderer = new PlotRenderer(container, PLAIN_CALLBACKS);
      const state = { focusKey: 'siege' };
      const asPoint = layoutOf(prepared, years, { width: WIDTH });
      expect(asPoint.marks.map((m) => m.kind)).to.deep.equal(['point']);
      renderer.render(asPoint, state);
      const node = renderer.markNode('siege')!;
      expect(node.querySelector('path.symbol')).to.exist;
      expect(node.querySelector('rect.extent')).to.equal(null);
      node.focus();
      expect(document.activeElement).to.equal(node);

      const asSpan = layoutOf(prepared, month, { width: WIDTH });
      expect(asSpan.marks.map((m) => m.kind)).to.deep.equal(['span']);
      renderer.render(asSpan, state);
      expect(renderer.markNode('siege')).to.equal(node);
      expect(node.querySelector('rect.extent')).to.exist;
      expect(node.querySelector('path.symbol')).to.equal(null);
      expect(document.activeElement).to.equal(node);

      renderer.render(asPoint, state);
      expect(renderer.markNode('siege')).to.equal(node);
      expect(node.querySelector('path.symbol')).to.exist;
    } finally {
      container.remove();
    }
  });
});
