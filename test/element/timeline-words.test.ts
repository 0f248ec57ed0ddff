/** Names are kept once said (a zoom back formats no date twice): what is kept must be what would be said afresh. */
import { expect } from '@open-wc/testing';
import type { ClusterLayout } from '../../src/layout/mark-layout.js';
import { EN_PACK } from '../../src/element/locales/en.js';
import { TR_PACK } from '../../src/element/locales/tr.js';
import { TimelineWords } from '../../src/element/timeline-words.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { crossesEra, describeDate, type DescribeOptions } from '../../src/model/describe-date.js';
import { stretchInWords } from '../../src/element/view-words.js';

const events = validateEvents([
  { id: 'a', start: '2011-03-15', title: 'Protests begin', actors: ['Protesters'] },
  { id: 'b', start: '2017-09', end: '2017-11', title: 'De-escalation zones', confidence: 'medium' },
  { id: 'c', start: '2018-09-17', title: 'Sochi summit' },
]).events;

const column = (count: number, from: string, to: string): ClusterLayout => ({
  key: `lane\u0000${from}`, laneKey: 'lane', x0: 0, x1: 20, y0: 0, y1: 20, count, from: Date.parse(from), to: Date.parse(to), density: 1, barY: 4,
});

describe('TimelineWords keeps the names it has said', () => {
  it('says an event the same the second time, and as words made afresh say it', () => {
    const words = new TimelineWords(EN_PACK);
    const first = events.map(words.nameOfEvent);
    expect(events.map(words.nameOfEvent)).to.deep.equal(first);
    expect(events.map(new TimelineWords(EN_PACK).nameOfEvent)).to.deep.equal(first);
    expect(first[0]).to.equal('Protests begin. 15 March 2011. Protesters');
  });

  it('names each column by its own count and stretch, not by one seen before at the same place', () => {
    const words = new TimelineWords(EN_PACK);
    const march = words.nameOfCluster(column(12, '2011-03-01', '2011-04-01'));
    const marchAgain = words.nameOfCluster(column(12, '2011-03-01', '2011-04-01'));
    const fewer = words.nameOfCluster(column(3, '2011-03-01', '2011-04-01'));
    const april = words.nameOfCluster(column(12, '2011-04-01', '2011-05-01'));
    expect(marchAgain).to.equal(march);
    expect(new Set([march, fewer, april]).size).to.equal(3);
    expect(march).to.contain('12').and.contain('March 2011');
    expect(fewer).to.contain('3').and.contain('March 2011');
    expect(april).to.contain('April 2011');
  });

  it('keeps saying columns rightly after more of them than it keeps', () => {
    const words = new TimelineWords(EN_PACK);
    const day = 86_400_000;
    const start = Date.UTC(2011, 0, 1);
    const columns = Array.from({ length: 5_000 }, (_, i) => ({ ...column(i + 1, '2011-01-01', '2011-01-02'), from: start + i * day, to: start + (i + 1) * day }));
    const said = columns.map(words.nameOfCluster);
    expect(columns.map(words.nameOfCluster)).to.deep.equal(said);
    expect(columns.map(new TimelineWords(EN_PACK).nameOfCluster)).to.deep.equal(said);
  });

  it('says a stretch as its ends described afresh say it, at each precision and across the era, the second time too', () => {
    const words = new TimelineWords(EN_PACK);
    const options: DescribeOptions = { words: EN_PACK.words, ...(EN_PACK.dateFns ? { locale: EN_PACK.dateFns } : {}) };
    const fresh = (from: number, to: number) =>
      stretchInWords(from, to, (date) => describeDate(date, crossesEra(from, to) ? { ...options, namesEra: true } : options), EN_PACK.words.range);
    const day = 86_400_000;
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    // Spans of a day to 40 years (day, month and year precision), from 300 BC to AD 2030.
    const stretches = Array.from({ length: 3_000 }, () => {
      const from = Date.UTC(-300 + Math.floor(random() * 2330), 0, 1) + Math.floor(random() * 365) * day;
      return [from, from + Math.ceil(day * Math.exp(random() * Math.log(40 * 365)))] as const;
    });
    const said = stretches.map(([from, to]) => words.stretch(from, to));
    expect(stretches.map(([from, to]) => words.stretch(from, to))).to.deep.equal(said);
    expect(said).to.deep.equal(stretches.map(([from, to]) => fresh(from, to)));
    expect(said.some((text) => /BC/.test(text) && /AD/.test(text)), 'some stretch crosses the era').to.equal(true);
    expect(new Set(said).size).to.be.greaterThan(1_000);
  });

  it('says them in the new language once the language changes (words are made per language)', () => {
    const english = events.map(new TimelineWords(EN_PACK).nameOfEvent);
    const turkish = events.map(new TimelineWords(TR_PACK).nameOfEvent);
    turkish.forEach((name, i) => expect(name).not.to.equal(english[i]));
    expect(turkish[0]).to.contain('Mart 2011');
  });
});
