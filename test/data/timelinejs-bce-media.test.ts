/**
 * A TimelineJS3 file with years BCE, years AD under 1000, a title slide with text and media, eras,
 * groups and media-only slides (test/data/fixtures/timelinejs-levant.json), and a TimelineJS 2 file
 * read as the TimelineJS3 document it stands for (timelinejs2-red-sea.json).
 */
import { expect } from '@open-wc/testing';
import { readJson } from '../../src/data/read-json.js';
import { readTimelineJs, timelineJsEventToRecord } from '../../src/data/read-timelinejs.js';
import { timelineJsDateToEdtf } from '../../src/data/timelinejs-date.js';
import { timelineJs2Date } from '../../src/data/timelinejs2.js';
import type { RecordBatch } from '../../src/data/record-batch.js';
import { validateEvents } from '../../src/model/validate-events.js';

const FIXTURES = '/test/data/fixtures';

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`${FIXTURES}/${name}`);
  return (await response.json()) as unknown;
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

describe('TimelineJS years around year 0', () => {
  it('reads a negative year as the year BCE TimelineJS labels it with, both sides of the era', () => {
    // TimelineJS labels year y < 0 as "|y| BCE"; EDTF (astronomical) counts 1 BCE as year 0.
    expect(timelineJsDateToEdtf({ year: -3500 })).to.equal('-3499');
    expect(timelineJsDateToEdtf({ year: -711 })).to.equal('-0710');
    expect(timelineJsDateToEdtf({ year: -2 })).to.equal('-0001');
    expect(timelineJsDateToEdtf({ year: -1 })).to.equal('0000');
    expect(timelineJsDateToEdtf({ year: 1 })).to.equal('0001');
    expect(timelineJsDateToEdtf({ year: 2 })).to.equal('0002');
  });

  it('reads year 0, which TimelineJS places where 1 BCE is, as 1 BCE (EDTF 0000)', () => {
    expect(timelineJsDateToEdtf({ year: 0 })).to.equal('0000');
    expect(timelineJsDateToEdtf({ year: '0', month: '12', day: '31' })).to.equal('0000-12-31');
  });

  it('puts the model dates in the years TimelineJS named', () => {
    const set = validateEvents([
      { start: timelineJsDateToEdtf({ year: -1 }), title: 'last year BCE' },
      { start: timelineJsDateToEdtf({ year: 1 }), title: 'first year AD' },
    ]);
    const [bce, ad] = set.events;
    expect(yearOf(bce!.start.earliest)).to.equal(0);
    expect(yearOf(ad!.start.earliest)).to.equal(1);
    // The two years touch: the last instant of 1 BCE is the one before AD 1 begins.
    expect(ad!.start.earliest - bce!.start.latest).to.equal(1);
  });
});

describe('a TimelineJS3 file with years BCE, a title slide and media-only slides', () => {
  let batch: RecordBatch;
  before(async () => {
    batch = readTimelineJs(await fixture('timelinejs-levant.json'));
  });

  it('carries the title slide: headline, text and media credit as plain text', () => {
    expect(batch.title).to.equal('Cities of the Fertile Crescent');
    expect(batch.titleText).to.equal('From the first writing on clay to the founding of Baghdad: sieges, conquests and new capitals.');
    expect(batch.titleCredit).to.equal('Wikimedia Commons');
  });

  it('reads its three eras with their years BCE', () => {
    expect(batch.eras).to.deep.equal([
      { title: 'Bronze Age', start: '-3299', end: '-1199' },
      { title: 'Iron Age', start: '-1199', end: '-0538' },
      { title: 'Late Antiquity', start: '0284', end: '0750' },
    ]);
  });

  it('accepts eight slides and rejects the three with no date, a year in words, or nothing to show', () => {
    const set = validateEvents(batch.records, batch.eras);
    expect(set.events).to.have.length(8);
    expect(set.eras).to.have.length(3);
    expect(set.rejected.map((r) => r.index)).to.deep.equal([8, 9, 10]);
    expect(set.rejected[0]!.reason).to.match(/start/);
    expect(set.rejected[1]!.reason).to.contain('c. 900');
    expect(set.rejected[2]!.reason).to.match(/title/);
  });

  it('keeps a group once, as the category', () => {
    expect(batch.records[0]).to.deep.equal({
      start: '-3499',
      title: 'Writing on clay at Uruk',
      description: 'Temple accounts are kept in signs pressed into clay.',
      category: 'Mesopotamia',
    });
    for (const record of batch.records) expect(record).not.to.have.property('actors');
  });

  it('puts years BCE and AD under 1000 where TimelineJS shows them', () => {
    const events = validateEvents(batch.records).events;
    const byTitle = new Map(events.map((event) => [event.title, event]));
    const sargon = byTitle.get('Sargon II takes Ashdod')!;
    expect(yearOf(sargon.start.earliest)).to.equal(-710); // 711 BCE
    expect(sargon.dateText).to.equal('711 BCE');
    expect(sargon.category).to.equal('Levant');
    expect(yearOf(byTitle.get('Gaius Caesar sent to the East')!.start.earliest)).to.equal(0); // 1 BCE
    const dura = byTitle.get('Dura-Europos falls to the Sasanians')!;
    expect([yearOf(dura.start.earliest), yearOf(dura.end!.latest)]).to.deep.equal([256, 257]);
    const ctesiphon = byTitle.get('Ctesiphon taken')!;
    expect(ctesiphon.start.precision).to.equal('month');
    expect(ctesiphon.start.earliest).to.equal(new Date('0637-03-01T00:00:00Z').getTime());
  });

  it('titles media-only slides by caption, else credit, else the media host', () => {
    expect(batch.records[2]).to.deep.equal({
      start: '-0538',
      title: 'The Cyrus Cylinder, written after the fall of Babylon',
      category: 'Persia',
      sources: [{ name: 'British Museum', url: 'https://www.britishmuseum.org/collection/object/W_1880-0617-1941' }],
    });
    expect(batch.records[4]).to.include({ start: '0115', title: 'Photo: A. Example' });
    expect(batch.records[7]).to.deep.equal({
      start: '0762-07-30',
      title: 'Media: youtube.com',
      category: 'Mesopotamia',
      sources: [{ url: 'https://www.youtube.com/watch?v=round-city' }],
    });
  });

  it('names a media-only slide whose media is not a link by the words of the media itself', () => {
    const record = timelineJsEventToRecord({
      start_date: { year: 2019 },
      media: { url: '<blockquote>We will hold the line.</blockquote>' },
    });
    expect(record).to.deep.equal({ start: '2019', title: 'We will hold the line.' });
  });
});

describe('TimelineJS 2 dates', () => {
  it('reads the comma form, a 0 or empty part ending the date', () => {
    expect(timelineJs2Date('2011,3,15')).to.deep.equal({ year: '2011', month: '3', day: '15' });
    expect(timelineJs2Date('2011,3')).to.deep.equal({ year: '2011', month: '3' });
    expect(timelineJs2Date('2011,0,15')).to.deep.equal({ year: '2011' });
    expect(timelineJs2Date('2011,3,15,0')).to.deep.equal({ year: '2011', month: '3', day: '15' });
    expect(timelineJs2Date('2011,3,15,0,30')).to.deep.equal({ year: '2011', month: '3', day: '15', hour: '0', minute: '30' });
    expect(timelineJs2Date(' -31, 9, 2 ')).to.deep.equal({ year: '-31', month: '9', day: '2' });
    expect(timelineJs2Date('2011,March')).to.equal('2011,March');
  });

  it('reads slashes month first, with or without a day, and a time after the date', () => {
    expect(timelineJs2Date('1/22/1517')).to.deep.equal({ year: '1517', month: '1', day: '22' });
    expect(timelineJs2Date('11/1869')).to.deep.equal({ year: '1869', month: '11' });
    expect(timelineJs2Date('11/17/1869 10:30')).to.deep.equal({ year: '1869', month: '11', day: '17', hour: '10', minute: '30' });
    expect(timelineJs2Date('11/17')).to.equal('11/17'); // a day with no year
  });

  it('reads a year alone, digits run together, and passes other text on as written', () => {
    expect(timelineJs2Date('-480')).to.deep.equal({ year: '-480' });
    expect(timelineJs2Date(1850)).to.deep.equal({ year: '1850' });
    expect(timelineJs2Date('196706050745')).to.deep.equal({ year: '1967', month: '06', day: '05', hour: '07', minute: '45' });
    expect(timelineJs2Date('2011-03-15T14:30:00Z')).to.equal('2011-03-15T14:30:00Z');
    expect(timelineJs2Date('now')).to.equal('now');
    expect(timelineJs2Date('')).to.equal(undefined);
  });
});

describe('a TimelineJS 2 file', () => {
  let batch: RecordBatch;
  before(async () => {
    batch = readJson(await fixture('timelinejs2-red-sea.json'));
  });

  it('is read as TimelineJS, its own headline, text and credit the title slide', () => {
    expect(batch.format).to.equal('timelinejs');
    expect(batch.title).to.equal('Ports of the Red Sea');
    expect(batch.titleText).to.equal('Harbours, canals and the wars fought over them.');
    expect(batch.titleCredit).to.equal('Map: Example Atlas');
    expect(batch.eras).to.deep.equal([{ title: 'Ottoman Egypt', start: '1517', end: '1867' }]);
  });

  it('converts every date form, a tag becoming the category, negative years BCE', () => {
    expect(batch.records).to.deep.equal([
      {
        start: '-0479',
        title: 'A canal from the Nile to the Red Sea',
        description: "Darius's canal is in use.",
        category: 'Persia',
      },
      {
        start: '-0030-09-02',
        title: 'Actium',
        description: 'The fleet of Antony and Cleopatra is beaten.',
        category: 'Rome',
        sources: [{ name: 'Example Museum', url: 'https://example.org/actium.jpg' }],
      },
      { start: '1517-01-22', title: 'Battle of Ridaniya', category: 'Ottomans' },
      { start: '1869-11', end: '1869-11-17T10:30:00Z', title: 'The Suez Canal opens', category: 'Egypt' },
      { start: '1967-06-05T07:45:00Z', title: 'The Six-Day War begins', category: 'Egypt' },
      {
        start: '2011-03-15',
        title: 'Media: youtube.com',
        category: 'Egypt',
        sources: [{ url: 'https://www.youtube.com/watch?v=harbour' }],
      },
      { start: 'now', title: 'Shipping today' },
    ]);
  });

  it('accepts six dates and rejects "now", which names no date of the event', () => {
    const set = validateEvents(batch.records, batch.eras);
    expect(set.events).to.have.length(6);
    expect(set.rejected.map((r) => r.index)).to.deep.equal([6]);
    expect(set.rejected[0]!.reason).to.contain('now');
  });
});
