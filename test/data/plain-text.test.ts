import { expect } from '@open-wc/testing';
import { collapseWhitespace, htmlToText, splitList, textOf } from '../../src/data/plain-text.js';
import { imageErrorsFired } from '../support/image-errors.js';

declare global {
  interface Window {
    __ctHandlerRan?: string[];
  }
}

const imageUrl = (marker: string) => `/no-such-image-${marker}.png`;

function payload(marker: string): string {
  return `<img src="${imageUrl(marker)}" onerror="(window.__ctHandlerRan ??= []).push('${marker}')">`;
}

/** Whether the payload's handler has run, judged once any image of its URL has fired its error. */
async function handlerRan(marker: string): Promise<boolean> {
  await imageErrorsFired(imageUrl(marker));
  return window.__ctHandlerRan?.includes(marker) ?? false;
}

describe('htmlToText', () => {
  it('keeps the visible text of an HTML fragment, words separated, entities decoded', () => {
    expect(htmlToText('<p>First&nbsp;part.</p><p>Second <b>part</b>.</p>a<br>b &amp; c')).to.equal(
      'First part. Second part. a b & c',
    );
  });

  it('leaves plain text alone apart from whitespace', () => {
    expect(htmlToText('  two\n\n lines\t')).to.equal('two lines');
  });

  it('drops script and style content instead of showing it as text', () => {
    const text = htmlToText('Before<script>window.__ctHandlerRan = ["script"]</script><style>p{}</style>after');
    expect(text).to.equal('Beforeafter');
    expect(window.__ctHandlerRan ?? []).not.to.include('script');
  });

  it('control: the detector sees an onerror handler run when markup goes into a live element', async () => {
    // Proves the next test can fail: the same payload does run when parsed the unsafe way.
    const host = document.createElement('div');
    host.innerHTML = payload('live');
    expect(await handlerRan('live')).to.equal(true);
  });

  it('never runs an onerror handler from the markup it reads', async () => {
    expect(htmlToText(`Caption ${payload('inert')} end`)).to.equal('Caption end');
    expect(await handlerRan('inert')).to.equal(false);
  });
});

describe('text helpers', () => {
  it('collapses whitespace', () => expect(collapseWhitespace(' a \n b ')).to.equal('a b'));

  it('textOf: trims strings, stringifies finite numbers, drops blanks and other types', () => {
    expect(textOf('  x ')).to.equal('x');
    expect(textOf(2017)).to.equal('2017');
    expect(textOf('   ')).to.equal(undefined);
    expect(textOf(null)).to.equal(undefined);
    expect(textOf(Number.NaN)).to.equal(undefined);
  });

  it('splitList: trimmed, non-empty parts', () => {
    expect(splitList('a; ;b ;', ';')).to.deep.equal(['a', 'b']);
    expect(splitList(undefined, ';')).to.deep.equal([]);
  });
});
