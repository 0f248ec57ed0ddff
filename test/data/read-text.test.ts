import { expect } from '@open-wc/testing';
import { readText } from '../../src/data/read-text.js';
import { detectFormat } from '../../src/data/detect-format.js';
import { DataFormatError } from '../../src/data/record-batch.js';
import { engineJsonReason } from '../support/engine-json-reason.js';

const JSON_TEXT = '[{"start":"2019","title":"x"}]';
const CSV_TEXT = 'start,title\n2019,x\n';

describe('detectFormat', () => {
  it('trusts a content type that names JSON or CSV', () => {
    expect(detectFormat(CSV_TEXT, { contentType: 'application/json; charset=utf-8' })).to.equal('json');
    expect(detectFormat(CSV_TEXT, { contentType: 'application/ld+json' })).to.equal('json');
    expect(detectFormat(JSON_TEXT, { contentType: 'text/csv' })).to.equal('csv');
  });

  it('falls back on the URL extension when the content type says nothing', () => {
    expect(detectFormat(CSV_TEXT, { contentType: 'text/plain', url: '/data/events.json?v=2' })).to.equal('json');
    expect(detectFormat(JSON_TEXT, { contentType: null, url: 'https://example.org/events.CSV' })).to.equal('csv');
  });

  it('sniffs the text last', () => {
    expect(detectFormat(`  \n${JSON_TEXT}`, { contentType: 'text/plain' })).to.equal('json');
    expect(detectFormat('{"events":[]}', { url: '/data' })).to.equal('json');
    expect(detectFormat(CSV_TEXT)).to.equal('csv');
  });

  it('recognises a web page whatever it is labelled', () => {
    expect(detectFormat('<!DOCTYPE html><html></html>', { contentType: 'application/json' })).to.equal('html');
    expect(detectFormat('<html lang="en"><body></body></html>', { url: 'x.csv' })).to.equal('html');
  });
});

describe('readText', () => {
  it('reads JSON and CSV by detected format', () => {
    expect(readText(JSON_TEXT).format).to.equal('json');
    expect(readText(CSV_TEXT, { contentType: 'text/csv' }).format).to.equal('csv');
    expect(readText(CSV_TEXT, { url: 'events.csv' }).records).to.deep.equal([{ start: '2019', title: 'x' }]);
  });

  it("reports invalid JSON with its position and the parser's own words", () => {
    const text = '{ "events": [ { "title": "x" }, ] }';
    let error: unknown;
    try {
      readText(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(DataFormatError);
    // Column 33 is the `]` after the trailing comma, where a value should be.
    expect((error as Error).message).to.equal(`The JSON could not be read at line 1, column 33: ${engineJsonReason(text)}.`);
    expect((error as Error).cause).to.be.instanceOf(SyntaxError);
  });

  it('refuses empty text and web pages with sentences a person can act on', () => {
    expect(() => readText('  \n')).to.throw(DataFormatError, /The data is empty/);
    expect(() => readText('<!doctype html><p>Sign in</p>')).to.throw(DataFormatError, /web page \(HTML\), not JSON or CSV/);
  });

  it('strips a byte order mark before JSON', () => {
    expect(readText(`\uFEFF${JSON_TEXT}`).records).to.have.length(1);
  });
});
