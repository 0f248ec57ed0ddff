import { expect } from '@open-wc/testing';
import { de } from 'date-fns/locale/de';
import { describeDate, describeEventDate, EN_DATE_WORDS } from '../../src/model/describe-date.js';
import type { DateWords } from '../../src/model/describe-date.js';
import { parseEventDate } from '../../src/model/parse-event-date.js';
import { validateEvents } from '../../src/model/validate-events.js';
import type { EventDate } from '../../src/model/event-date.js';
import { READER_TIME_ZONES, emulateTimezone } from '../support/timezone.js';

function date(text: string | number): EventDate {
  const parsed = parseEventDate(text);
  if (!parsed) throw new Error(`test input ${text} should parse`);
  return parsed;
}

function words(text: string | number): string {
  return describeDate(date(text));
}

function eventWords(record: Record<string, unknown>): string {
  const { events, rejected } = validateEvents([{ title: 't', ...record }]);
  if (!events[0]) throw new Error(rejected[0]?.reason);
  return describeEventDate(events[0]);
}

describe('describeDate (English)', () => {
  it('says each precision at its own grain', () => {
    expect(words('2018-09-17')).to.equal('17 September 2018');
    expect(words('2011-03')).to.equal('March 2011');
    expect(words('2017-23')).to.equal('autumn 2017');
    expect(words('2017-24')).to.equal('winter 2017');
    expect(words('2019')).to.equal('2019');
    expect(words('201X')).to.equal('the 2010s');
    expect(words('19XX')).to.equal('the 20th century');
    expect(words('20')).to.equal('the 21st century');
    expect(words('2019-02-11T10:00:00Z')).to.equal('11 February 2019, 10:00 UTC');
    expect(words('2019-02-11T13:00:05+03:00')).to.equal('11 February 2019, 10:00:05 UTC');
    expect(words(Date.UTC(2019, 1, 11, 10))).to.equal('11 February 2019, 10:00 UTC');
  });

  it('says an ISO week by its Monday', () => {
    expect(words('2020-W19')).to.equal('the week of 4 May 2020');
    expect(words('2020-W53~')).to.equal('the week of 28 December 2020, approximate');
    expect(eventWords({ start: '2020-W19/2020-W21' })).to.equal('the week of 4 May 2020 – the week of 18 May 2020');
  });

  it('unspecified digits read at the known precision', () => {
    expect(words('2019-02-XX')).to.equal('February 2019');
    expect(words('2019-XX')).to.equal('2019');
  });

  it('appends the hedges', () => {
    expect(words('2017-23~')).to.equal('autumn 2017, approximate');
    expect(words('2019-02?')).to.equal('February 2019, uncertain');
    expect(words('2019%')).to.equal('2019, approximate and uncertain');
  });

  it('years before 1 carry an era; far years are numbers', () => {
    expect(words('-0500')).to.equal('501 BC');
    expect(words('0000-03-01')).to.equal('1 March 1 BC');
    expect(words('-201X')).to.equal('the 2010s BC');
    expect(words('-19XX')).to.equal('the 20th century BC');
    expect(words('Y170000002')).to.equal('170000002');
    expect(words('Y-170000002')).to.equal('170000003 BC');
  });

  it('ordinals: 11th, 12th, 13th, 21st, 22nd, 23rd', () => {
    expect(['10', '11', '12', '20', '21', '22'].map(words)).to.deep.equal([
      'the 11th century', 'the 12th century', 'the 13th century', 'the 21st century', 'the 22nd century', 'the 23rd century',
    ]);
  });
});

describe('describeEventDate (English)', () => {
  it('one date, a span, a span with an open or unknown end', () => {
    expect(eventWords({ start: '2018-09-17' })).to.equal('17 September 2018');
    expect(eventWords({ start: '2017-05-04', end: '2017-09' })).to.equal('4 May 2017 – September 2017');
    expect(eventWords({ start: '2011-03/..' })).to.equal('March 2011 – ongoing');
    expect(eventWords({ start: '2011-03', end: '..' })).to.equal('March 2011 – ongoing');
    expect(eventWords({ start: '2017-09/' })).to.equal('September 2017 – unknown');
    expect(eventWords({ start: '../2019' })).to.equal('until 2019');
    expect(eventWords({ start: '/2019' })).to.equal('unknown – 2019');
  });

  it('says a span whose ends read the same once', () => {
    expect(eventWords({ start: '2019-03', end: '2019-03' })).to.equal('March 2019');
  });
});

describe('describeDate in another language', () => {
  const GERMAN: DateWords = {
    ...EN_DATE_WORDS,
    seasons: { spring: 'Frühling', summer: 'Sommer', autumn: 'Herbst', winter: 'Winter' },
    approximate: 'ungefähr',
    uncertain: 'unsicher',
    ongoing: 'andauernd',
    decade: (year) => `die ${year % 100 === 0 ? year : year % 100}er`,
    range: (a, b) => `${a} bis ${b}`,
    patterns: { instant: "d. MMMM y, HH:mm 'UTC'", instantWithSeconds: "d. MMMM y, HH:mm:ss 'UTC'", day: 'd. MMMM y', month: 'MMMM y', year: 'y' },
    qualified: (text, hedges) => `${text} (${hedges.join(', ')})`,
  };

  it('takes its words and its date-fns locale from the options', () => {
    const options = { words: GERMAN, locale: de };
    expect(describeDate(date('2018-09-17'), options)).to.equal('17. September 2018');
    expect(describeDate(date('2011-03'), options)).to.equal('März 2011');
    expect(describeDate(date('2017-23~'), options)).to.equal('Herbst 2017 (ungefähr)');
    expect(describeDate(date('201X'), options)).to.equal('die 10er');
    const { events } = validateEvents([{ title: 't', start: '2011-03/..' }]);
    expect(describeEventDate(events[0]!, options)).to.equal('März 2011 bis andauernd');
  });
});

describe('describeDate in the reader’s time zone', () => {
  afterEach(() => emulateTimezone(undefined));

  for (const zone of [...READER_TIME_ZONES, 'Europe/Berlin']) {
    it(`reads the same in ${zone}`, async () => {
      await emulateTimezone(zone);
      expect(words('2018-09-17')).to.equal('17 September 2018');
      expect(words('2011-03')).to.equal('March 2011');
      expect(words('2019')).to.equal('2019');
      expect(words('2017-24')).to.equal('winter 2017');
      expect(words('2019-02-11T10:00:00Z')).to.equal('11 February 2019, 10:00 UTC');
      expect(words('2019-03-31T02:30:00Z')).to.equal('31 March 2019, 02:30 UTC');
      expect(eventWords({ start: '2017-05-04', end: '2017-09' })).to.equal('4 May 2017 – September 2017');
    });
  }
});
