/**
 * Untrusted text is text: classic script-injection payloads in every
 * text field and every link of an event. After drawing, selecting (details
 * open) and, where the element has one, the table view: nothing injected
 * exists, no handler attribute, no link other than http(s)/mailto, no handler
 * ran, and each payload reads back verbatim as text.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { imageErrorsFired } from '../support/image-errors.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { setEvents, setSrc, shadow } from './data-support.js';

declare global {
  interface Window {
    __xss?: boolean;
  }
}

/** Every handler sets window.__xss; alert() would block a headless page instead of failing a test. */
const RUN = 'window.__xss=true';
const PAYLOADS: readonly string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror=${RUN}>`,
  `<img src="x" onerror="${RUN}">`,
  `"><svg onload=${RUN}>`,
  `'><svg/onload=${RUN}>`,
  `javascript:${RUN}`,
  `jAvAsCrIpT:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,${btoa(`<script>${RUN}</script>`)}`,
  `vbscript:msgbox(1)`,
  `//evil.example/x.js`,
  `&#106;avascript:${RUN}`,
  `&#x6A;avascript&colon;${RUN}`,
  `</style><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  '${' + RUN + '}',
  '`${' + RUN + '}`',
  `{{constructor.constructor('${RUN}')()}}`,
  `' onmouseover='${RUN}' x='`,
  `" autofocus onfocus="${RUN}" x="`,
  `<a href="javascript:${RUN}">click</a>`,
  `<iframe srcdoc="<script>parent.__xss=true</script>"></iframe>`,
  `<!--<img src=x onerror=${RUN}>-->`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<svg><foreignObject><img src=x onerror=${RUN}></foreignObject></svg>`,
];

/** Where the payloads' images point: `src=x`, relative to the page. */
const INJECTED_IMAGE = 'x';

/**
 * Resolves once an image injected by a payload would have run its onerror handler. Handlers on other
 * elements run sooner (an svg's onload on insertion), or need an element that expectNothingInjected
 * finds first (an iframe, a script).
 */
const injectedImagesFired = () => imageErrorsFired(INJECTED_IMAGE);

/** One event carrying the payload in every field the data format has (text fields are trimmed, so none has outer spaces). */
function eventCarrying(text: string) {
  return {
    id: text,
    start: '2019-02-11',
    title: text,
    description: text,
    actors: [text, 'Turkey'],
    category: text,
    dateText: text,
    dateNote: text,
    sources: [text, { name: text, url: text }, { name: 'Named source', url: text }, { url: text }],
    url: text,
  };
}

const SAFE_HREF = /^(https?|mailto):/i;
/** Elements through which markup could run script or load something. */
const DANGEROUS = 'script, img, iframe, object, embed, foreignObject, math, style, link, meta, base, form, input, textarea, video, audio, source';

function allElements(root: ShadowRoot | Document): Element[] {
  return [...root.querySelectorAll('*')];
}

function tagCounts(root: ShadowRoot | Document, selector: string): number {
  return root.querySelectorAll(selector).length;
}

/** Opens the table view when the element has one (the lead adds it in parallel); false when there is none. */
async function openTableView(el: ConflictTimeline): Promise<void> {
  const toggle = shadow(el).querySelector<HTMLButtonElement>('button[part~="table-toggle"]');
  if (!toggle) throw new Error('the table toggle is missing');
  toggle.click();
  await settle(el);
  expect(shadow(el).querySelector('table'), 'the table view is open').to.not.equal(null);
}

/** What the component renders by its own design for a harmless event of the same shape. */
async function tagNamesFor(text: string): Promise<Set<string>> {
  const el = await timelineFixture();
  await setEvents(el, [eventCarrying(text)]);
  el.select(text);
  await settle(el);
  await openTableView(el);
  return new Set(allElements(shadow(el)).map((e) => e.localName));
}

/** No node, attribute or link the component does not make itself, in its shadow root or in the page. */
function expectNothingInjected(root: ShadowRoot, ownTags: ReadonlySet<string>, documentBaseline: number): void {
  // Nothing the payload could have brought in: only the element's own kinds of node.
  const tags = new Set(allElements(root).map((e) => e.localName));
  expect([...tags].filter((t) => !ownTags.has(t)), 'element kinds the component never makes').to.deep.equal([]);
  // Names, not nodes: a failed assertion carrying DOM nodes can take the test page down.
  expect([...root.querySelectorAll(DANGEROUS)].map((e) => e.localName), 'script-capable elements').to.deep.equal([]);
  expect(root.querySelectorAll('svg').length, 'svgs: only the plot, the pinned axis and the legend swatches').to.equal(
    root.querySelectorAll('svg.plot-svg, svg.axis-pin, [part~="legend"] svg.swatch').length,
  );
  const handlers = allElements(root).flatMap((e) =>
    e.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')).map((name) => `${e.localName}[${name}]`),
  );
  expect(handlers, 'on* attributes').to.deep.equal([]);
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '';
    expect(href, 'link').to.match(SAFE_HREF);
  }
  for (const e of allElements(root)) {
    for (const name of ['src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'style']) {
      const value = e.getAttribute(name);
      if (value !== null) expect(value, `${e.localName}[${name}]`).not.to.contain(RUN);
    }
  }
  expect(tagCounts(document, 'script, img, iframe, svg, object, embed'), 'document').to.equal(documentBaseline);
}

describe('<conflict-timeline> untrusted text is text', () => {
  let ownTags: Set<string>;
  let documentBaseline: number;
  before(async () => {
    ownTags = await tagNamesFor('Harmless words');
    documentBaseline = tagCounts(document, 'script, img, iframe, svg, object, embed');
  });
  beforeEach(() => {
    delete window.__xss;
  });

  for (const payload of PAYLOADS) {
    it(`renders ${JSON.stringify(payload)} as text in every field`, async () => {
      const el = await timelineFixture();
      const detail = await setEvents(el, [eventCarrying(payload)]);
      expect(detail.accepted, 'the event is shown, not rejected').to.equal(1);
      expect(el.select(payload), 'selectable by its id').to.equal(true);
      await settle(el);
      const root = shadow(el);

      // Verbatim, as text, where each field is shown.
      const details = root.querySelector('[part~="details"]')!;
      expect(details.querySelector('h2')!.textContent).to.equal(payload);
      expect(details.querySelector('.description')!.textContent).to.equal(payload);
      const dd = [...details.querySelectorAll('dd')].map((d) => d.textContent!);
      expect(dd, 'the source says').to.include(`“${payload}”`);
      expect(dd, 'how it was dated').to.include(payload);
      expect(dd, 'actors').to.include(`${payload}, Turkey`);
      const sources = dd.find((d) => d.includes('Named source'))!;
      expect(sources, 'sources').to.contain(payload);
      const lanes = [...root.querySelectorAll('.lane-label')].map((l) => l.textContent);
      expect(lanes, 'lane labels').to.include(payload);
      const mark = root.querySelector('g.mark[role="button"]')!;
      expect(mark.getAttribute('data-event')).to.equal(payload);
      expect(mark.getAttribute('aria-label')).to.contain(payload);

      await openTableView(el);
      expect(root.querySelector('[part~="table"]')!.textContent).to.contain(payload);

      expectNothingInjected(root, ownTags, documentBaseline);

      await injectedImagesFired();
      expect(window.__xss, 'a payload handler ran').to.equal(undefined);
    });
  }

  it('renders every payload as text when it comes from a CSV file (src)', async () => {
    const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const header = 'id,start,title,description,actors,category,dateText,dateNote,source,url';
    const rows = PAYLOADS.map((p, i) =>
      [`row-${i}`, '2019-02-11', p, p, p, p, p, p, p, p].map(csvCell).join(','),
    );
    const url = URL.createObjectURL(new Blob([[header, ...rows].join('\n')], { type: 'text/csv' }));
    try {
      const el = await timelineFixture();
      const detail = await setSrc(el, url);
      expect(detail.accepted).to.equal(PAYLOADS.length);
      const root = shadow(el);
      for (const [i, payload] of PAYLOADS.entries()) {
        expect(el.select(`row-${i}`)).to.equal(true);
        await settle(el);
        const details = root.querySelector('[part~="details"]')!;
        expect(details.querySelector('h2')!.textContent).to.equal(payload);
        expect(details.querySelector('.description')!.textContent).to.equal(payload);
        expectNothingInjected(root, ownTags, documentBaseline);
      }
      await openTableView(el);
      expectNothingInjected(root, ownTags, documentBaseline);
      await injectedImagesFired();
      expect(window.__xss, 'a payload handler ran').to.equal(undefined);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('keeps a light-DOM list item\'s unsafe link and attribute payloads out of the shadow root', async () => {
    const el = await timelineFixture();
    const item = document.createElement('li');
    item.dataset['id'] = 'listed';
    item.dataset['actors'] = `"><svg onload=${RUN}>; <img src=x onerror=${RUN}>`;
    const time = document.createElement('time');
    time.setAttribute('datetime', '2019-02-11');
    time.textContent = `<script>${RUN}</script>`;
    const link = document.createElement('a');
    link.setAttribute('href', `javascript:${RUN}`);
    link.textContent = 'A source';
    item.append(time, ' ', `<img src=x onerror=${RUN}> title`, link);
    const list = document.createElement('ol');
    list.append(item);
    const fired = oneEvent(el, 'ct-diagnostics');
    el.append(list);
    const { detail } = await fired;
    await settle(el);
    expect(detail.accepted).to.equal(1);
    el.select('listed');
    await settle(el);
    const root = shadow(el);
    expectNothingInjected(root, ownTags, documentBaseline);
    const details = root.querySelector('[part~="details"]')!;
    expect(details.textContent).to.contain(`<img src=x onerror=${RUN}>`);
    expect(details.textContent).to.contain(`“<script>${RUN}</script>”`);
    expect(details.textContent).to.contain('A source');
    expect(root.querySelectorAll('a').length, 'the javascript: link is not a link').to.equal(0);
    await injectedImagesFired();
    expect(window.__xss, 'a payload handler ran').to.equal(undefined);
  });

  it('the check itself sees markup when it is there', async () => {
    // Guards the assertions above against passing vacuously: real markup in the root is found.
    const el = await timelineFixture();
    await setEvents(el, [eventCarrying('x')]);
    const probe = document.createElement('span');
    probe.innerHTML = `<img src="${INJECTED_IMAGE}" onerror="${RUN}">`;
    shadow(el).append(probe);
    await injectedImagesFired();
    expect([...shadow(el).querySelectorAll(DANGEROUS)].map((e) => e.localName)).to.deep.equal(['img']);
    expect(window.__xss).to.equal(true);
  });
});
