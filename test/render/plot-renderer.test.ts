import { expect } from '@open-wc/testing';
import type { MarkLayout } from '../../src/layout/mark-layout.js';
import { detachedRenderer, layoutOf, prepare, SMALL_DATASET } from './plot-fixture.js';

const VIEW = { start: Date.UTC(2018, 11, 15), end: Date.UTC(2019, 5, 1) };
const WIDTH = 640;

/** Two languages as the element's packs are: both leave date-fns at its built-in English. */
const ENGLISH = { tag: 'en', greeting: 'Event' };
const PIRATE = { tag: 'en-x-pirate', greeting: 'Ahoy' };

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
});
