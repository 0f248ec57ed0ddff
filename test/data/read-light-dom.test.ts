import { expect } from '@open-wc/testing';
import { readLightDomList } from '../../src/data/read-light-dom.js';

/** Inert content: a template's fragment never loads images or runs handlers, as a reader's input may not. */
function listFrom(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

declare global {
  interface Window {
    __ctImageHandlers?: string[];
  }
}

/** An image in a list item whose handlers note that they ran. */
function imageItem(src: string, marker: string): string {
  const note = `(window.__ctImageHandlers ??= []).push('${marker}')`;
  return `<ol><li data-id="${marker}"><time datetime="2019-02-11">11 February</time> Title <img src="${src}" onload="${note}" onerror="${note}"></li></ol>`;
}

/** Resolves once the image has loaded or failed and its own handler (added first, by the markup) has run. */
function imageSettled(image: HTMLImageElement): Promise<unknown> {
  return new Promise((resolve) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', resolve, { once: true });
  });
}

function resourceLoads(src: string): number {
  return performance.getEntriesByName(new URL(src, location.href).href, 'resource').length;
}

describe('readLightDomList', () => {
  it('reads every field of a fully marked-up item', () => {
    const batch = readLightDomList(
      listFrom(`
      <ol>
        <li data-id="sochi" data-actors="Russia, Turkey" data-category="Agreement" data-end="2018-09-18"
            data-date-note="Day from other reports">
          <time datetime="2018-09-17">the September deal</time>
          <h3>Sochi  memorandum</h3>
          <p>Demilitarized zone in Idlib.</p>
          <a href="https://www.trtworld.com/">TRT World</a>
        </li>
      </ol>`),
    );
    expect(batch.format).to.equal('list');
    expect(batch.records).to.deep.equal([
      {
        id: 'sochi',
        start: '2018-09-17',
        end: '2018-09-18',
        title: 'Sochi memorandum',
        description: 'Demilitarized zone in Idlib.',
        actors: ['Russia', 'Turkey'],
        category: 'Agreement',
        dateText: 'the September deal',
        dateNote: 'Day from other reports',
        sources: [{ name: 'TRT World', url: 'https://www.trtworld.com/' }],
      },
    ]);
  });

  it('takes the title from the text when there is no heading, without date, description or links', () => {
    const [record] = readLightDomList(
      listFrom(`<ul><li><time datetime="2019-02-14">2019-02-14</time> — Sochi summit, <a href="/r">RIA</a><p>Leaders meet.</p></li></ul>`),
    ).records;
    expect(record).to.include({ title: 'Sochi summit', start: '2019-02-14', description: 'Leaders meet.' });
    expect(record).not.to.have.property('dateText'); // the visible text equals the datetime
  });

  it('uses a link as the title when it is all the item says', () => {
    const [record] = readLightDomList(listFrom(`<ul><li><time datetime="2019">2019</time> <a href="https://example.org/">The report</a></li></ul>`)).records;
    expect(record).to.include({ title: 'The report' });
  });

  it('reads a second <time> as the end and joins both wordings', () => {
    const [record] = readLightDomList(
      listFrom(`<ol><li><time datetime="2017-23">last fall</time> to <time datetime="2018-09">September</time> <b>Zones</b></li></ol>`),
    ).records;
    expect(record).to.include({ start: '2017-23', end: '2018-09', dateText: 'last fall – September', title: 'Zones' });
  });

  it('leaves a date inside the heading out of the title', () => {
    const [record] = readLightDomList(listFrom(`<ol><li><h3><time datetime="2019-02-14">14 Feb</time>: Summit</h3></li></ol>`)).records;
    expect(record).to.include({ title: 'Summit', start: '2019-02-14', dateText: '14 Feb' });
  });

  it('prefers a heading and ignores emphasis inside the description', () => {
    const [record] = readLightDomList(
      listFrom(`<ol><li><time datetime="2019">2019</time><p>A <strong>stressed</strong> word.</p><h4>Real title</h4></li></ol>`),
    ).records;
    expect(record).to.include({ title: 'Real title', description: 'A stressed word.' });
  });

  it('resolves relative links and splits actors on ; when present', () => {
    const [record] = readLightDomList(
      listFrom(`<ol><li data-actors="Forces of X, Y; Z"><time datetime="2019">2019</time> t <a href="/report.pdf">R</a></li></ol>`),
    ).records as Record<string, unknown>[];
    expect(record?.['actors']).to.deep.equal(['Forces of X, Y', 'Z']);
    expect(record?.['sources']).to.deep.equal([{ name: 'R', url: new URL('/report.pdf', document.baseURI).href }]);
  });

  it('keeps every item, even one with nothing in it, and ignores nested lists', () => {
    const batch = readLightDomList(
      listFrom(`<ol><li></li><li><time datetime="2019">2019</time> Parent<ul><li><time datetime="2020">x</time> Child</li></ul></li></ol>`),
    );
    expect(batch.records).to.deep.equal([{}, { start: '2019', title: 'Parent' }]);
  });

  it('reads only the first list child, and an element with no list as empty', () => {
    const batch = readLightDomList(
      listFrom(`<p>intro</p><ul><li><time datetime="2019">2019</time> first</li></ul><ol><li>other</li></ol>`),
    );
    expect(batch.records).to.deep.equal([{ start: '2019', title: 'first' }]);
    expect(readLightDomList(listFrom('<p>no list</p>')).records).to.deep.equal([]);
  });

  it('works on a live element as well as on a fragment', () => {
    const host = document.createElement('div');
    host.append(listFrom('<ol><li><time datetime="2011-03">March 2011</time> Protests</li></ol>'));
    expect(readLightDomList(host).records).to.deep.equal([{ start: '2011-03', title: 'Protests', dateText: 'March 2011' }]);
  });

  it('keeps markup in the list as text, never as HTML', () => {
    const [record] = readLightDomList(
      listFrom(`<ol><li><time datetime="2019">2019</time>
        <strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>
        <p>&lt;img src=x onerror=alert(1)&gt; <img src="x" onerror="window.__ctListRan = true"></p></li></ol>`),
    ).records;
    expect(record).to.include({ title: '<script>alert(1)</script>', description: '<img src=x onerror=alert(1)>' });
    expect((window as { __ctListRan?: boolean }).__ctListRan).to.equal(undefined);
  });

  for (const [kind, src] of [
    ['loads', '/docs/demo.png?read-light-dom-loads'],
    ['fails', '/test/data/fixtures/no-such-image.png?read-light-dom-fails'],
  ] as const) {
    it(`acts on nothing in a live list: an image that ${kind} is not fetched again and its handler not run again, read after read`, async () => {
      const marker = `image-that-${kind}`;
      const host = document.createElement('div');
      host.innerHTML = imageItem(src, marker);
      document.body.append(host);
      try {
        // The page's own image loads once and runs its handler once: that is the page's doing.
        await imageSettled(host.querySelector('img')!);
        expect(window.__ctImageHandlers?.filter((m) => m === marker)).to.deep.equal([marker]);
        for (let read = 0; read < 5; read++) {
          expect(readLightDomList(host).records).to.deep.equal([{ id: marker, start: '2019-02-11', title: 'Title', dateText: '11 February' }]);
        }
        // An image that starts now settles after any the reads could have started; then count.
        const control = document.createElement('div');
        control.innerHTML = imageItem(`${src}-control`, `${marker}-control`);
        await imageSettled(control.querySelector('img')!);
        expect(window.__ctImageHandlers?.filter((m) => m === marker)).to.deep.equal([marker]);
        expect(resourceLoads(src)).to.equal(1);
      } finally {
        host.remove();
      }
    });
  }
});
