import { expect } from '@open-wc/testing';
import { runToEnd } from '../../src/model/stepwise.js';
import { NO_STRING, readStringPages, StringTableBuilder } from '../../src/worker/string-table.js';

function roundTrip(texts: readonly (string | undefined)[]): { numbers: number[]; read: string[]; pages: number } {
  const builder = new StringTableBuilder();
  const numbers = texts.map((text) => builder.add(text));
  const table = builder.finish();
  const read: string[] = [];
  runToEnd(readStringPages(table, read));
  return { numbers, read, pages: table.pages.length };
}

describe('string table', () => {
  it('numbers each distinct string once and reads every one back', () => {
    const { numbers, read } = roundTrip(['Russia', 'Turkey', 'Russia', '', undefined, 'Группа', '🕊', 'Turkey']);
    expect(numbers).to.deep.equal([0, 1, 0, 2, NO_STRING, 3, 4, 1]);
    expect(read).to.deep.equal(['Russia', 'Turkey', '', 'Группа', '🕊']);
  });

  it('keeps strings that UTF-8 cannot carry (a lone surrogate) and a byte-order mark at the start of a page', () => {
    const long = 'x'.repeat(600_000);
    const texts = ['\ufeffat the start', 'lone \ud800 surrogate', '\udc00', long, '\ufeffstarts the second page', 'é'];
    const { numbers, read, pages } = roundTrip(texts);
    expect(pages, 'a long string fills a page').to.equal(2);
    expect(numbers.map((n) => read[n])).to.deep.equal(texts);
  });
});
