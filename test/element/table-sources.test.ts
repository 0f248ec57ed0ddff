// The table's sources say what the details panel says: each source's archived copy, a link named
// with the source it copies, and when the source was accessed; and a link is only ever http(s) or mailto.
import { expect } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { html, render } from 'lit';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { sourceLinks } from '../../src/element/source-links.js';
import { EN_UI } from '../../src/element/ui-strings.js';
import type { EventSource } from '../../src/model/timeline-event.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const ARCHIVE = 'https://web.archive.org/web/2019/https://example.org/deal';

const EVENTS = [
  {
    id: 'deal',
    start: '2018-09-17',
    title: 'A deal',
    sources: [{ name: 'A paper', url: 'https://example.org/deal', archived: ARCHIVE, accessed: '2019-03-12' }],
  },
  {
    id: 'hostile',
    start: '2018-10-01',
    title: 'A hostile archive',
    sources: [{ name: 'Hostile', archived: 'javascript:alert(1)', accessed: '2019-03' }],
  },
  { id: 'plain', start: '2018-11-01', title: 'A plain source', sources: ['Agency'] },
];

interface AxNode {
  readonly role: string;
  readonly name?: string;
  readonly children?: AxNode[];
}

async function openTable(el: ConflictTimeline): Promise<HTMLTableElement> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
  await settle(el);
  return el.shadowRoot!.querySelector('table')!;
}

/** A row's source cell, found by the event's title button. */
function sourceCell(table: HTMLTableElement, id: string): HTMLTableCellElement {
  const row = table.querySelector(`button.row-title[data-id="${id}"]`)!.closest('tr')!;
  return row.cells[3]!;
}

describe('<conflict-timeline> table: archived copies and access dates', () => {
  it('shows a source’s archived copy as a named link, and when it was accessed', async () => {
    const el = await timelineFixture(EVENTS);
    const table = await openTable(el);
    const cell = sourceCell(table, 'deal');
    const archived = cell.querySelector<HTMLAnchorElement>('a.archived')!;
    expect(archived.href).to.equal(ARCHIVE);
    expect(archived.textContent).to.equal('archived');
    expect(archived.target).to.equal('_blank');
    expect(archived.rel).to.equal('noopener noreferrer');
    expect(cell.querySelector('.accessed')!.textContent).to.equal('accessed 12 March 2019');
    expect(cell.textContent!.replace(/\s+/g, ' ').trim()).to.equal('A paper (archived, accessed 12 March 2019)');
    expect(cell.querySelector<HTMLAnchorElement>('a:not(.archived)')!.href).to.equal('https://example.org/deal');

    // The name as the browser's accessibility tree computes it, not as the markup is meant to give it.
    const tree = (await a11ySnapshot({})) as unknown as AxNode & { children: AxNode[] };
    const links = (name: string) => findAccessibilityNode<AxNode>(tree, (n) => n.role === 'link' && n.name === name);
    expect(links('archived copy of A paper'), 'the archived link names its source').to.not.equal(null);
    expect(links('A paper'), 'the source link keeps its own name').to.not.equal(null);
  });

  it('never makes a javascript: archive a link, and keeps the source’s other words', async () => {
    const el = await timelineFixture(EVENTS);
    const table = await openTable(el);
    const cell = sourceCell(table, 'hostile');
    expect(cell.querySelector('a')).to.equal(null);
    expect(cell.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Hostile (accessed March 2019)');
    expect(table.querySelector('a[href^="javascript" i]')).to.equal(null);
    expect(sourceCell(table, 'plain').textContent!.trim()).to.equal('Agency');
  });

  it('speaks the element’s language in the extras, and marks it', async () => {
    const el = await timelineFixture(EVENTS, { locale: 'de' });
    const table = await openTable(el);
    const extras = sourceCell(table, 'deal').querySelector<HTMLElement>('.source-extras')!;
    expect(extras.lang).to.equal('de');
    expect(extras.querySelector('a.archived')!.textContent).to.equal('Archivkopie');
    expect(extras.querySelector('a.archived')!.getAttribute('aria-label')).to.equal('Archivkopie von A paper');
    expect(extras.querySelector('.accessed')!.textContent).to.equal('abgerufen: 12. März 2019');
  });
});

describe('sourceLinks', () => {
  // Sources built by hand, past the model that would refuse these URLs: the links ask again.
  it('keeps any URL but http(s) and mailto out of an href, as text', () => {
    const hostile: EventSource[] = [
      { name: 'Script', url: 'javascript:alert(1)', archived: 'JavaScript:alert(2)' },
      { name: 'Data', url: 'data:text/html,<script>alert(3)</script>', archived: 'java\tscript:alert(4)' },
      { name: 'Mail', url: 'mailto:desk@example.org', archived: 'https://archive.example/a' },
    ];
    const host = document.createElement('div');
    const describe = () => 'never';
    render(html`${sourceLinks(hostile, ', ', { strings: EN_UI, lang: 'en', describe })}`, host);
    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['mailto:desk@example.org', 'https://archive.example/a']);
    expect(host.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Script (archived), Data (archived), Mail (archived)');
  });
});
