import { expect } from '@open-wc/testing';
import { RowCounter } from '../../src/data/row-counter.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Counts the text given in chunks of `size` bytes, as a body arrives. */
function rowsOf(text: string | Uint8Array, size = Infinity): number | undefined {
  const all = typeof text === 'string' ? bytes(text) : text;
  const counter = new RowCounter();
  for (let at = 0; at < all.length; at += Math.min(size, all.length)) counter.add(all.subarray(at, at + size));
  return counter.rows;
}

describe('RowCounter', () => {
  it('counts the records after the header, however the body is cut', () => {
    const csv = 'start,title\n2018-09-17,Sochi\n2019-02-14,Summit\n2019-03-01,"Third"\n';
    for (const size of [1, 2, 3, 7, Infinity]) expect(rowsOf(csv, size), `chunks of ${size}`).to.equal(3);
  });

  it('counts the last record when no line break ends it, and a line break inside quotes as none', () => {
    expect(rowsOf('start,title\n2018,"two\nlines"\n2019,"a ""quoted"" word"')).to.equal(2);
    expect(rowsOf('start,title\r\n2018,a\r\n2019,b\r\n')).to.equal(2);
  });

  it('counts tab-separated text and UTF-16 text alike', () => {
    expect(rowsOf('start\ttitle\n2018\ta\n2019\tb\n')).to.equal(2);
    const text = '\ufeffstart,title\n2018,a\n2019,b\n';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[2 * i] = text.charCodeAt(i) & 0xff;
    for (let i = 0; i < text.length; i++) utf16[2 * i + 1] = text.charCodeAt(i) >> 8;
    expect(rowsOf(utf16, 5)).to.equal(2);
  });

  it('counts nothing for JSON (it is counted once read) nor before a byte has come', () => {
    expect(rowsOf('  \n[{"start":"2018","title":"a"},\n{"start":"2019","title":"b"}]', 3)).to.equal(undefined);
    expect(rowsOf('{"events":[]}')).to.equal(undefined);
    expect(new RowCounter().rows).to.equal(undefined);
    expect(rowsOf('start,title\n')).to.equal(0);
  });
});
