import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { axeViolations } from '../support/axe.js';
import { bareFrame } from '../support/bare-frame.js';
import { allowClipboard, readClipboard } from '../support/clipboard.js';

/** Where the page keeps the work (demo/author/author-storage.ts). */
const STORAGE_KEY = 'conflict-timeline-author';

/**
 * A short news article written for this test, on the model of wire reports from February 2019: "on
 * Monday" is 11 February 2019 for an article of Wednesday 13 February, and "last fall" read literally is
 * autumn 2018 (the event it names, the de-escalation zones, was agreed in autumn 2017).
 */
const ARTICLE = `Ministers agree on joint steps in Idlib

The defence ministers of Russia and Turkey met in Ankara on Monday and agreed to take joint steps against armed groups in Syria's Idlib province, the Russian ministry said.

Both governments set up de-escalation zones in the country last fall, and Idlib was one of them. The war began in March 2011.`;
const PUBLISHED = '2019-02-13';

interface AuthorPage {
  readonly frame: HTMLIFrameElement;
  readonly w: Window;
  readonly doc: Document;
}

/** The authoring page in a frame, once its script has drawn it. */
async function authorPage(existing?: HTMLIFrameElement): Promise<AuthorPage> {
  const frame = existing ?? document.createElement('iframe');
  frame.style.width = '1360px';
  frame.style.height = '1000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (existing === undefined) {
    frame.src = '/demo/author/index.html';
    document.body.append(frame);
  } else {
    frame.contentWindow!.location.reload();
  }
  await loaded;
  const w = frame.contentWindow!;
  await waitUntil(() => w.document.querySelector('#article') !== null, 'the authoring page did not draw itself');
  return { frame, w, doc: w.document };
}

/** Sets a field as typing or pasting into it does: its value, then an input event. */
function fill(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

function query<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  expect(found, selector).to.not.equal(null);
  return found!;
}

/** The draft whose date words are `words`. */
function draftFor(doc: Document, words: string): HTMLElement {
  const draft = [...doc.querySelectorAll<HTMLElement>('.draft')].find((item) => item.querySelector('q')?.textContent === words);
  expect(draft, `a draft for "${words}"`).to.not.equal(undefined);
  return draft!;
}

function rows(doc: Document): HTMLTableRowElement[] {
  return [...doc.querySelectorAll<HTMLTableRowElement>('table.events tbody tr')];
}

/** Pastes the article with its date and asks for the drafts. */
async function findDrafts({ doc }: AuthorPage): Promise<void> {
  fill(query(doc, '#article'), ARTICLE);
  fill(query(doc, '#published'), PUBLISHED);
  query<HTMLButtonElement>(doc, 'form button[type="submit"]').click();
  await waitUntil(() => doc.querySelectorAll('.draft').length > 0, 'no drafts appeared');
}

/** Accepts the drafts for "on Monday" and "last fall"; returns their rows in the table. */
async function acceptTwoDrafts(page: AuthorPage): Promise<{ monday: HTMLTableRowElement; fall: HTMLTableRowElement }> {
  await findDrafts(page);
  query<HTMLButtonElement>(draftFor(page.doc, 'on Monday'), 'button.accept').click();
  query<HTMLButtonElement>(draftFor(page.doc, 'last fall'), 'button.accept').click();
  const [monday, fall] = rows(page.doc);
  expect(rows(page.doc)).to.have.length(2);
  expect(query<HTMLInputElement>(monday!, 'input[name="dateText"]').value).to.equal('on Monday');
  expect(query<HTMLInputElement>(fall!, 'input[name="dateText"]').value).to.equal('last fall');
  return { monday: monday!, fall: fall! };
}

describe('authoring page (demo/author/)', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('from an article to a snippet: two drafts accepted, one date edited, the copied snippet draws them on a bare page', async () => {
    const page = await authorPage();
    const { monday, fall } = await acceptTwoDrafts(page);
    expect(query<HTMLInputElement>(monday, 'input[name="start"]').value).to.equal('2019-02-11');
    expect(query(monday, '.words').textContent).to.equal('11 February 2019');
    expect(query<HTMLInputElement>(fall, 'input[name="start"]').value).to.equal('2018-23');

    // The journalist knows the zones were agreed in autumn 2017, not 2018.
    const fallStart = query<HTMLInputElement>(fall, 'input[name="start"]');
    fill(fallStart, '2017-23');
    expect(query(fall, '.words').textContent).to.equal('autumn 2017');
    expect(fallStart.getAttribute('aria-invalid')).to.equal('false');

    // The preview shows the two accepted events, with the edited date.
    const preview = query<ConflictTimeline>(page.doc, 'conflict-timeline#preview');
    await page.w.customElements.whenDefined('conflict-timeline');
    await waitUntil(() => preview.shadowRoot?.querySelectorAll('g.mark[role="button"]').length === 2, 'the preview did not show 2 events');

    await allowClipboard();
    query<HTMLButtonElement>(page.doc, '#copy-snippet').click();
    await waitUntil(() => /^Copied/.test(query(page.doc, '#status').textContent ?? ''), 'the page did not say it copied the code');
    const snippet = await readClipboard();
    expect(snippet).to.equal(query<HTMLTextAreaElement>(page.doc, '#snippet').value);

    // The script comes from the CDN, at this package's version; the test serves the same file itself.
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const cdn = `https://cdn.jsdelivr.net/npm/conflict-timeline@${version}/dist/conflict-timeline.bundle.js`;
    expect(snippet).to.contain(`<script type="module" src="${cdn}"></script>`);
    const bare = await bareFrame(snippet.replace(cdn, '/dist/conflict-timeline.bundle.js'), (w) => {
      const marks = w.document.querySelector('conflict-timeline')?.shadowRoot?.querySelectorAll('g.mark[role="button"]');
      return marks?.length === 2;
    });
    const timeline = bare.document.querySelector('conflict-timeline')!;
    await timeline.renderComplete;
    const names = [...timeline.shadowRoot!.querySelectorAll('g.mark[role="button"]')].map((mark) => mark.getAttribute('aria-label') ?? '');
    const fallMark = names.find((name) => name.includes('de-escalation'));
    const mondayMark = names.find((name) => name.includes('Ankara'));
    expect(fallMark, names.join(' | ')).to.contain('autumn 2017');
    expect(fallMark).not.to.contain('2018');
    expect(mondayMark, names.join(' | ')).to.contain('11 February 2019');
    // The article's wording travels with the event, in the <time>.
    expect(bare.document.querySelector('li time[datetime="2017-23"]')?.textContent).to.equal('last fall');
  });

  it('keeps the work through a reload', async () => {
    const page = await authorPage();
    const { monday } = await acceptTwoDrafts(page);
    fill(query(monday, 'input[name="title"]'), 'Shoigu and Akar meet in Ankara');
    fill(query(page.doc, '#timeline-label'), 'Idlib, 2011–2019');
    const reloaded = await authorPage(page.frame);
    expect(query<HTMLTextAreaElement>(reloaded.doc, '#article').value).to.equal(ARTICLE);
    expect(query<HTMLInputElement>(reloaded.doc, '#published').value).to.equal(PUBLISHED);
    expect(query<HTMLInputElement>(reloaded.doc, '#timeline-label').value).to.equal('Idlib, 2011–2019');
    expect(rows(reloaded.doc).map((row) => query<HTMLInputElement>(row, 'input[name="title"]').value)[0]).to.equal('Shoigu and Akar meet in Ankara');
    expect(rows(reloaded.doc)).to.have.length(2);
    expect(draftFor(reloaded.doc, 'on Monday').classList.contains('accepted')).to.equal(true);
    expect(query(reloaded.doc, '#snippet').matches('textarea')).to.equal(true);
    expect(query<HTMLTextAreaElement>(reloaded.doc, '#snippet').value).to.contain('Shoigu and Akar meet in Ankara');
  });

  it('is worked by keyboard: Enter on a draft\'s Accept adds it and moves on to the next draft', async () => {
    const page = await authorPage();
    await findDrafts(page);
    const open = () => [...page.doc.querySelectorAll<HTMLButtonElement>('.draft.open button.accept')];
    const [first, second] = open();
    expect(second, 'two open drafts').to.not.equal(undefined);
    page.frame.focus();
    first!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(page.doc).length === 1, 'Enter did not accept the draft');
    expect(page.doc.activeElement).to.equal(second);
  });

  it('lists every record it cannot show, with the reason, and leaves it out of the snippet', async () => {
    const page = await authorPage();
    fill(query(page.doc, '#cells'), 'start\ttitle\n2019-02-11\tShoigu and Akar meet\nnot a date\tA row with a bad date\n');
    query<HTMLButtonElement>(page.doc, '#cells ~ .actions button[type="submit"]').click();
    await waitUntil(() => rows(page.doc).length === 2, 'the cells did not become rows');
    const reasons = [...page.doc.querySelectorAll('.reports .report-list li')].map((item) => item.textContent ?? '');
    expect(reasons).to.have.length(1);
    expect(reasons[0]).to.contain('Event 2');
    expect(reasons[0]).to.contain('not a date');
    const snippet = query<HTMLTextAreaElement>(page.doc, '#snippet').value;
    expect(snippet).to.contain('Shoigu and Akar meet');
    expect(snippet).not.to.contain('A row with a bad date');
  });

  it('reads a TimelineJS sheet dropped on it: a row per event, the sheet\'s title as the timeline\'s', async () => {
    const page = await authorPage();
    const text = await (await fetch('/test/data/fixtures/timelinejs-template-pasted.tsv')).text();
    const files = new DataTransfer();
    files.items.add(new File([text], 'idlib-sheet.tsv', { type: 'text/tab-separated-values' }));
    const zone = query(page.doc, '.drop-zone');
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: files });
    zone.dispatchEvent(over);
    expect(over.defaultPrevented, 'the zone takes the drop').to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: files }));
    await waitUntil(() => rows(page.doc).length > 0, 'the dropped file gave no rows');
    expect(query<HTMLInputElement>(page.doc, '#timeline-label').value).to.equal('Russia, Turkey and Idlib');
    await waitUntil(() => query(page.doc, '#status').textContent!.includes('from idlib-sheet.tsv'), 'the page did not say what it read');
    const notes = [...page.doc.querySelectorAll('#notes-title ~ .report-list li')].map((note) => note.textContent);
    expect(notes.join(' ')).to.contain('era');
  });

  it('gives a frame snippet for sites that strip scripts: the embed page, reading the events file from its address', async () => {
    const page = await authorPage();
    fill(query(page.doc, '#timeline-label'), 'Two events');
    query<HTMLInputElement>(page.doc, 'input[name="embed-kind"][value="frame"]').click();
    const dataUrl = query<HTMLInputElement>(page.doc, '#data-url');
    fill(dataUrl, `${location.origin}/test/data/fixtures/events.json`);
    const snippet = query<HTMLTextAreaElement>(page.doc, '#snippet').value;
    const frame = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')!;
    const src = new URL(frame.getAttribute('src')!);
    expect(src.pathname).to.equal('/demo/embed.html');
    expect(src.searchParams.get('src')).to.equal(dataUrl.value);
    const bare = await bareFrame(snippet, (w) => {
      const embedded = w.document.querySelector('iframe')?.contentDocument?.querySelector('conflict-timeline');
      return embedded?.shadowRoot?.querySelectorAll('g.mark[role="button"]').length === 2;
    });
    const embedded = bare.document.querySelector('iframe')!.contentDocument!.querySelector('conflict-timeline')!;
    expect(embedded.getAttribute('label')).to.equal('Two events');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${colorScheme} mode, with drafts (accepted, dismissed, open), events, a rejected row and the preview`, async () => {
      await emulateMedia({ colorScheme });
      try {
        const page = await authorPage();
        await acceptTwoDrafts(page);
        query<HTMLButtonElement>(page.doc, '.draft.open button.dismiss').click();
        [...page.doc.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === 'Add an event')!.click();
        await waitUntil(() => page.doc.querySelector('.reports .report-list li') !== null, 'the new, empty row was not reported');
        const preview = query<ConflictTimeline>(page.doc, 'conflict-timeline#preview');
        await page.w.customElements.whenDefined('conflict-timeline');
        await preview.renderComplete;
        expect(await axeViolations(page.doc, page.w)).to.deep.equal([]);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});
