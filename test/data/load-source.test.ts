import { expect } from '@open-wc/testing';
import { loadSource, SourceLoadError } from '../../src/data/load-source.js';
import { DataFormatError } from '../../src/data/record-batch.js';
import { engineJsonReason } from '../support/engine-json-reason.js';

const FIXTURES = '/test/data/fixtures';
/** Nothing listens on port 1, so the connection is refused: a network failure without leaving the machine. */
const UNREACHABLE = 'http://127.0.0.1:1/events.json';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i + (order === 'le' ? 0 : 1)] = code & 0xff;
    bytes[2 * i + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

/** Loads bytes as a file the page made: a blob: URL, fetched like any other. */
async function loadBytes(bytes: Uint8Array<ArrayBuffer>): Promise<Awaited<ReturnType<typeof loadSource>>> {
  const url = URL.createObjectURL(new Blob([bytes]));
  try {
    return await loadSource(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

describe('loadSource', () => {
  it('loads JSON by its content type', async () => {
    const batch = await loadSource(`${FIXTURES}/events.json`);
    expect(batch.format).to.equal('json');
    expect(batch.title).to.equal('Fixture: two events');
    expect(batch.records).to.have.length(2);
    expect(batch.eras).to.have.length(1);
  });

  it('loads CSV, simple and ACLED', async () => {
    const simple = await loadSource(`${FIXTURES}/events.csv`);
    expect(simple.format).to.equal('csv');
    expect(simple.records[0]).to.deep.include({ actors: ['Russia', 'Turkey'] });
    const acled = await loadSource(`${FIXTURES}/acled.csv`);
    expect(acled.format).to.equal('acled-csv');
    expect(acled.records[0]).to.include({ id: 'SPL1', start: '2018-09-17' });
  });

  it('loads a TimelineJS file', async () => {
    const batch = await loadSource(`${FIXTURES}/timelinejs-examples.json`);
    expect(batch.format).to.equal('timelinejs');
  });

  it('sniffs JSON served as text/plain', async () => {
    const batch = await loadSource(`${FIXTURES}/plain.txt`);
    expect(batch.records).to.deep.equal([{ start: '2011-03', title: 'Sniffed from a .txt file' }]);
  });

  it('names the file and the HTTP status when the server refuses', async () => {
    const error = await failure(loadSource(`${FIXTURES}/missing.json`));
    expect(error).to.be.instanceOf(SourceLoadError);
    expect((error as SourceLoadError).message).to.equal('Could not load missing.json: the server answered 404 Not Found');
    expect((error as SourceLoadError).status).to.equal(404);
    expect((error as SourceLoadError).url).to.equal(`${FIXTURES}/missing.json`);
  });

  it('explains a network failure', async () => {
    const error = await failure(loadSource(UNREACHABLE));
    expect(error).to.be.instanceOf(SourceLoadError);
    expect((error as Error).message).to.match(/^Could not load events\.json: the request failed before the server answered/);
    expect((error as SourceLoadError).status).to.equal(undefined);
  });

  it('wraps invalid JSON with the position of the mistake', async () => {
    const error = await failure(loadSource(`${FIXTURES}/invalid.json`));
    expect(error).to.be.instanceOf(SourceLoadError);
    const text = await (await fetch(`${FIXTURES}/invalid.json`)).text();
    // Column 56 is the `]` after the trailing comma, where a value should be.
    expect((error as Error).message).to.equal(
      `Could not load invalid.json: the JSON could not be read at line 1, column 56: ${engineJsonReason(text)}.`,
    );
    expect((error as Error).cause).to.be.instanceOf(DataFormatError);
  });

  it('wraps a CSV with unknown columns', async () => {
    // README.md names no data format by type or extension, so it is sniffed as CSV, with an unknown header.
    const error = await failure(loadSource(`${FIXTURES}/README.md`));
    expect(error).to.be.instanceOf(SourceLoadError);
    expect((error as Error).message).to.match(/^Could not load README\.md: the CSV columns are not ones this timeline reads/);
  });

  it('says when it got a web page instead of data', async () => {
    const error = await failure(loadSource(`${FIXTURES}/page.html`));
    expect(error).to.be.instanceOf(SourceLoadError);
    expect((error as Error).message).to.equal(
      'Could not load page.html: got a web page, not JSON or CSV; check that the address points at the data file itself',
    );
  });

  it('reports any error in reading, not only a data format error, as a failure to load that file', async () => {
    // What DOMParser threw on a page that requires Trusted Types, before the readers stopped parsing HTML.
    const trustedTypesError = new TypeError("Failed to execute 'parseFromString' on 'DOMParser': This document requires 'TrustedHTML' assignment.");
    const error = await failure(
      loadSource(`${FIXTURES}/events.json`, {
        read: () => {
          throw trustedTypesError;
        },
      }),
    );
    expect(error).to.be.instanceOf(SourceLoadError);
    expect((error as Error).message).to.equal(
      "Could not load events.json: its data could not be read (TypeError: Failed to execute 'parseFromString' on 'DOMParser': This document requires 'TrustedHTML' assignment.)",
    );
    expect((error as Error).cause).to.equal(trustedTypesError);
  });

  it('reads a UTF-16 file by its byte-order mark', async () => {
    // Served as stored (the dev server would read it as UTF-8 first), and labelled UTF-8 as servers often do.
    const url = `/__raw${FIXTURES}/events-utf16.json`;
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect([...bytes.subarray(0, 4)]).to.deep.equal([0xff, 0xfe, 0x7b, 0x00]);
    const batch = await loadSource(url);
    expect(batch.title).to.equal('Fixture: two events');
    expect(batch.records).to.have.length(2);
  });

  it('reads a UTF-16 file without a byte-order mark by where its NUL bytes are', async () => {
    for (const [encoding, bytes] of [
      ['little-endian', utf16('start,title\n2011-03,Protests in Daraa\n', 'le')],
      ['big-endian', utf16('start,title\n2011-03,Protests in Daraa\n', 'be')],
    ] as const) {
      const batch = await loadBytes(bytes);
      expect(batch.records, encoding).to.deep.equal([{ start: '2011-03', title: 'Protests in Daraa' }]);
    }
  });

  it('says a file is UTF-32, or not text at all, instead of a parse error', async () => {
    const utf32 = await failure(loadBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x5b, 0, 0, 0, 0x5d, 0, 0, 0])));
    expect((utf32 as Error).message).to.equal('Could not load the data: the file is in UTF-32, which browsers do not read: save or export it as UTF-8 CSV or JSON.');
    const workbook = await failure(loadBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0])));
    expect((workbook as Error).message).to.equal(
      'Could not load the data: this is a binary file (a spreadsheet workbook or an archive), not text: save or export it as UTF-8 CSV or JSON.',
    );
  });

  it('says an address is not a valid URL instead of blaming the network', async () => {
    for (const url of ['http://exa mple.com/events.json', 'https://localhost:99999/events.json', 'http://[::1/events.json', 'http://exa%mple.com/events.json']) {
      const error = await failure(loadSource(url));
      expect(error, url).to.be.instanceOf(SourceLoadError);
      expect((error as Error).message).to.equal(`Could not load the data: its address '${url}' is not a valid URL`);
      expect((error as SourceLoadError).url).to.equal(url);
    }
  });

  it('refuses schemes other than http(s), blob: and data:, naming the scheme, not a "file name"', async () => {
    for (const [url, scheme] of [
      ['javascript:alert(1)//events.json', 'javascript:'],
      ['java\tscript:alert(1)', 'javascript:'],
      ['file:///home/me/events.json', 'file:'],
      ['ftp://example.org/events.json', 'ftp:'],
    ] as const) {
      const error = await failure(loadSource(url));
      expect(error, url).to.be.instanceOf(SourceLoadError);
      expect((error as Error).message, url).to.equal(
        `Could not load the data: its address uses '${scheme}', which the timeline does not load from: give an http(s) address, or one relative to the page`,
      );
    }
  });

  it('still loads relative, blob: and data: addresses', async () => {
    // The test page is at the server's root.
    expect(new URL('.', location.href).pathname).to.equal('/');
    const relative = await loadSource(`${FIXTURES.slice(1)}/events.csv`);
    expect(relative.records).to.have.length(2);
    const data = await loadSource(`data:text/csv,${encodeURIComponent('start,title\n2011-03,Protests\n')}`);
    expect(data.records).to.deep.equal([{ start: '2011-03', title: 'Protests' }]);
  });

  it('lets an AbortError through untouched when aborted before the request', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(loadSource(`${FIXTURES}/events.json`, { signal: controller.signal }));
    expect(error).not.to.be.instanceOf(SourceLoadError);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('lets an AbortError through when aborted while loading', async () => {
    const controller = new AbortController();
    const load = loadSource(`${FIXTURES}/timelinejs-examples.json`, { signal: controller.signal });
    controller.abort();
    const error = await failure(load);
    expect(error).not.to.be.instanceOf(SourceLoadError);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
