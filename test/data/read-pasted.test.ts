/**
 * Cells pasted from a spreadsheet: the clipboard's tab-separated text, told apart from CSV, in every
 * layout the CSV reader knows.
 */
import { expect } from '@open-wc/testing';
import { readPastedTable } from '../../src/data/read-pasted.js';
import { isTabSeparated } from '../../src/data/read-tsv.js';
import { DataFormatError } from '../../src/data/record-batch.js';
import { tabSeparatedRows } from '../../src/data/tab-separated-rows.js';

describe('tabSeparatedRows: the clipboard text of spreadsheets', () => {
  it('splits cells by tabs and rows by LF, CRLF or CR, keeping empty cells', () => {
    expect(tabSeparatedRows('a\tb\r\nc\t\n\td\re\t')).to.deep.equal([['a', 'b'], ['c', ''], ['', 'd'], ['e', '']]);
  });

  it('reads a quoted cell holding line breaks, tabs and doubled quotes as one cell', () => {
    const text = 'Year\tText\tGroup\r\n2019\t"<p>First line\nsecond\tline, ""quoted""</p>"\tTurkey\r\n2020\t""\tRussia';
    expect(tabSeparatedRows(text)).to.deep.equal([
      ['Year', 'Text', 'Group'],
      ['2019', '<p>First line\nsecond\tline, "quoted"</p>', 'Turkey'],
      ['2020', '', 'Russia'],
    ]);
  });

  it('reads a quoted cell at the end of a row and of the text', () => {
    expect(tabSeparatedRows('a\t"x\ny"\r\n"z\tw"')).to.deep.equal([
      ['a', 'x\ny'],
      ['z\tw'],
    ]);
  });

  it('reads a cell that only starts with a quote as written, since spreadsheets copy it unquoted', () => {
    expect(tabSeparatedRows('"Decisive measures" agreed\tAnkara\n"Sochi\t2019\n"a" "b"\tc')).to.deep.equal([
      ['"Decisive measures" agreed', 'Ankara'],
      ['"Sochi', '2019'],
      ['"a" "b"', 'c'],
    ]);
  });

  it('ends at one final line break, and gives nothing for no text', () => {
    expect(tabSeparatedRows('a\tb\n')).to.deep.equal([['a', 'b']]);
    expect(tabSeparatedRows('a\tb\r\n\r\n')).to.deep.equal([['a', 'b'], ['']]);
    expect(tabSeparatedRows('')).to.deep.equal([]);
  });
});

describe('isTabSeparated', () => {
  it('goes by the header line: more tabs than commas', () => {
    expect(isTabSeparated('start\ttitle\n2019\ta, b, c, d\n')).to.equal(true);
    expect(isTabSeparated('start,title\n2019,"a\tb\tc"\n')).to.equal(false);
    expect(isTabSeparated('start\r\n2019\t1\t2\r\n')).to.equal(false);
  });
});

describe('readPastedTable', () => {
  it('reads cells of the simple layout copied from a spreadsheet', () => {
    const batch = readPastedTable('start\tend\ttitle\tactors\r\n2018-09-17\t\tSochi memorandum\tRussia; Turkey\r\n2019-02-14\t\tSochi summit\t');
    expect(batch.format).to.equal('csv');
    expect(batch.records).to.deep.equal([
      { start: '2018-09-17', title: 'Sochi memorandum', actors: ['Russia', 'Turkey'] },
      { start: '2019-02-14', title: 'Sochi summit' },
    ]);
  });

  it('reads pasted CSV text as CSV', () => {
    const batch = readPastedTable('start,title,description\n2019,Summit,"Putin, Erdoğan and Rouhani"\n');
    expect(batch.records).to.deep.equal([{ start: '2019', title: 'Summit', description: 'Putin, Erdoğan and Rouhani' }]);
  });

  it('reads an ACLED export pasted from a spreadsheet', () => {
    const batch = readPastedTable('event_id_cnty\tevent_date\ttime_precision\tsub_event_type\tlocation\nSYR1\t2019-02-11\t1\tShelling\tIdlib\n');
    expect(batch.format).to.equal('acled-csv');
    expect(batch.records).to.deep.equal([
      { id: 'SYR1', start: '2019-02-11', title: 'Idlib: Shelling', fields: { sub_event_type: 'Shelling', location: 'Idlib' } },
    ]);
  });

  it('reads a pasted TimelineJS sheet with its title and era', () => {
    const rows = [
      'Year\tMonth\tDay\tTime\tDisplay Date\tHeadline\tText\tType\tGroup',
      '\t\t\t\t\tIdlib\t"<p>Intro\nin two lines</p>"\ttitle\t',
      '2018\t9\t17\t\t\tZone\t\tera\t',
      '2019\t2\t11\t14:30\ton Monday\tAnkara talks\t"<p>Shoigu\tand Akar</p>"\t\tTurkey',
    ];
    const batch = readPastedTable(rows.join('\r\n'));
    expect(batch.format).to.equal('timelinejs-sheet');
    expect(batch.title).to.equal('Idlib');
    expect(batch.eras).to.deep.equal([{ title: 'Zone', start: '2018-09-17' }]);
    expect(batch.records).to.deep.equal([
      {
        start: '2019-02-11T14:30:00Z',
        title: 'Ankara talks',
        description: 'Shoigu and Akar',
        category: 'Turkey',
        dateText: 'on Monday',
      },
    ]);
  });

  it('skips a byte-order mark and blank lines above the header', () => {
    expect(readPastedTable('\uFEFF\n  \t\r\nstart\ttitle\n2019\tx').records).to.deep.equal([{ start: '2019', title: 'x' }]);
  });

  it('says what to paste when there is nothing, or no header it knows', () => {
    expect(() => readPastedTable(' \n\t\n')).to.throw(DataFormatError, /^Nothing was pasted: copy the cells with their header row/);
    expect(() => readPastedTable('2019\tSummit\n2020\tTalks')).to.throw(
      DataFormatError,
      /^The table columns are not ones this timeline reads: .*found 2019, Summit\.$/,
    );
  });
});
