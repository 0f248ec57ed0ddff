import { validateEvents } from '../../src/model/validate-events.js';
import { expect } from '@open-wc/testing';
import { readTimelineJs } from '../../src/data/read-timelinejs.js';
import { readCsv } from '../../src/data/read-csv.js';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import { parseEventDate } from '../../src/model/parse-event-date.js';
import { readEventDates, type EventDates } from '../../src/model/read-event-dates.js';

// The readers write EDTF strings for the model's parser; these tests check both sides agree.

describe('dates the readers write, as the model reads them', () => {
  it('TimelineJS dates keep their precision', async () => {
    const batch = readTimelineJs(await (await fetch('/test/data/fixtures/timelinejs-examples.json')).json());
    const precision = (index: number): string | undefined =>
      parseEventDate((batch.records[index] as { start?: unknown }).start)?.precision;
    expect(precision(0)).to.equal('year'); // "772"
    expect(precision(1)).to.equal('day'); // 787-09-24
    expect(precision(3)).to.equal('year'); // "1815" with empty parts
    expect(precision(5)).to.equal('instant'); // 05:29:45
    expect(parseEventDate((batch.records[5] as { start: string }).start)?.earliest).to.equal(Date.UTC(1945, 6, 16, 5, 29, 45));
    expect(precision(8)).to.equal('year'); // -1457
  });

  it('ACLED time precision becomes days, ISO weeks and months', () => {
    const header = 'event_id_cnty,event_date,time_precision,event_type';
    const [day, week, month] = readCsv(`${header}\nA,2018-09-17,1,X\nB,2018-09-17,2,X\nC,17 September 2018,3,X\n`).records.map(
      (record) => parseEventDate((record as { start: string }).start),
    );
    expect(day).to.include({ precision: 'day', approximate: false });
    // 17 September 2018 was a Monday: its ISO week runs to Sunday the 23rd.
    expect(week).to.include({ precision: 'week', approximate: false, earliest: Date.UTC(2018, 8, 17), latest: Date.UTC(2018, 8, 24) - 1 });
    expect(month).to.include({ precision: 'month', approximate: false });
    expect(month?.earliest).to.equal(Date.UTC(2018, 8, 1));
  });

  it('the Idlib dataset dates are what the record supports', () => {
    const dates = (id: string): EventDates => {
      const event = idlib2019.events.find((candidate) => candidate.id === id);
      const read = readEventDates(event?.start, event?.end);
      if ('reason' in read) throw new Error(`${id}: ${read.reason}`);
      return read;
    };
    const date = (id: string) => dates(id).start;
    // The uprising's first day is disputed: its dates are given with their sources, as one of two days.
    const uprising = validateEvents([idlib2019.events.find((candidate) => candidate.id === 'syria-uprising-2011')]).events[0]!;
    expect(uprising.start).to.include({ precision: 'day', earliest: Date.UTC(2011, 2, 15), latest: Date.UTC(2011, 2, 19) - 1 });
    expect(uprising.start.set?.members.map((member) => member.date.text)).to.deep.equal(['2011-03-15', '2011-03-18']);
    // The Astana talks of 14–15 September 2017 (an EDTF interval of days), not the article's "last fall".
    expect(date('idlib-de-escalation-zone-2017')).to.include({ precision: 'day', earliest: Date.UTC(2017, 8, 14) });
    expect(dates('idlib-de-escalation-zone-2017').end).to.include({ precision: 'day', earliest: Date.UTC(2017, 8, 15) });
    expect(date('sochi-memorandum-2018')).to.include({ precision: 'day', earliest: Date.UTC(2018, 8, 17) });
    expect(date('hts-expansion-2019')).to.include({ precision: 'month', approximate: true, earliest: Date.UTC(2019, 0, 1) });
    expect(date('lavrov-demilitarized-zone-2019')).to.include({ precision: 'day', approximate: false, earliest: Date.UTC(2019, 0, 18) });
    expect(date('shoigu-akar-ankara-2019')).to.include({ precision: 'day', earliest: Date.UTC(2019, 1, 11) });
    expect(new Date(Date.UTC(2019, 1, 11)).getUTCDay()).to.equal(1); // a Monday, as the article says
    expect(date('sochi-summit-2019')).to.include({ precision: 'day', earliest: Date.UTC(2019, 1, 14) });
    const { events, rejected, warnings } = validateEvents(idlib2019.events);
    expect([events.length, rejected.length, warnings.length]).to.deep.equal([idlib2019.events.length, 0, 0]);
  });
});
