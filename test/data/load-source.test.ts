import { expect } from '@open-wc/testing';
import { loadSource, SourceLoadError } from '../../src/data/load-source.js';
import { DataFormatError } from '../../src/data/record-batch.js';

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
    expect((error as Error).message).to.match(/^Could not load invalid\.json: the JSON could not be read at line 1, column 56: Unexpected token/);
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
      loadSource(`${FIXTURES}/events.json`, undefined, () => {
        throw trustedTypesError;
      }),
    );
    expect(error).to.be.instanceOf(SourceLoadError);
    expect((error as Error).message).to.equal(
      "Could not load events.json: its data could not be read (TypeError: Failed to execute 'parseFromString' on 'DOMParser': This document requires 'TrustedHTML' assignment.)",
    );
    expect((error as Error).cause).to.equal(trustedTypesError);
  });

  it('lets an AbortError through untouched when aborted before the request', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(loadSource(`${FIXTURES}/events.json`, controller.signal));
    expect(error).not.to.be.instanceOf(SourceLoadError);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('lets an AbortError through when aborted while loading', async () => {
    const controller = new AbortController();
    const load = loadSource(`${FIXTURES}/timelinejs-examples.json`, controller.signal);
    controller.abort();
    const error = await failure(load);
    expect(error).not.to.be.instanceOf(SourceLoadError);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
