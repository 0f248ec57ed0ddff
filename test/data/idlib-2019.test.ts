import { expect } from '@open-wc/testing';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import { describeEventDate } from '../../src/model/describe-date.js';
import { parseEventDate } from '../../src/model/parse-event-date.js';
import type { TimelineEvent, TimelineEventInput } from '../../src/model/timeline-event.js';
import { validateEvents } from '../../src/model/validate-events.js';

const ALLOWED_ACTORS = ['Russia', 'Turkey', 'Iran', 'Syrian government', 'Syrian opposition', "Hay'at Tahrir al-Sham"];
/** The article and what it names, then the reports that date what it leaves undated. */
const ALLOWED_SOURCES = [
  'The Organization for World Peace (article)',
  'RIA Novosti',
  'Al Jazeera',
  'TRT World',
  'TRT World (15 September 2017)',
  'The New Arab (10 January 2019)',
  'Russian Foreign Ministry: transcript of the Lavrov–Maas news conference (18 January 2019)',
  'Hürriyet Daily News',
  'Reuters, in Yeni Şafak (11 February 2019)',
  'Saudi Gazette (12 February 2019)',
  'Rudaw (11 February 2019)',
];
/** Addresses whose pages were read when the dataset was written; any other URL is a guess. */
const READ_URLS = [
  'https://www.trtworld.com/article/13095373',
  'https://newarab.com/english/news/2019/1/10/ceasefire-deal-sees-hts-take-over-syrias-idlib',
  'https://www.mid.ru/en/posledniye_dobavlnenniye/-/asset_publisher/MCZ7HQuMdqBY/content/id/3478159',
  'http://www.hurriyetdailynews.com/amp/al-nusra-occupies-70-percent-of-idlib-russian-fm-140613',
  'https://www.yenisafak.com/en/news/russia-turkey-agree-on-need-for-decisive-measures-in-syrias-idlib-3474318',
  'http://saudigazette.com.sa/article/559002/World/Mena/Russia-Turkey-agree-on-decisive-action-in-Idlib',
  'http://rudaw.net/english/middleeast/syria/110220191',
];
const EDTF_DAY = String.raw`\d{4}-\d{2}-\d{2}`;
const EDTF_SHAPE = new RegExp(String.raw`^(\d{4}(-\d{2}(-\d{2})?)?[~?]?|${EDTF_DAY}/${EDTF_DAY})$`);
/** The article is of February 2019, so its "last fall" is autumn 2018 (EDTF season 23). */
const LAST_FALL = parseEventDate('2018-23')!;

function eventWith(id: string): TimelineEventInput {
  const event = idlib2019.events.find((candidate) => candidate.id === id);
  if (event === undefined) throw new Error(`no event ${id}`);
  return event;
}

function validated(): readonly TimelineEvent[] {
  const set = validateEvents(idlib2019.events);
  expect(set.rejected).to.deep.equal([]);
  expect(set.warnings).to.deep.equal([]);
  return set.events;
}

function validatedWith(id: string): TimelineEvent {
  const event = validated().find((candidate) => candidate.id === id);
  if (event === undefined) throw new Error(`no valid event ${id}`);
  return event;
}

function sourceNames(event: TimelineEventInput): string[] {
  return (event.sources ?? []).map((source) => (typeof source === 'string' ? source : (source.name ?? '')));
}

describe('idlib2019 dataset', () => {
  it('credits the article', () => {
    expect(idlib2019.title).to.match(/^Russia, Turkey Agree To .Take Decisive Measures. In Syria.s Idlib$/);
    expect(idlib2019.credit).to.contain('Marina Peñéñory');
    expect(idlib2019.credit).to.contain('The Organization for World Peace');
  });

  it('has the events of the article at their dates', () => {
    const expected: [string, string, string[]][] = [
      ['syria-uprising-2011', '[2011-03-15,2011-03-18]', ['Syrian government', 'Syrian opposition']],
      ['astana-memorandum-2017', '2017-05-04', ['Russia', 'Turkey', 'Iran']],
      ['idlib-de-escalation-zone-2017', '2017-09-14/2017-09-15', ['Russia', 'Turkey', 'Iran']],
      ['sochi-memorandum-2018', '2018-09-17', ['Russia', 'Turkey']],
      ['hts-expansion-2019', '2019-01~', ["Hay'at Tahrir al-Sham"]],
      ['lavrov-demilitarized-zone-2019', '2019-01-18', ['Russia']],
      ['shoigu-akar-ankara-2019', '2019-02-11', ['Russia', 'Turkey']],
      ['sochi-summit-2019', '2019-02-14', ['Turkey', 'Russia', 'Iran']],
    ];
    for (const [id, start, actors] of expected) {
      const event = eventWith(id);
      // An event whose sources disagree gives its dates with their sources; its start is their one-of set.
      expect(event.start ?? validatedWith(id).start.text, id).to.equal(start);
      expect(event.actors, id).to.have.members(actors);
    }
    expect(idlib2019.events).to.have.length(expected.length);
  });

  it('tells the reader each date in words, at the precision it is known', () => {
    const words = new Map(validated().map((event) => [event.id, describeEventDate(event)]));
    expect(Object.fromEntries(words)).to.deep.equal({
      'syria-uprising-2011': '15 or 18 March 2011',
      'astana-memorandum-2017': '4 May 2017',
      'idlib-de-escalation-zone-2017': '14 September 2017 – 15 September 2017',
      'sochi-memorandum-2018': '17 September 2018',
      'hts-expansion-2019': 'January 2019, approximate',
      'lavrov-demilitarized-zone-2019': '18 January 2019',
      'shoigu-akar-ankara-2019': '11 February 2019',
      'sochi-summit-2019': '14 February 2019',
    });
  });

  it('shows the disputed first day of the uprising as one of two days, each with who gives it; Ankara keeps one date', () => {
    const uprising = validatedWith('syria-uprising-2011');
    expect(uprising.start.set?.kind).to.equal('one-of');
    expect(uprising.from).to.equal(Date.UTC(2011, 2, 15));
    expect(uprising.to).to.equal(Date.UTC(2011, 2, 19) - 1);
    expect(uprising.dateText).to.equal('March 2011'); // the article's own words stay
    expect(uprising.dateClaims!.map((claim) => [claim.date.text, claim.sources.length])).to.deep.equal([
      ['2011-03-15', 1],
      ['2011-03-18', 1],
    ]);
    expect(uprising.dateNote).to.match(/15 March/).and.match(/18 March/).and.match(/Daraa/);
    const ankara = validatedWith('shoigu-akar-ankara-2019');
    expect(ankara.start.set).to.equal(undefined);
    expect(ankara.dateClaims).to.equal(undefined);
    expect(validated().filter((event) => event.start.set)).to.have.length(1);
  });

  it("dates Lavrov's remark to the day he made it, 18 January 2019, not February", () => {
    const lavrov = validatedWith('lavrov-demilitarized-zone-2019');
    expect(lavrov.start).to.include({ precision: 'day', approximate: false, uncertain: false });
    expect(lavrov.from).to.equal(Date.UTC(2019, 0, 18));
    expect(lavrov.to).to.be.below(Date.UTC(2019, 1, 1));
    expect(lavrov.dateText).to.equal(undefined); // the article has no words for its date
    expect(lavrov.dateNote).to.match(/without a date/).and.match(/2019-02~/).and.match(/18 January 2019/).and.match(/Maas/);
    expect(sourceNames(eventWith(lavrov.id))).to.include.members([
      'Russian Foreign Ministry: transcript of the Lavrov–Maas news conference (18 January 2019)',
      'Hürriyet Daily News',
    ]);
  });

  it('says when a report came out only where the record rests on it, and invents no archive', () => {
    const reported = Object.fromEntries(
      idlib2019.events.filter((e) => e.reported !== undefined).map((e) => [e.id, validatedWith(String(e.id)).reported?.text]),
    );
    expect(reported).to.deep.equal({
      'hts-expansion-2019': '2019-02',
      'lavrov-demilitarized-zone-2019': '2019-02',
      'shoigu-akar-ankara-2019': '2019-02-11',
      'sochi-summit-2019': '2019-02',
    });
    // Said in January, reported in the article of February: the report is later, never where the event is placed.
    const lavrov = validatedWith('lavrov-demilitarized-zone-2019');
    expect(lavrov.reported!.earliest).to.be.greaterThan(lavrov.to);
    expect(lavrov.from).to.equal(Date.UTC(2019, 0, 18));
    for (const event of idlib2019.events) {
      for (const source of event.sources ?? []) {
        if (typeof source === 'object') expect(source.archived ?? source.accessed, `${event.id}`).to.equal(undefined);
      }
    }
  });

  it('dates the Idlib zone to the Astana talks of 14–15 September 2017, from TRT World', () => {
    const zone = validatedWith('idlib-de-escalation-zone-2017');
    expect(zone.start).to.include({ precision: 'day' });
    expect(zone.end).to.include({ precision: 'day' });
    expect([zone.from, zone.to + 1]).to.deep.equal([Date.UTC(2017, 8, 14), Date.UTC(2017, 8, 16)]);
    expect(zone.dateText).to.equal(undefined);
    expect(zone.dateNote).to.match(/"last fall"/).and.match(/autumn 2018/).and.match(/TRT World reported on 15 September 2017/);
    expect(sourceNames(eventWith(zone.id))).to.include('TRT World (15 September 2017)');
  });

  it('lets only the record "last fall" points to, autumn 2018, quote it', () => {
    const claimingLastFall = validated().filter((event) => /last fall/i.test(event.dateText ?? ''));
    expect(claimingLastFall.map((event) => event.id)).to.deep.equal(['sochi-memorandum-2018']);
    for (const event of claimingLastFall) {
      expect(event.from, event.id).to.be.at.least(LAST_FALL.earliest);
      expect(event.to, event.id).to.be.at.most(LAST_FALL.latest);
    }
  });

  it("quotes the article's own wording of each date, and nothing that is not about the date", () => {
    const wording = Object.fromEntries(idlib2019.events.map((event) => [event.id, event.dateText]));
    expect(wording).to.deep.equal({
      'syria-uprising-2011': 'March 2011',
      'astana-memorandum-2017': undefined,
      'idlib-de-escalation-zone-2017': undefined,
      'sochi-memorandum-2018': 'the September deal … last fall',
      'hts-expansion-2019': 'continue to expand their reach',
      'lavrov-demilitarized-zone-2019': undefined,
      'shoigu-akar-ankara-2019': 'on Monday',
      'sochi-summit-2019': 'precedes a tripartite summit',
    });
  });

  it('reports the Ankara meeting on Monday 11 February 2019, not as an inference', () => {
    const ankara = validatedWith('shoigu-akar-ankara-2019');
    expect(new Date(ankara.from).getUTCDay()).to.equal(1); // a Monday, as the article says
    expect(ankara.dateNote).to.match(/"on Monday"/).and.match(/not inferred/).and.not.match(/inferred as/);
    expect(sourceNames(eventWith(ankara.id))).to.include.members([
      'RIA Novosti',
      'Al Jazeera',
      'Reuters, in Yeni Şafak (11 February 2019)',
      'Saudi Gazette (12 February 2019)',
    ]);
    const summit = validatedWith('sochi-summit-2019');
    expect(new Date(summit.from).getUTCDay()).to.equal(4); // "on Thursday", the Saudi Gazette's word
  });

  it('gives the Astana memorandum no wording the article does not use for it', () => {
    const memorandum = eventWith('astana-memorandum-2017');
    expect(memorandum.dateText).to.equal(undefined);
    expect(memorandum.dateNote).to.match(/4 May 2017/).and.match(/autumn 2018/);
  });

  it('says in every note what the article says and what the record shows', () => {
    for (const event of idlib2019.events) {
      expect(event.dateNote ?? '', String(event.id)).to.match(/^The article\b/).and.match(/\bthe record shows\b/i);
    }
  });

  it('names its sources, with links only to pages that were read', () => {
    expect(sourceNames(eventWith('shoigu-akar-ankara-2019'))).to.include.members(['RIA Novosti', 'Al Jazeera']);
    expect(sourceNames(eventWith('sochi-memorandum-2018'))).to.include('TRT World');
    expect(sourceNames(eventWith('hts-expansion-2019'))).to.include('Al Jazeera');
    for (const event of idlib2019.events) {
      expect(sourceNames(event), String(event.id)).to.include('The Organization for World Peace (article)');
      for (const name of sourceNames(event)) expect(ALLOWED_SOURCES).to.include(name);
      for (const source of event.sources ?? []) {
        if (typeof source !== 'string' && source.url !== undefined) expect(READ_URLS, String(event.id)).to.include(source.url);
      }
      expect(event.url, String(event.id)).to.equal(undefined);
    }
    // Each link survives validation: the reader gets it as a link.
    const linked = validated().flatMap((event) => event.sources.filter((source) => source.url !== undefined));
    expect(new Set(linked.map((source) => source.url))).to.deep.equal(new Set(READ_URLS));
  });

  it('uses only the listed actors, unique ids, short descriptions and EDTF dates', () => {
    const ids = idlib2019.events.map((event) => event.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const event of idlib2019.events) {
      for (const actor of event.actors as string[]) expect(ALLOWED_ACTORS).to.include(actor);
      expect(event.description?.split(/(?<=[.!?])\s+/).length, String(event.id)).to.be.within(1, 2);
      const dates = event.start !== undefined ? [event.start] : (event.dates ?? []).map((claim) => claim.date);
      expect(dates.length, String(event.id)).to.be.greaterThan(0);
      for (const date of dates) expect(String(date), String(event.id)).to.match(EDTF_SHAPE);
    }
  });

  it('lists the events in date order', () => {
    expect(validated().map((event) => event.id)).to.deep.equal(idlib2019.events.map((event) => event.id));
  });
});
