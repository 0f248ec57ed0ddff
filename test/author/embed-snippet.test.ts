import { expect } from '@open-wc/testing';
import { bundleUrl, frameSnippet, listSnippet } from '../../demo/author/embed-snippet.js';
import type { EventRecord } from '../../demo/author/event-row.js';
import { readLightDomList } from '../../src/data/read-light-dom.js';
import { validateEvents } from '../../src/model/validate-events.js';

const VERSION = '1.2.3';

/** The snippet as a page would hold it, parsed where nothing in it runs or loads. */
function parsed(snippet: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html');
}

function listRecords(snippet: string): readonly unknown[] {
  return readLightDomList(parsed(snippet).querySelector('conflict-timeline')!).records;
}

const RECORDS: EventRecord[] = [
  {
    id: 'ankara',
    start: '2019-02-11',
    title: 'Shoigu and Akar meet in Ankara',
    description: 'They agree on “decisive measures”.\n\nA second paragraph.',
    actors: ['Russia', 'Turkey'],
    dateText: 'on Monday',
    dateNote: "'on Monday' in an article published Wednesday 13 February 2019: the Monday before",
    sources: [{ name: 'RIA Novosti', url: 'https://ria.ru/20190211/x.html' }, { url: 'https://example.org/a?b=1&c=2' }],
  },
  { start: '2017-23', end: '2018-09', title: 'Zones', actors: ['Russia, the Federation'], category: 'agreement' },
  { start: '2017-09/2018-09', title: 'An interval start', actors: ['Iran', 'Russia, the Federation'] },
  { start: '2019-01~', end: '..', title: 'Approximate, open-ended' },
];

describe('embed snippet: the list', () => {
  it('reads back, through the list reader, as the events it was made from', () => {
    const snippet = listSnippet(RECORDS, { version: VERSION, label: 'Idlib' });
    const back = validateEvents(listRecords(snippet));
    const given = validateEvents(RECORDS);
    expect(back.rejected).to.deep.equal([]);
    expect(back.warnings).to.deep.equal([]);
    expect(back.events).to.deep.equal(given.events);
  });

  it('starts with the bundle from jsDelivr at the given version, and names the timeline', () => {
    const snippet = listSnippet(RECORDS, { version: VERSION, label: 'Idlib "2019" <draft>' });
    expect(bundleUrl(VERSION)).to.equal('https://cdn.jsdelivr.net/npm/conflict-timeline@1.2.3/dist/conflict-timeline.bundle.js');
    expect(snippet.split('\n')[0]).to.equal(`<script type="module" src="${bundleUrl(VERSION)}"></script>`);
    expect(parsed(snippet).querySelector('conflict-timeline')!.getAttribute('label')).to.equal('Idlib "2019" <draft>');
  });

  it('keeps markup in the data as text: no element, handler or attribute comes from it', () => {
    const hostile = '</strong></li></ol></conflict-timeline><img src=x onerror="alert(1)"><script>alert(2)</script>';
    const records: EventRecord[] = [
      {
        id: `x" onmouseover="alert(3)`,
        start: '2019-02-11',
        title: hostile,
        description: `<p onclick='alert(4)'>${hostile}`,
        actors: [`A" data-x='1'`],
        dateText: '<b>on Monday</b>',
        dateNote: `'quoted' & "double" <note>`,
        sources: [{ name: hostile, url: 'https://example.org/?q="><script>' }],
      },
    ];
    const doc = parsed(listSnippet(records, { version: VERSION, label: hostile }));
    expect(doc.querySelectorAll('img, b, conflict-timeline script, body > script:not([src])')).to.have.length(0);
    expect(doc.querySelectorAll('conflict-timeline')).to.have.length(1);
    const item = doc.querySelector('li')!;
    expect(item.getAttributeNames()).to.have.members(['data-id', 'data-actors', 'data-date-note']);
    expect([...item.querySelectorAll('*')].map((element) => element.localName)).to.deep.equal(['time', 'strong', 'p', 'a']);
    expect([...item.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')))).to.deep.equal([]);
    const [read] = validateEvents(readLightDomList(doc.querySelector('conflict-timeline')!).records).events;
    expect(read!.title).to.equal(hostile);
    expect(read!.id).to.equal(records[0]!.id);
    expect(read!.dateText).to.equal('<b>on Monday</b>');
    expect(read!.dateNote).to.equal(`'quoted' & "double" <note>`);
    expect(read!.actors).to.deep.equal([`A" data-x='1'`]);
  });

  it('links only http(s) and mailto sources; others are named, not linked', () => {
    const records: EventRecord[] = [
      {
        start: '2019-02-11',
        title: 'Links',
        sources: [
          { name: 'Script', url: 'javascript:alert(1)' },
          { name: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
          { name: 'Mail', url: 'mailto:desk@example.org' },
          { name: 'Printed edition' },
        ],
      },
    ];
    const doc = parsed(listSnippet(records, { version: VERSION, label: '' }));
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:desk@example.org']);
    expect([...doc.querySelectorAll('cite')].map((cite) => cite.textContent)).to.deep.equal(['Script', 'Data', 'Printed edition']);
  });

  it('has no label attribute when the timeline has no title', () => {
    expect(listSnippet([], { version: VERSION, label: '  ' })).to.contain('<conflict-timeline>\n');
  });
});

describe('embed snippet: the frame', () => {
  it('points the embed page at the data file, with the address and title escaped', () => {
    const snippet = frameSnippet({ embedPage: 'https://example.org/demo/embed.html', dataUrl: 'https://data.example/e.json?a=1&b="2"', label: 'A "quoted" <title>' });
    const frame = parsed(snippet).querySelector('iframe')!;
    const src = new URL(frame.getAttribute('src')!);
    expect(src.origin + src.pathname).to.equal('https://example.org/demo/embed.html');
    expect(src.searchParams.get('src')).to.equal('https://data.example/e.json?a=1&b="2"');
    expect(src.searchParams.get('label')).to.equal('A "quoted" <title>');
    expect(frame.getAttribute('title')).to.equal('Timeline: A "quoted" <title>');
    expect(parsed(snippet).body.children).to.have.length(1);
  });
});
