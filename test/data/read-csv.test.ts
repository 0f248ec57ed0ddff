import { expect } from '@open-wc/testing';
import { readCsv } from '../../src/data/read-csv.js';
import { DataFormatError } from '../../src/data/record-batch.js';

const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,actor2,admin1,location,latitude,longitude,fatalities,notes,source';

function acled(...rows: string[]): string {
  return [ACLED_HEADER, ...rows].join('\n');
}

describe('readCsv: simple layout', () => {
  it('maps every column', () => {
    const batch = readCsv(
      'id,start,end,title,description,actors,source,url,category,dateText,dateNote\n' +
        's1,2018-09-17,2018-09-18,Sochi memorandum,"Zone agreed, heavy weapons out",Russia; Turkey,TRT World,https://www.trtworld.com/,Agreement,the September deal,From the article\n',
    );
    expect(batch.format).to.equal('csv');
    expect(batch.records).to.deep.equal([
      {
        id: 's1',
        start: '2018-09-17',
        end: '2018-09-18',
        title: 'Sochi memorandum',
        description: 'Zone agreed, heavy weapons out',
        actors: ['Russia', 'Turkey'],
        category: 'Agreement',
        dateText: 'the September deal',
        dateNote: 'From the article',
        sources: [{ name: 'TRT World', url: 'https://www.trtworld.com/' }],
      },
    ]);
  });

  it('keeps every other column with a value in fields, under its lower-case name', () => {
    const batch = readCsv('start,title,Country,casualties,notes\n2019,Talks,Turkey,,on the record\n2020,Summit,,,\n');
    expect(batch.records).to.deep.equal([
      { start: '2019', title: 'Talks', fields: { country: 'Turkey', notes: 'on the record' } },
      { start: '2020', title: 'Summit' },
    ]);
  });

  it('accepts columns in any order and case, a BOM and CRLF line ends', () => {
    const batch = readCsv('\uFEFFTitle,Start\r\nSummit,2019-02-14\r\n');
    expect(batch.records).to.deep.equal([{ title: 'Summit', start: '2019-02-14' }]);
  });

  it('keeps several source names, and a url that cannot be paired with one of them', () => {
    const batch = readCsv('start,title,source,url\n2019,x,RIA Novosti; Al Jazeera,https://example.org/\n2019,y,,https://example.org/y\n');
    expect(batch.records[0]).to.deep.include({
      sources: [{ name: 'RIA Novosti' }, { name: 'Al Jazeera' }, { url: 'https://example.org/' }],
    });
    expect(batch.records[1]).to.deep.include({ sources: [{ url: 'https://example.org/y' }] });
  });

  it('passes rows with missing or bad values on for validation to report, never drops them', () => {
    const batch = readCsv('start,title\n,No start\nnot a date,Bad start\n2019,\n');
    expect(batch.records).to.deep.equal([{ title: 'No start' }, { start: 'not a date', title: 'Bad start' }, { start: '2019' }]);
  });

  it('skips only lines with no content at all', () => {
    const batch = readCsv('start,title\n2019,a\n\n,\n2020,b\n');
    expect(batch.records).to.have.length(2);
  });

  it('reads a header without rows as an empty batch', () => {
    expect(readCsv('start,end,title\n')).to.deep.equal({ records: [], eras: [], format: 'csv' });
  });
});

describe('readCsv: ACLED exports', () => {
  it('maps an ACLED row to a readable record', () => {
    const batch = readCsv(
      acled(
        'SYR1,2019-02-11,2019,1,Political violence,Battles,Armed clash,Military Forces of Syria,,Hayat Tahrir al Sham,Idlib,Khan Shaykhun,35.4,36.6,4,"Clashes near the town.",SANA; Syrian Observatory for Human Rights',
      ),
    );
    expect(batch.format).to.equal('acled-csv');
    expect(batch.records).to.deep.equal([
      {
        id: 'SYR1',
        start: '2019-02-11',
        title: 'Khan Shaykhun: Armed clash',
        description: 'Clashes near the town. Fatalities: 4. Region: Idlib.',
        actors: ['Military Forces of Syria', 'Hayat Tahrir al Sham'],
        category: 'Battles',
        sources: [{ name: 'SANA' }, { name: 'Syrian Observatory for Human Rights' }],
        fields: {
          year: '2019',
          disorder_type: 'Political violence',
          event_type: 'Battles',
          sub_event_type: 'Armed clash',
          admin1: 'Idlib',
          location: 'Khan Shaykhun',
          latitude: '35.4',
          longitude: '36.6',
          fatalities: '4',
        },
      },
    ]);
  });

  it('carries time_precision into the EDTF date and explains it', () => {
    const records = readCsv(
      acled(
        'A,17 September 2018,2018,1,,Protests,Peaceful protest,Protesters,,,,Town,,,0,,',
        'B,17 September 2018,2018,2,,Protests,Peaceful protest,Protesters,,,,Town,,,0,,',
        'C,17 September 2018,2018,3,,Protests,Peaceful protest,Protesters,,,,Town,,,0,,',
        'D,17 September 2018,2018,7,,Protests,Peaceful protest,Protesters,,,,Town,,,0,,',
      ),
    ).records as Record<string, unknown>[];
    // 17 September 2018 is the Monday of ISO week 38; precision 3 is the month, not an approximate one.
    expect(records.map((record) => record['start'])).to.deep.equal(['2018-09-17', '2018-W38', '2018-09', '2018-09-17']);
    expect(records[0]).not.to.have.property('dateNote');
    expect(records[1]?.['dateNote']).to.equal(
      'ACLED time precision 2: ACLED knows the week, not the day; shown as the ISO week (Monday to Sunday) holding the day it coded, 2018-09-17.',
    );
    expect(records[2]?.['dateNote']).to.equal('ACLED time precision 3: ACLED knows only the month; the day it coded, 2018-09-17, stands for the month.');
    expect(records[3]?.['dateNote']).to.match(/"7" is not one of 1, 2, 3/);
  });

  it('falls back on event_type for the title and leaves out empty actors', () => {
    const [record] = readCsv(acled('E,2019-01-05,2019,1,,Riots,,Rioters,,,,,,,,,')).records;
    expect(record).to.deep.equal({
      id: 'E',
      start: '2019-01-05',
      title: 'Riots',
      actors: ['Rioters'],
      category: 'Riots',
      fields: { year: '2019', event_type: 'Riots' },
    });
  });

  it('passes an unreadable date on as written', () => {
    const [record] = readCsv(acled('F,sometime in 2019,2019,2,,Riots,,,,,,,,,,,')).records;
    expect(record).to.include({ start: 'sometime in 2019' });
  });

  it('reads numeric dates in the order another row of the file proves', () => {
    const monthFirst = readCsv(acled('A,05/09/2020,2020,1,,Riots,,,,,,,,,,,', 'B,05/25/2020,2020,1,,Riots,,,,,,,,,,,'));
    expect(monthFirst.records.map((record) => (record as { start: string }).start)).to.deep.equal(['2020-05-09', '2020-05-25']);
    expect(monthFirst).not.to.have.property('warnings');
    const dayFirst = readCsv(acled('A,05/09/2020,2020,1,,Riots,,,,,,,,,,,', 'B,25.09.2020,2020,1,,Riots,,,,,,,,,,,'));
    expect(dayFirst.records.map((record) => (record as { start: string }).start)).to.deep.equal(['2020-09-05', '2020-09-25']);
    expect(dayFirst).not.to.have.property('warnings');
  });

  it('reads a file that never says day first, as ACLED writes, with one warning saying so', () => {
    const batch = readCsv(
      acled('A,2020-05-01,2020,1,,Riots,,,,,,,,,,,', 'B,09/05/2020,2020,1,,Riots,,,,,,,,,,,', 'C,10/05/2020,2020,1,,Riots,,,,,,,,,,,'),
    );
    expect(batch.records.map((record) => (record as { start: string }).start)).to.deep.equal(['2020-05-01', '2020-05-09', '2020-05-10']);
    expect(batch.warnings).to.deep.equal([
      {
        index: 1,
        record: batch.records[1],
        reason:
          "record 1: event_date '09/05/2020' and every other numeric date in this file could be day/month/year or month/day/year, " +
          "and no row says which; all were read day first, as the export writes them ('09/05/2020' as 2020-05-09). If the file is " +
          'month first, save it with ISO dates (2020-05-09) and load it again.',
      },
    ]);
  });

  it('leaves unread, with a warning each, the dates that read both ways in a file whose rows prove both orders', () => {
    const batch = readCsv(
      acled(
        'A,25/05/2020,2020,1,,Riots,,,,,,,,,,,',
        'B,05/26/2020,2020,1,,Riots,,,,,,,,,,,',
        'C,05/06/2020,2020,1,,Riots,,,,,,,,,,,',
        'D,06/06/2020,2020,1,,Riots,,,,,,,,,,,',
      ),
    );
    expect(batch.records.map((record) => (record as { start: string }).start)).to.deep.equal([
      '2020-05-25',
      '2020-05-26',
      '05/06/2020', // as written, for validation to reject
      '2020-06-06', // the same both ways
    ]);
    expect(batch.warnings?.map((warning) => warning.index)).to.deep.equal([2]);
    expect(batch.warnings?.[0]?.reason).to.equal(
      "record 2: event_date '05/06/2020' could be day/month/year or month/day/year, and this file has both (record 0: " +
        "'25/05/2020' is day first, record 1: '05/26/2020' month first), so it is not read; a spreadsheet may have turned some dates around",
    );
  });

  it('reads NA actors as no actor', () => {
    const [record] = readCsv(acled('N,2020-05-09,2020,1,,Riots,,NA,,NA,,,,,,,')).records;
    expect(record).not.to.have.property('actors');
    expect(record).to.deep.include({ fields: { year: '2020', event_type: 'Riots' } });
  });

  it('ignores columns it does not use and reads an ACLED header with no rows as empty', () => {
    expect(readCsv(`${ACLED_HEADER}\n`).records).to.deep.equal([]);
    expect(readCsv(`${ACLED_HEADER}\n`).format).to.equal('acled-csv');
  });
});

describe('readCsv: errors', () => {
  it('names the columns it expected when the header is unknown', () => {
    expect(() => readCsv('date,what\n2019,x\n')).to.throw(
      DataFormatError,
      /expected a header with start, title .*or an ACLED export with event_id_cnty, event_date.*found date, what/,
    );
  });

  it('says when the CSV is empty', () => {
    expect(() => readCsv('')).to.throw(DataFormatError, /The CSV is empty/);
  });
});

describe('readCsv: quoting gone wrong is reported, not swallowed', () => {
  const HINT = 'a field with a comma, quote or line break is put in quotes, and a quote inside it is written ""';

  it('warns on the record that a never-closed quote made of the lines after it, naming them', () => {
    const batch = readCsv('start,title\n2019-01-01,"Unclosed title\n2019-01-02,Second\n2019-01-03,Third\n');
    expect(batch.records).to.have.length(1); // what csvParseRows makes of it: the rows are not guessed back
    expect(batch.warnings).to.deep.equal([
      {
        index: 0,
        record: batch.records[0],
        reason: `record 0: a quote opening a field on line 2 is never closed, so lines 2–4 were read as one field (${HINT})`,
      },
    ]);
  });

  it('counts lines inside well-quoted fields, CRLF ends and blank lines, and names the record, not the row', () => {
    const batch = readCsv('start,title,description\r\n2019-01-01,A,"two\r\nlines"\r\n\r\n,,\r\n2019-01-02,B,"open\r\n2019-01-03,C,\r\n');
    expect(batch.records).to.have.length(2);
    expect(batch.warnings?.map((warning) => warning.reason)).to.deep.equal([
      `record 1: a quote opening a field on line 6 is never closed, so lines 6–7 were read as one field (${HINT})`,
    ]);
  });

  it('warns when a field goes on after its closing quote, shifting the fields after it', () => {
    const batch = readCsv('start,title,description\n2019-01-01,A,ok\n2019-01-02,"Sochi" memorandum,desc\n');
    expect(batch.records).to.have.length(2);
    expect(batch.warnings?.map((warning) => [warning.index, warning.reason])).to.deep.equal([
      [1, `record 1: on line 3, field 2 goes on after its closing quote, so the fields after it are out of place (${HINT})`],
    ]);
  });

  it('refuses a header with broken quoting, which would misplace every column', () => {
    expect(() => readCsv('start,"title\n2019-01-01,A\n')).to.throw(
      DataFormatError,
      `The CSV header is malformed: a quote opening a field on line 1 is never closed, so lines 1–2 were read as one field (${HINT}).`,
    );
  });

  it('has no warnings for well-formed quoting: commas, quotes and line breaks inside quoted fields', () => {
    const batch = readCsv('start,title,description\n2019-01-01,"A, b","say ""hi""\nthen go"\n2019-01-02,B,"last"');
    expect(batch.records).to.have.length(2);
    expect(batch).not.to.have.property('warnings');
  });
});
