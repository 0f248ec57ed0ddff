import { expect } from '@open-wc/testing';
import { decodeText } from '../../src/data/decode-text.js';
import { DataFormatError } from '../../src/data/record-batch.js';

const TEXT = 'start,title\n2011-03,Protests in Daraa — درعا\n';

function encoded(text: string, encoding: 'utf-16le' | 'utf-16be', byteOrderMark: boolean): Uint8Array {
  const units = [...(byteOrderMark ? '\uFEFF' : ''), ...text].flatMap((c) => {
    const code = c.charCodeAt(0);
    return encoding === 'utf-16le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return new Uint8Array(units);
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark, as UTF-8', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeText(bytes)).to.equal(TEXT);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).to.equal(TEXT);
  });

  it('reads UTF-16 in either byte order, by its byte-order mark or by where its NULs are', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      expect(decodeText(encoded(TEXT, encoding, true)), `${encoding} with a mark`).to.equal(TEXT);
      expect(decodeText(encoded(TEXT, encoding, false)), `${encoding} without`).to.equal(TEXT);
    }
  });

  it('keeps a UTF-8 file with a stray NUL as UTF-8', () => {
    const bytes = new TextEncoder().encode(`${TEXT}2012-01,A\u0000B\n`);
    expect(decodeText(bytes)).to.equal(`${TEXT}2012-01,A\u0000B\n`);
  });

  it('says what a file is when it is UTF-32 or no text at all', () => {
    expect(() => decodeText(new Uint8Array([0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x5b]))).to.throw(DataFormatError, /UTF-32/);
    expect(() => decodeText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).to.throw(
      DataFormatError,
      /binary file \(a spreadsheet workbook or an archive\)/,
    );
    const noise = new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    expect(() => decodeText(noise)).to.throw(DataFormatError, /^This is a binary file, not text/);
  });
});
