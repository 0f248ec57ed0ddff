import { expect } from '@open-wc/testing';
import { readEventFile } from '../../demo/author/read-event-file.js';
import { readPastedTable } from '../../src/data/read-pasted.js';
import { readText } from '../../src/data/read-text.js';

/** A fixture's bytes as a file the journalist chose, with the name and type a browser gives it. */
async function fixtureFile(name: string, type = ''): Promise<File> {
  const bytes = await (await fetch(`/__raw/test/data/fixtures/${name}`)).arrayBuffer();
  return new File([bytes], name, { type });
}

describe('a file dropped on the authoring page', () => {
  it('JSON goes to the JSON reader, title and eras included', async () => {
    const batch = await readEventFile(await fixtureFile('events.json', 'application/json'));
    expect(batch.format).to.equal('json');
    expect(batch.title).to.equal('Fixture: two events');
    expect(batch.records).to.have.length(2);
    expect(batch.eras).to.have.length(1);
  });

  it('a UTF-16 export is decoded as the element decodes a fetched one', async () => {
    const batch = await readEventFile(await fixtureFile('events-utf16.json'));
    const utf8 = readText(await (await fetch('/test/data/fixtures/events.json')).text());
    expect(batch.records).to.deep.equal(utf8.records);
  });

  it('CSV goes to the CSV reader', async () => {
    const text = await (await fetch('/test/data/fixtures/events.csv')).text();
    const batch = await readEventFile(await fixtureFile('events.csv', 'text/csv'));
    expect(batch).to.deep.equal(readText(text, { url: 'events.csv' }));
  });

  it('a TimelineJS sheet saved as TSV is read as pasted cells, whatever its name', async () => {
    const text = await (await fetch('/test/data/fixtures/timelinejs-template-pasted.tsv')).text();
    const expected = readPastedTable(text);
    expect(expected.format).to.equal('timelinejs-sheet');
    expect(await readEventFile(await fixtureFile('timelinejs-template-pasted.tsv'))).to.deep.equal(expected);
    expect(await readEventFile(new File([text], 'sheet.txt'))).to.deep.equal(expected);
  });

  it('a spreadsheet saved as .xlsx is refused with what to do', async () => {
    const zip = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])], 'sheet.xlsx');
    let message = '';
    await readEventFile(zip).catch((error: Error) => (message = error.message));
    expect(message).to.contain('CSV');
  });
});
