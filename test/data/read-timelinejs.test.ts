import { expect } from '@open-wc/testing';
import { readTimelineJs, timelineJsEventToRecord } from '../../src/data/read-timelinejs.js';
import { parseTimelineJsTime, timelineJsDateToEdtf } from '../../src/data/timelinejs-date.js';
import { DataFormatError } from '../../src/data/record-batch.js';
import { imageErrorsFired } from '../support/image-errors.js';

const FIXTURE = '/test/data/fixtures/timelinejs-examples.json';

async function fixture(): Promise<unknown> {
  const response = await fetch(FIXTURE);
  return (await response.json()) as unknown;
}

describe('timelineJsDateToEdtf', () => {
  it('keeps the precision the author gave', () => {
    expect(timelineJsDateToEdtf({ year: '2017' })).to.equal('2017');
    expect(timelineJsDateToEdtf({ year: 2017, month: 9 })).to.equal('2017-09');
    expect(timelineJsDateToEdtf({ year: '2017', month: '9', day: '17' })).to.equal('2017-09-17');
  });

  it('treats empty strings as absent parts', () => {
    expect(timelineJsDateToEdtf({ year: '1850', month: '', day: '', hour: '' })).to.equal('1850');
  });

  it('pads short years', () => {
    expect(timelineJsDateToEdtf({ year: '602' })).to.equal('0602');
    expect(timelineJsDateToEdtf({ year: 0 })).to.equal('0000');
  });

  it('reads a negative year as the year BCE TimelineJS shows for it (EDTF counts 1 BCE as year 0)', () => {
    expect(timelineJsDateToEdtf({ year: '-3500' })).to.equal('-3499'); // shown by TimelineJS as "3500 BCE"
    expect(timelineJsDateToEdtf({ year: -44, month: 3, day: 15 })).to.equal('-0043-03-15');
    expect(timelineJsDateToEdtf({ year: -1 })).to.equal('0000');
    expect(timelineJsDateToEdtf({ year: -12000 })).to.equal('Y-11999');
    expect(timelineJsDateToEdtf({ year: -44, month: 3, day: 15, hour: 12 })).to.equal('-000043-03-15T12:00:00Z');
  });

  it('writes years beyond four digits with the EDTF Y prefix, without month or day', () => {
    expect(timelineJsDateToEdtf({ year: '-13800000000' })).to.equal('Y-13800000000');
    expect(timelineJsDateToEdtf({ year: 12000, month: 5 })).to.equal('Y12000');
  });

  it('turns a time of day into an ISO date-time in UTC', () => {
    const text = timelineJsDateToEdtf({ year: '1985', month: '01', day: '05', hour: '6', minute: '45', second: '56' });
    expect(text).to.equal('1985-01-05T06:45:56Z');
    expect(Date.parse(text ?? '')).to.equal(Date.UTC(1985, 0, 5, 6, 45, 56));
    expect(timelineJsDateToEdtf({ year: 2016, month: 11, day: 13, hour: 9, minute: 30, second: '', millisecond: 250 })).to.equal(
      '2016-11-13T09:30:00.250Z',
    );
  });

  it('passes a non-numeric year on as written, and no year as nothing', () => {
    expect(timelineJsDateToEdtf({ year: 'c. 1850' })).to.equal('c. 1850');
    expect(timelineJsDateToEdtf({ month: '3' })).to.equal(undefined);
    expect(timelineJsDateToEdtf(undefined)).to.equal(undefined);
  });
});

describe('parseTimelineJsTime', () => {
  it('reads 24-hour times with colons, dots or no separator, and fractions of a second', () => {
    expect(parseTimelineJsTime('14:30')).to.deep.equal({ hour: 14, minute: 30, second: 0, millisecond: 0 });
    expect(parseTimelineJsTime(' 9.05 ')).to.deep.equal({ hour: 9, minute: 5, second: 0, millisecond: 0 });
    expect(parseTimelineJsTime('1430')).to.deep.equal({ hour: 14, minute: 30, second: 0, millisecond: 0 });
    expect(parseTimelineJsTime('23:59:58.5')).to.deep.equal({ hour: 23, minute: 59, second: 58, millisecond: 500 });
    expect(parseTimelineJsTime('06:45:56,25')).to.deep.equal({ hour: 6, minute: 45, second: 56, millisecond: 250 });
    expect(parseTimelineJsTime('7')).to.deep.equal({ hour: 7, minute: 0, second: 0, millisecond: 0 });
  });

  it('reads am and pm, with or without dots', () => {
    expect(parseTimelineJsTime('2:30 PM')?.hour).to.equal(14);
    expect(parseTimelineJsTime('2 p.m.')?.hour).to.equal(14);
    expect(parseTimelineJsTime('12 pm')?.hour).to.equal(12);
    expect(parseTimelineJsTime('12:15am')).to.deep.equal({ hour: 0, minute: 15, second: 0, millisecond: 0 });
    expect(parseTimelineJsTime('11 AM')?.hour).to.equal(11);
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['', 'noon', '24:00', '12:60', '13 pm', '0 am', '1:2', '14:30:15:10', '-1:00']) {
      expect(parseTimelineJsTime(text), text).to.equal(undefined);
    }
  });
});

describe('readTimelineJs on a file shaped like TimelineJS3 example files', () => {
  it('reads the title, every event and every era', async () => {
    const batch = readTimelineJs(await fixture());
    expect(batch.format).to.equal('timelinejs');
    expect(batch.title).to.equal('Wars, Truces and Treaties');
    expect(batch.records).to.have.length(9);
    expect(batch.eras).to.deep.equal([
      { title: 'Carolingian kings of the Franks', start: '0751', end: '0888' },
      { title: 'Charlemagne as emperor', start: '0800-12-25', end: '0814-01-28' },
    ]);
  });

  it('maps headline, dates, media and text of each event', async () => {
    const records = readTimelineJs(await fixture()).records;
    expect(records[0]).to.deep.equal({
      start: '0772',
      end: '0804',
      title: "Charlemagne's Saxon Wars.",
      description:
        'Three decades of campaigns and revolts end with Saxony inside the Frankish realm and many Saxons resettled elsewhere in it',
      sources: [{ url: 'https://en.wikipedia.org/wiki/Saxon_Wars' }],
    });
    expect(records[1]).to.include({ start: '0787-09-24', end: '0787-10-23' });
  });

  it('strips HTML from text to plain text', async () => {
    const records = readTimelineJs(await fixture()).records as Record<string, unknown>[];
    expect(records[3]?.['description']).to.equal(
      'Europe’s powers redraw the map after the Napoleonic Wars. Their final act is signed nine days before Waterloo. The settlement holds, with breaks, for a century.',
    );
    expect(records[3]?.['title']).to.equal('Congress of Vienna closes');
    expect(records[2]?.['title']).to.equal('Charlemagne’s grandsons fight at Fontenoy');
    // Escaped markup in the source is text the author meant to show, so it stays visible as text.
    expect(records[4]?.['description']).to.contain('<blockquote>“ <p>“ A peace signed in the room”</p> ”</blockquote>');
    expect(records[3]?.['start']).to.equal('1815');
  });

  it('keeps only web links from media, named by credit or caption', async () => {
    const records = readTimelineJs(await fixture()).records as Record<string, unknown>[];
    expect(records[4]).not.to.have.property('sources'); // its media.url is a blockquote
    expect(records[5]?.['sources']).to.deep.equal([
      { name: 'Berlyn Brixner', url: 'https://en.wikipedia.org/wiki/Trinity_(nuclear_test)' },
    ]);
    expect(records[8]?.['sources']).to.deep.equal([
      { name: 'Wikipedia', url: 'https://example.org/media/Annals_of_Thutmose_III,_Karnak_(detail)..JPG' },
    ]);
  });

  it('reads times as UTC date-times, a group as the category only, huge negative years', async () => {
    const records = readTimelineJs(await fixture()).records as Record<string, unknown>[];
    expect(records[5]?.['start']).to.equal('1945-07-16T05:29:45Z');
    expect(records[5]).not.to.have.property('id'); // "uniqueid": "" is no id
    const group = 'Group 3 - JUNE_1967 - Six-Day War - Air operations';
    expect(records[6]).to.include({ start: '1967-06-05T07:45:00Z', category: group });
    expect(records[6]).not.to.have.property('actors');
    expect(records[7]?.['start']).to.equal('Y-3300000'); // below -99999 TimelineJS counts years ago: taken as written
    expect(records[8]?.['start']).to.equal('-1456'); // the file's -1457, which TimelineJS shows as 1457 BCE
  });
});

describe('readTimelineJs field mapping', () => {
  it('maps unique_id, display dates and numbers given as numbers', () => {
    const record = timelineJsEventToRecord({
      unique_id: 'sochi',
      start_date: { year: 2018, month: 9, day: 17, display_date: 'mid-September' },
      end_date: { year: 2018, month: 9, day: 18 },
      display_date: 'the September deal',
      text: { headline: 'Sochi <i>memorandum</i>', text: '' },
      media: { url: 'https://example.org/a', caption: 'Caption only' },
    });
    expect(record).to.deep.equal({
      id: 'sochi',
      start: '2018-09-17',
      end: '2018-09-18',
      title: 'Sochi memorandum',
      dateText: 'the September deal',
      sources: [{ name: 'Caption only', url: 'https://example.org/a' }],
    });
  });

  it("falls back to the dates' own display_date, joined as a range", () => {
    const record = timelineJsEventToRecord({
      start_date: { year: 2017, display_date: 'autumn' },
      end_date: { year: 2018, display_date: 'spring' },
      text: { headline: 'x' },
    });
    expect(record).to.include({ dateText: 'autumn – spring' });
  });

  it('ignores non-web media links such as javascript: URLs', () => {
    const record = timelineJsEventToRecord({
      start_date: { year: 2019 },
      text: { headline: 'x' },
      media: { url: 'javascript:alert(1)', credit: 'evil' },
    });
    expect(record).not.to.have.property('sources');
  });

  it('titles a headline-less event with the start of its text, so it is not lost', () => {
    const text = 'A long text without a headline. '.repeat(10);
    const record = timelineJsEventToRecord({ start_date: { year: 2019 }, text: { text } }) as { title: string };
    expect(record.title.length).to.be.at.most(80);
    expect(text.startsWith(record.title.slice(0, -1))).to.equal(true);
  });

  it('passes records it cannot map on as given, so validation reports them', () => {
    const batch = readTimelineJs({ events: [null, 'text', { text: { headline: 'no date' } }] });
    expect(batch.records).to.deep.equal([null, 'text', { title: 'no date' }]);
  });

  it('keeps script and onerror payloads as inert text', async () => {
    const batch = readTimelineJs({
      title: { text: { headline: '<img src=x onerror="window.__ctTjsRan = true">Title' } },
      events: [
        {
          start_date: { year: 2019 },
          text: {
            headline: '<script>window.__ctTjsRan = true</script>Headline',
            text: '<img src=x onerror="window.__ctTjsRan = true"><p>Body</p>',
          },
        },
      ],
    });
    await imageErrorsFired('x');
    expect((window as { __ctTjsRan?: boolean }).__ctTjsRan).to.equal(undefined);
    expect(batch.title).to.equal('Title');
    expect(batch.records[0]).to.include({ title: 'Headline', description: 'Body' });
  });

  it('rejects a document without events with a DataFormatError', () => {
    expect(() => readTimelineJs({ title: {} })).to.throw(DataFormatError, /no "events" list/);
  });
});
