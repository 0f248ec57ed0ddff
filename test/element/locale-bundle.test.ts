import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { bareFrame } from '../support/bare-frame.js';

/**
 * The one-file bundle carries English only; each other language is its own chunk in
 * dist/bundle-chunks/, fetched when a page asks for it. Needs `npm run build` first.
 */

/** Each language's September after a day, as only its own pack (with its date-fns locale) writes it. */
const SEPTEMBER: Readonly<Record<string, string>> = {
  ar: '17 سبتمبر 2018',
  de: '17. September 2018',
  es: '17 de septiembre de 2018',
  fa: '17 سپتامبر 2018',
  fr: '17 septembre 2018',
  ru: '17 сентября 2018 г.',
  tr: '17 Eylül 2018',
};

/** Words no other shipped pack contains, to look for in the bundle's text. */
const ONLY_IN_PACK: Readonly<Record<string, string>> = {
  ar: 'سبتمبر',
  de: 'Steuerung der Zeitleiste',
  es: 'septiembre',
  fa: 'سپتامبر',
  fr: 'septembre',
  ru: 'сентября',
  tr: 'Eylül',
};

/**
 * Whether JavaScript source contains a text, written out or escaped: the test server
 * passes .js files through esbuild, which escapes every non-ASCII character.
 */
function sourceHas(source: string, text: string): boolean {
  const escape = (c: string) => {
    const code = c.charCodeAt(0);
    if (code < 128) return c;
    // esbuild writes Latin-1 as \xNN and the rest as \uNNNN.
    return code < 256 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  };
  const escaped = [...text].map(escape).join('');
  return source.includes(text) || source.toLowerCase().includes(escaped.toLowerCase());
}


const markLabel = (w: Window, tag: string) =>
  w.document.querySelector(`conflict-timeline[locale="${tag}"]`)?.shadowRoot?.querySelector('svg.plot-svg g.mark')?.getAttribute('aria-label') ?? '';

describe('language chunks of the bundle', () => {
  it('the bundle itself holds no other language', async () => {
    const bundle = await (await fetch('/dist/conflict-timeline.bundle.js')).text();
    expect(bundle.length).to.be.greaterThan(10_000);
    // English is built in, so the search below can see words, non-ASCII ones too.
    expect(sourceHas(bundle, 'September')).to.equal(true);
    expect(sourceHas(bundle, 'Loading events…')).to.equal(true);
    for (const [tag, word] of Object.entries(ONLY_IN_PACK)) {
      expect(sourceHas(bundle, word), `${tag} "${word}" in the bundle`).to.equal(false);
    }
  });

  it('on a bare page, the bundle fetches each language from bundle-chunks/ when asked, and that chunk has its words', async () => {
    const tags = Object.keys(SEPTEMBER);
    const timelines = tags
      .map(
        (tag) => `<conflict-timeline locale="${tag}" rows="1">
          <ol><li data-id="x"><time datetime="2018-09-17">17 Sep</time> Sochi memorandum</li></ol>
        </conflict-timeline>`,
      )
      .join('');
    const w = await bareFrame(
      `<script type="module" src="/dist/conflict-timeline.bundle.js"></script>${timelines}`,
      (w) => tags.every((tag) => markLabel(w, tag).includes(SEPTEMBER[tag]!)),
    );
    for (const tag of tags) expect(markLabel(w, tag), tag).to.contain(SEPTEMBER[tag]!);

    const fetched = w.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    for (const tag of tags) {
      const chunk = fetched.find((path) => new RegExp(`^/dist/bundle-chunks/${tag}-[\\w-]+\\.js$`).test(path));
      expect(chunk, `a ${tag} chunk among ${fetched.join(', ')}`).to.be.a('string');
      const text = await (await fetch(chunk!)).text();
      expect(sourceHas(text, ONLY_IN_PACK[tag]!), `${tag} chunk ${chunk} has "${ONLY_IN_PACK[tag]}"`).to.equal(true);
    }
  });

  it('a page that asks for no other language fetches no language chunk', async () => {
    const w = await bareFrame(
      `<script type="module" src="/dist/conflict-timeline.bundle.js"></script>
       <conflict-timeline><ol><li data-id="x"><time datetime="2018-09-17">17 Sep</time> Sochi memorandum</li></ol></conflict-timeline>`,
      (w) => !!w.document.querySelector('conflict-timeline')?.shadowRoot?.querySelector('svg.plot-svg g.mark'),
    );
    // renderComplete waits for any language the element asked for: after it, no chunk is still on its way.
    const timeline = w.document.querySelector<ConflictTimeline>('conflict-timeline')!;
    await timeline.renderComplete;
    const label = timeline.shadowRoot!.querySelector('svg.plot-svg g.mark')!.getAttribute('aria-label');
    expect(label).to.contain('17 September 2018');
    const fetched = w.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // The folder may hold other lazy chunks too (e.g. readers for `src`): look for the languages' own.
    const languageChunk = new RegExp(`^/dist/bundle-chunks/(${Object.keys(SEPTEMBER).join('|')}|roman-numeral)-`);
    expect(fetched.filter((path) => languageChunk.test(path))).to.deep.equal([]);
  });

  it('falls back to English, warns and says so in ct-locale-change when a language chunk cannot load', async () => {
    const w = await bareFrame(
      `<script>
        window.changes = []; window.escaped = []; window.warnings = [];
        addEventListener('ct-locale-change', (e) => changes.push(e.detail));
        addEventListener('unhandledrejection', (e) => escaped.push(String(e.reason)));
        const warn = console.warn;
        console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };
      </script>
      <script type="module" src="/__no-chunks/dist/conflict-timeline.bundle.js"></script>
      <conflict-timeline locale="tr"><ol><li data-id="x"><time datetime="2018-09-17">17 Sep</time> Sochi memorandum</li></ol></conflict-timeline>`,
      (w) => (w as unknown as { changes: unknown[] }).changes.length > 0 && markLabel(w, 'tr') !== '',
    );
    const page = w as unknown as { changes: unknown[]; escaped: string[]; warnings: string[] };
    expect(page.changes).to.deep.equal([{ requested: 'tr', locale: 'en', fallback: true }]);
    expect(page.escaped).to.deep.equal([]);
    expect(page.warnings.join('\n')).to.contain('"tr"');
    expect(markLabel(w, 'tr')).to.contain('17 September 2018');
  });
});
