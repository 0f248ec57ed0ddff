import { expect } from '@open-wc/testing';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { TimelineEventInput } from '../../src/model/timeline-event.js';

const ALLOWED_ACTORS = ['Russia', 'Turkey', 'Iran', 'Syrian government', 'Syrian opposition', "Hay'at Tahrir al-Sham"];
const ALLOWED_SOURCES = ['RIA Novosti', 'Al Jazeera', 'TRT World', 'The Organization for World Peace (article)'];
const EDTF_SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?[~?]?$/;

function eventWith(id: string): TimelineEventInput {
  const event = idlib2019.events.find((candidate) => candidate.id === id);
  if (event === undefined) throw new Error(`no event ${id}`);
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
      ['syria-uprising-2011', '2011-03', ['Syrian government', 'Syrian opposition']],
      ['astana-memorandum-2017', '2017-05-04', ['Russia', 'Turkey', 'Iran']],
      ['idlib-de-escalation-zone-2017', '2017-23', ['Russia', 'Turkey', 'Iran']],
      ['sochi-memorandum-2018', '2018-09-17', ['Russia', 'Turkey']],
      ['hts-expansion-2019', '2019-01~', ["Hay'at Tahrir al-Sham"]],
      ['lavrov-demilitarized-zone-2019', '2019-02~', ['Russia']],
      ['shoigu-akar-ankara-2019', '2019-02-11', ['Russia', 'Turkey']],
      ['sochi-summit-2019', '2019-02-14', ['Turkey', 'Russia', 'Iran']],
    ];
    for (const [id, start, actors] of expected) {
      const event = eventWith(id);
      expect(event.start, id).to.equal(start);
      expect(event.actors, id).to.have.members(actors);
    }
    expect(idlib2019.events).to.have.length(expected.length);
  });

  it("quotes the article's own wording of the vague dates", () => {
    expect(eventWith('syria-uprising-2011').dateText).to.equal('March 2011');
    expect(eventWith('idlib-de-escalation-zone-2017').dateText).to.equal('last fall');
    expect(eventWith('sochi-memorandum-2018').dateText).to.equal('the September deal');
    expect(eventWith('shoigu-akar-ankara-2019').dateText).to.equal('on Monday');
    expect(eventWith('shoigu-akar-ankara-2019').dateNote).to.equal(
      "The article says 'on Monday'; reports place the meeting in the week of the Sochi summit: inferred as Monday 11 February 2019.",
    );
  });

  it('explains every date that the article does not state outright', () => {
    const stated = new Set(['syria-uprising-2011']);
    for (const event of idlib2019.events) {
      if (stated.has(String(event.id))) continue;
      expect(event.dateNote, String(event.id)).to.be.a('string').and.not.equal('');
    }
    expect(eventWith('astana-memorandum-2017').dateNote).to.match(/4 May 2017/).and.match(/September 2017/);
  });

  it('names the sources the article names, without invented links', () => {
    expect(sourceNames(eventWith('shoigu-akar-ankara-2019'))).to.include.members(['RIA Novosti', 'Al Jazeera']);
    expect(sourceNames(eventWith('sochi-memorandum-2018'))).to.include('TRT World');
    expect(sourceNames(eventWith('hts-expansion-2019'))).to.include('Al Jazeera');
    for (const event of idlib2019.events) {
      expect(sourceNames(event), String(event.id)).to.include('The Organization for World Peace (article)');
      for (const name of sourceNames(event)) expect(ALLOWED_SOURCES).to.include(name);
      for (const source of event.sources ?? []) expect(source).not.to.have.property('url');
      expect(event.url, String(event.id)).to.equal(undefined);
    }
  });

  it('uses only the listed actors, unique ids, short descriptions and EDTF dates', () => {
    const ids = idlib2019.events.map((event) => event.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const event of idlib2019.events) {
      for (const actor of event.actors as string[]) expect(ALLOWED_ACTORS).to.include(actor);
      expect(event.description?.split(/(?<=[.!?])\s+/).length, String(event.id)).to.be.within(1, 2);
      expect(String(event.start)).to.match(event.start === '2017-23' ? /^2017-23$/ : EDTF_SHAPE);
    }
  });

  it('lists the events in date order', () => {
    const starts = idlib2019.events.map((event) => String(event.start).replace(/[~?]$/, '').replace('2017-23', '2017-09'));
    expect(starts).to.deep.equal([...starts].sort());
  });
});
