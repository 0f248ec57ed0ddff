/**
 * TimelineJS spreadsheets, read by the CSV reader and from pasted cells: every column of the template,
 * title and era rows, negative years, and the template written out as CSV and as pasted TSV.
 */
import { expect } from '@open-wc/testing';
import { readCsv } from '../../src/data/read-csv.js';
import { readPastedTable } from '../../src/data/read-pasted.js';
import { readText } from '../../src/data/read-text.js';
import { DataFormatError, type RecordBatch } from '../../src/data/record-batch.js';
import { sheetDate } from '../../src/data/timelinejs-sheet.js';
import { validateEvents } from '../../src/model/validate-events.js';

const FIXTURES = '/test/data/fixtures';
const COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
type Column = (typeof COLUMNS)[number];

/** A sheet in CSV with the template's header, each row given by the cells it fills. */
function sheet(...rows: Partial<Record<Column, string>>[]): string {
  const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => cell(row[column] ?? '')).join(','))].join('\n');
}

/** The one record a one-row sheet gives. */
function recordOf(row: Partial<Record<Column, string>>): unknown {
  const batch = readCsv(sheet(row));
  expect(batch.records).to.have.length(1);
  return batch.records[0];
}

function startOf(row: Partial<Record<Column, string>>): unknown {
  return (recordOf({ Headline: 'x', ...row }) as Record<string, unknown>)['start'];
}

async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`${FIXTURES}/${name}`);
  expect(response.ok, name).to.equal(true);
  return response.text();
}

/** What the template fixture holds, written out by hand from its rows. */
const TEMPLATE_RECORDS = [
  {
    start: '-0063',
    title: 'Pompey makes Syria a Roman province',
    description: 'Background: the province gave the region its name for centuries.',
    category: 'Rome',
    dateText: '64 BCE',
  },
  {
    start: '2011-03',
    title: 'Protests begin the Syrian civil war',
    description: 'Demonstrations in Daraa spread across the country.',
    category: 'Syria',
    dateText: 'March 2011',
    sources: [{ name: 'Example News', url: 'https://example.org/news/daraa-2011' }],
  },
  {
    start: '2017-05-04',
    title: 'Astana memorandum on de-escalation zones',
    description: 'Russia, Turkey and Iran sign a memorandum creating four zones, Idlib among them.',
    category: 'Russia',
    dateText: '4 May 2017',
  },
  {
    start: '2017-09-14',
    end: '2017-09-15',
    title: 'Idlib de-escalation zone agreed',
    description: 'Agreed at talks in Astana.',
    category: 'Turkey',
    dateText: '14–15 September 2017',
  },
  {
    start: '2018-09-17',
    title: 'Sochi memorandum: Idlib demilitarized zone',
    description: 'A zone 15 to 20 km deep, heavy weapons out by 10 October. Signed in Sochi, "effective at once".',
    category: 'Russia',
    dateText: 'the September deal',
  },
  {
    start: '2019-02-11T14:30:00Z',
    title: '"Decisive measures" agreed in Ankara',
    description: 'Shoigu and Akar meet in Ankara.',
    category: 'Turkey',
    dateText: 'on Monday',
    sources: [{ name: 'Example Wire', url: 'https://example.org/news/ankara' }],
  },
  {
    start: '2019-02-14T10:00:00Z',
    end: '2019-02-14T13:30:00Z',
    title: 'Tripartite summit on Syria in Sochi',
    description: 'Putin, Erdoğan and Rouhani meet.',
    category: 'Russia',
    dateText: '14 February 2019',
  },
  { start: '2019', title: "Hay'at Tahrir al-Sham holds most of Idlib", category: 'Syria', dateText: '2019' },
];

function expectTemplate(batch: RecordBatch): void {
  expect(batch.format).to.equal('timelinejs-sheet');
  expect(batch.title).to.equal('Russia, Turkey and Idlib');
  expect(batch.eras).to.deep.equal([{ title: 'The demilitarized zone', start: '2018-09-17', end: '2019-02-14' }]);
  expect(batch.records).to.deep.equal(TEMPLATE_RECORDS);
  expect(batch).not.to.have.property('warnings');
}

describe('TimelineJS template exported as CSV and pasted as TSV', () => {
  it('reads the CSV export: title, era and every event, with no editing', async () => {
    expectTemplate(readCsv(await fixtureText('timelinejs-template.csv')));
  });

  it('reads the cells pasted from a spreadsheet (tab-separated, CRLF, quoted multi-line cells, a tab in a cell)', async () => {
    const pasted = await fixtureText('timelinejs-template-pasted.tsv');
    expect(pasted).to.contain('\t"<p>A zone 15 to 20 km deep,\n'); // the fixture is what it says it is
    expect(pasted).to.contain('\t"Decisive measures" agreed in Ankara\t');
    expectTemplate(readPastedTable(pasted));
  });

  it('reads both through readText, as src does: by extension, content type or content', async () => {
    expectTemplate(readText(await fixtureText('timelinejs-template.csv'), { url: 'timeline.csv' }));
    const pasted = await fixtureText('timelinejs-template-pasted.tsv');
    expectTemplate(readText(pasted, { url: 'timeline.tsv' }));
    expectTemplate(readText(pasted, { contentType: 'text/tab-separated-values' }));
    expectTemplate(readText(pasted));
  });

  it('gives records that all validate, and the era', async () => {
    const batch = readCsv(await fixtureText('timelinejs-template.csv'));
    const eventSet = validateEvents(batch.records, batch.eras);
    expect(eventSet.rejected).to.deep.equal([]);
    expect(eventSet.events).to.have.length(8);
    expect(eventSet.eras.map((era) => era.title)).to.deep.equal(['The demilitarized zone']);
  });
});

describe('TimelineJS sheet: columns', () => {
  it('Year, Month, Day: the precision given', () => {
    expect(startOf({ Year: '2019' })).to.equal('2019');
    expect(startOf({ Year: '2019', Month: '2' })).to.equal('2019-02');
    expect(startOf({ Year: '2019', Month: '02', Day: '11' })).to.equal('2019-02-11');
    expect(startOf({ Year: '602', Month: '3' })).to.equal('0602-03');
  });

  it('Time: an instant in UTC on that day; none keeps the day', () => {
    expect(startOf({ Year: '2019', Month: '2', Day: '11', Time: '14:30' })).to.equal('2019-02-11T14:30:00Z');
    expect(startOf({ Year: '2019', Month: '2', Day: '11', Time: '7:05:09 am' })).to.equal('2019-02-11T07:05:09Z');
    expect(startOf({ Year: '2019', Month: '2', Day: '11', Time: '' })).to.equal('2019-02-11');
  });

  it('End Year, End Month, End Day, End Time: the end, at its own precision', () => {
    const record = recordOf({ Headline: 'x', Year: '2017', Month: '9', 'End Year': '2018', 'End Month': '9', 'End Day': '17', 'End Time': '1930' });
    expect(record).to.include({ start: '2017-09', end: '2018-09-17T19:30:00Z' });
    expect(recordOf({ Headline: 'x', Year: '2017' })).not.to.have.property('end');
  });

  it('date cells as TimelineJS reads them: spaces and thousands commas dropped', () => {
    expect(startOf({ Year: ' 2 019 ', Month: ' 3' })).to.equal('2019-03');
    expect(startOf({ Year: '-13,800,000,000' })).to.equal('Y-13800000000');
  });

  it('a date it cannot place goes on in the author\'s cells, for validation to reject by name', () => {
    const reason = (row: Partial<Record<Column, string>>) => {
      const batch = readCsv(sheet({ Headline: 'x', ...row }));
      return validateEvents(batch.records).rejected[0]?.reason;
    };
    expect(startOf({ Year: 'c. 1850' })).to.equal('Year c. 1850');
    expect(startOf({ Year: '2019', Month: 'Feb' })).to.equal('Year 2019, Month Feb');
    expect(startOf({ Year: '2019', Month: '13' })).to.equal('Year 2019, Month 13');
    expect(startOf({ Year: '2019', Month: '21' })).to.equal('Year 2019, Month 21'); // not an EDTF season
    expect(startOf({ Year: '2019', Day: '11' })).to.equal('Year 2019, Day 11');
    expect(startOf({ Year: '2019', Month: '2', Day: '11', Time: 'noon' })).to.equal('Year 2019, Month 2, Day 11, Time noon');
    expect(startOf({ Year: '2019', Month: '2', Time: '14:00' })).to.equal('Year 2019, Month 2, Time 14:00');
    expect(startOf({ Month: '2', Day: '11' })).to.equal('Month 2, Day 11');
    expect(reason({ Year: '2019', Month: 'Feb' })).to.match(/^record 0: start 'Year 2019, Month Feb' is not a date/);
    expect(startOf({})).to.equal(undefined);
    expect(reason({})).to.match(/^record 0: .*start/);
  });

  it('Display Date: the dateText, as written', () => {
    expect(recordOf({ Headline: 'x', Year: '2019', 'Display Date': '  last  fall ' })).to.include({ dateText: 'last fall' });
    expect(recordOf({ Headline: 'x', Year: '2019' })).not.to.have.property('dateText');
  });

  it('Headline and Text: title and description, as text from their HTML', () => {
    const record = recordOf({
      Year: '2019',
      Headline: 'Sochi <i>memorandum</i>',
      Text: '<p>Zone <a href="https://example.org">agreed</a>.</p><script>alert(1)</script><p>Weapons&nbsp;out.</p>',
    });
    expect(record).to.include({ title: 'Sochi memorandum', description: 'Zone agreed. Weapons out.' });
  });

  it('a row with text but no headline takes the start of its text as title, as a TimelineJS file does', () => {
    expect(recordOf({ Year: '2019', Text: '<p>Only text</p>' })).to.include({ title: 'Only text', description: 'Only text' });
  });

  it('Media: a source only when it is an http(s) link, named by Media Credit, else Media Caption', () => {
    const sources = (row: Partial<Record<Column, string>>) => (recordOf({ Headline: 'x', Year: '2019', ...row }) as Record<string, unknown>)['sources'];
    expect(sources({ Media: 'https://example.org/a', 'Media Credit': 'Credit', 'Media Caption': 'Caption' })).to.deep.equal([
      { name: 'Credit', url: 'https://example.org/a' },
    ]);
    expect(sources({ Media: 'http://example.org/b', 'Media Caption': '<i>Caption</i>' })).to.deep.equal([{ name: 'Caption', url: 'http://example.org/b' }]);
    expect(sources({ Media: 'https://example.org/c' })).to.deep.equal([{ url: 'https://example.org/c' }]);
    for (const media of ['javascript:alert(1)', '<blockquote>quote</blockquote>', 'data:text/html,x', '//example.org/d', 'example.org/e']) {
      expect(sources({ Media: media, 'Media Credit': 'Credit' }), media).to.equal(undefined);
    }
  });

  it('Media Thumbnail and Background are appearance only: no field comes of them', () => {
    const plain = recordOf({ Headline: 'x', Year: '2019' });
    expect(recordOf({ Headline: 'x', Year: '2019', 'Media Thumbnail': 'https://example.org/t.jpg', Background: '#123456' })).to.deep.equal(plain);
  });

  it('Group: the category only (not also an actor), as in a TimelineJS file', () => {
    const record = recordOf({ Headline: 'x', Year: '2019', Group: ' Russia ' });
    expect(record).to.deep.include({ category: 'Russia' });
    expect(record).not.to.have.property('actors');
  });

  it('Type title: the title slide (headline, text and media credit as text); a second title row is an event, as in TimelineJS', () => {
    const batch = readCsv(
      sheet(
        { Headline: 'Idlib <b>2019</b>', Text: '<p>The <i>last</i> rebel-held province</p>', 'Media Credit': 'Photo: <b>AFP</b>', Type: 'title' },
        { Headline: 'Event', Year: '2019' },
        { Headline: 'Another title', Year: '2020', Type: 'Title' },
      ),
    );
    expect(batch.title).to.equal('Idlib 2019');
    expect(batch.titleText).to.equal('The last rebel-held province');
    expect(batch.titleCredit).to.equal('Photo: AFP');
    expect(batch.records).to.deep.equal([
      { start: '2019', title: 'Event' },
      { start: '2020', title: 'Another title' },
    ]);
  });

  it('Type era: an era with its headline and dates; it is no event', () => {
    const batch = readCsv(
      sheet(
        { Headline: 'Ceasefire', Year: '2018', Month: '9', 'End Year': '2019', Type: ' ERA ' },
        { Headline: 'Event', Year: '2019' },
      ),
    );
    expect(batch.eras).to.deep.equal([{ title: 'Ceasefire', start: '2018-09', end: '2019' }]);
    expect(batch.records).to.deep.equal([{ start: '2019', title: 'Event' }]);
    expect(batch).not.to.have.property('title');
  });

  it('other Type values, and none, are events', () => {
    expect(readCsv(sheet({ Headline: 'a', Year: '2019', Type: 'event' }, { Headline: 'b', Year: '2019' })).records).to.have.length(2);
  });

  it('finds the columns in any case, spacing and order, and with the template\'s columns missing', () => {
    const batch = readCsv('headline,YEAR,display  date,Extra\nx,2019,this year,ignored\n');
    expect(batch.format).to.equal('timelinejs-sheet');
    expect(batch.records).to.deep.equal([{ start: '2019', title: 'x', dateText: 'this year' }]);
  });
});

describe('TimelineJS sheet: negative years are years BCE, as TimelineJS shows them', () => {
  it('Year -3500 (shown "3500 BCE") is EDTF -3499; EDTF year 0 is 1 BCE', () => {
    expect(startOf({ Year: '-3500' })).to.equal('-3499');
    expect(startOf({ Year: '-64', Month: '3', Day: '15' })).to.equal('-0063-03-15');
    expect(startOf({ Year: '-1' })).to.equal('0000');
    expect(startOf({ Year: '0' })).to.equal('0000');
    expect(startOf({ Year: '-44', Month: '3', Day: '15', Time: '11:00' })).to.equal('-000043-03-15T11:00:00Z');
  });

  it('which the timeline then dates in words as that year BC', () => {
    const batch = readCsv(sheet({ Headline: 'Jug', Year: '-3500' }));
    const [event] = validateEvents(batch.records).events;
    expect(new Date(event!.start.earliest).getUTCFullYear()).to.equal(-3499);
  });
});

describe('TimelineJS sheet: malformed CSV', () => {
  it('warns on the event a quoting mistake changed, counting events only', () => {
    const text = `${sheet({ Headline: 'Title', Type: 'title' }, { Headline: 'Era', Year: '2018', Type: 'era' }, { Headline: 'a', Year: '2019' })}\n2019,,,,,,,,,"b"c,,,,,,,,\n`;
    const batch = readCsv(text);
    expect(batch.records).to.have.length(2);
    expect(batch.warnings).to.have.length(1);
    expect(batch.warnings![0]!.index).to.equal(1);
    expect(batch.warnings![0]!.reason).to.match(/^record 1: on line 5, field 10 goes on after its closing quote/);
  });

  it('a quote left open in a title row takes its Type with it, so the row is an event, and warned about', () => {
    const batch = readCsv(`${COLUMNS.join(',')}\n,,,,,,,,,"Title,intro,,,,,title,,\n2019,,,,,,,,,a,,,,,,,,\n`);
    expect(batch).not.to.have.property('title');
    expect(batch.records).to.have.length(1);
    expect(batch.warnings?.[0]?.reason).to.match(/^record 0: a quote opening a field on line 2 is never closed, so lines 2–3 were read as one field/);
  });

  it('refuses a sheet whose title or era row is malformed, naming the line: no record is there to carry a warning', () => {
    const openInTitle = `${COLUMNS.join(',')}\n,,,,,,,,,Title,,,,,,title,,"#fff\n2019,,,,,,,,,a,,,,,,,,\n`;
    expect(() => readCsv(openInTitle)).to.throw(
      DataFormatError,
      /^The CSV's title or era row is malformed: a quote opening a field on line 2 is never closed, so lines 2–3 were read as one field/,
    );
    const afterQuoteInEra = `${COLUMNS.join(',')}\n2019,,,,,,,,,a,,,,,,,,\n2018,,,,,,,,,Era,,,,,,era,,"#fff"x\n`;
    expect(() => readCsv(afterQuoteInEra)).to.throw(
      DataFormatError,
      /^The CSV's title or era row is malformed: on line 3, field 18 goes on after its closing quote/,
    );
  });

  it('names the layout in the message for unknown columns', () => {
    expect(() => readCsv('when,what\n2019,x\n')).to.throw(DataFormatError, /or a TimelineJS sheet with Year, Month, Day, Headline, Text, Type, Group/);
  });

  it('sheetDate reads the end cells by prefix', () => {
    expect(sheetDate({ 'end year': '2019', 'end month': '2' }, 'end ')).to.equal('2019-02');
    expect(sheetDate({ year: '2018' }, 'end ')).to.equal(undefined);
  });
});
