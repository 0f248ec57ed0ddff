/**
 * draftEvents: every date expression becomes a draft, dated by its words and the publication
 * date, none dropped. The article's four cases are checked on sentences written for this test
 * in the article's manner (the article itself is read by `npm run eval:draft`).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { draftEvents, isDatedDraft, type DraftEvent } from '../../src/draft/index.js';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import type { TimelineEventInput } from '../../src/model/timeline-event.js';
import { timelineFixture, settle } from '../support/timeline-fixture.js';

/** The article's four dated claims, in sentences of our own. */
const ARTICLE_LIKE = [
  'Moscow said its defence minister and his Turkish counterpart agreed in Ankara on Monday that decisive measures were needed in Idlib.',
  'The foreign minister said the militants’ advance went against the September deal.',
  'Under that deal the three powers set up “de-escalation” zones across the country last fall, including in Idlib.',
  'The war has killed hundreds of thousands of people since it began in March 2011.',
].join(' ');

function only(drafts: readonly DraftEvent[], dateText: string): DraftEvent {
  const found = drafts.filter((d) => d.dateText === dateText);
  expect(found, `one draft for '${dateText}' in ${JSON.stringify(drafts.map((d) => d.dateText))}`).to.have.length(1);
  return found[0]!;
}

describe('draftEvents: the article’s four cases', () => {
  for (const published of ['2019-02-12', '2019-02-13', '2019-02-14']) {
    it(`reads them exactly when published ${published}`, () => {
      const drafts = draftEvents(ARTICLE_LIKE, { published });
      expect(only(drafts, 'on Monday').start).to.equal('2019-02-11');
      expect(only(drafts, 'September').start).to.equal('2018-09');
      const fall = only(drafts, 'last fall');
      expect(fall.start).to.equal('2018-23');
      expect(fall.end).to.equal(undefined);
      expect(fall.dateNote).to.contain('autumn 2018').and.contain('Read literally; check it against the record');
      expect(only(drafts, 'in March 2011').start).to.equal('2011-03');
      expect(drafts.map((d) => d.dateText)).to.deep.equal(['on Monday', 'September', 'last fall', 'in March 2011']);
    });
  }

  it('says how each date was read, in the words of the issue', () => {
    const drafts = draftEvents(ARTICLE_LIKE, { published: '2019-02-13' });
    expect(only(drafts, 'on Monday').dateNote).to.match(
      /^'on Monday' in an article published Wednesday 13 February 2019: the Monday before, 11 February 2019\b/,
    );
    expect(only(drafts, 'in March 2011').dateNote).to.equal("'in March 2011': as written, March 2011");
    expect(only(drafts, 'September').dateNote).to.contain('September 2018');
  });

  it('gives each draft its sentence, a headline of it, ids in order and where its words are', () => {
    const drafts = draftEvents(ARTICLE_LIKE, { published: '2019-02-13' });
    expect(drafts.map((d) => d.id)).to.deep.equal(['draft-1', 'draft-2', 'draft-3', 'draft-4']);
    for (const d of drafts) {
      expect(ARTICLE_LIKE.slice(d.offset, d.offset + d.dateText.length)).to.equal(d.dateText);
      expect(d.description).to.contain(d.dateText);
      expect(ARTICLE_LIKE).to.contain(d.description);
    }
    expect(drafts[1]!.description).to.equal('The foreign minister said the militants’ advance went against the September deal.');
    expect(drafts[1]!.title).to.equal('The foreign minister said the militants’ advance went against the September deal');
  });
});

describe('draftEvents: reading news prose', () => {
  const read = (text: string, published = '2019-02-13'): Array<[string, string | undefined, string | undefined]> =>
    draftEvents(text, { published }).map((d) => [d.dateText, d.start, d.end]);

  it('prefers the past for weekdays, months, days and seasons, and the future when the words say so', () => {
    expect(read('Talks were held in September.')).to.deep.equal([['in September', '2018-09', undefined]]);
    expect(read('Talks will be held in September.')).to.deep.equal([['in September', '2019-09', undefined]]);
    expect(read('The leaders met on Thursday.')).to.deep.equal([['on Thursday', '2019-02-07', undefined]]);
    expect(read('The leaders will meet on Thursday.')).to.deep.equal([['on Thursday', '2019-02-14', undefined]]);
    expect(read('The minister said on Monday that troops will stay.')).to.deep.equal([['on Monday', '2019-02-11', undefined]]);
    expect(read('Rebels attacked on 20 December.')).to.deep.equal([['on 20 December', '2018-12-20', undefined]]);
    expect(read('Rebels attacked on 12 February.')).to.deep.equal([['on 12 February', '2019-02-12', undefined]]);
  });

  it('keeps a weekday on the publication day, and "last Monday" a week back, when published on a Monday', () => {
    expect(read('They met on Monday.', '2019-02-11')).to.deep.equal([['on Monday', '2019-02-11', undefined]]);
    expect(read('They met last Monday.', '2019-02-11')).to.deep.equal([['last Monday', '2019-02-04', undefined]]);
  });

  it('makes seasons EDTF seasons, a winter named by its December', () => {
    expect(read('They fled last winter.')).to.deep.equal([['last winter', '2017-24', undefined]]);
    expect(read('They fled in the winter.')).to.deep.equal([['in the winter', '2018-24', undefined]]);
    expect(read('They fled last spring.')).to.deep.equal([['last spring', '2018-21', undefined]]);
    expect(read('They fled in the spring of 2017.')).to.deep.equal([['in the spring of 2017', '2017-21', undefined]]);
    expect(read('They will return next summer.')).to.deep.equal([['next summer', '2019-22', undefined]]);
  });

  it('keeps years and months as years and months', () => {
    expect(read('The group was founded in 2012.')).to.deep.equal([['in 2012', '2012', undefined]]);
    expect(read('The group was founded in May 2012.')).to.deep.equal([['in May 2012', '2012-05', undefined]]);
    expect(read('It grew in the early 2000s.')).to.deep.equal([['in the early 2000s', '200X', undefined]]);
    expect(read('Prices rose late last year.')).to.deep.equal([['late last year', '2018', undefined]]);
  });

  it('makes ranges intervals, taking a missing month or year from the other side', () => {
    expect(read('Strikes hit the town between 10 and 12 February.')).to.deep.equal([['between 10 and 12 February', '2019-02-10', '2019-02-12']]);
    expect(read('The group held the town from 2015 to 2017.')).to.deep.equal([['from 2015 to 2017', '2015', '2017']]);
    expect(read('Talks ran from December 2017 to March 2018.')).to.deep.equal([['from December 2017 to March 2018', '2017-12', '2018-03']]);
    expect(read('Talks ran from December to March 2018.')).to.deep.equal([['from December to March 2018', '2017-12', '2018-03']]);
  });

  it('gives a week as the interval of its seven days and a weekend as its two, and says so', () => {
    const [week] = draftEvents('Violations were reported last week.', { published: '2019-02-13' });
    expect([week!.start, week!.end]).to.deep.equal(['2019-02-04', '2019-02-10']);
    expect(week!.dateNote).to.contain('EDTF has no week');
    expect(read('Fighting flared over the weekend.')).to.deep.equal([['over the weekend', '2019-02-09', '2019-02-10']]);
    expect(read('Fighting flared over the weekend.', '2019-02-10')).to.deep.equal([['over the weekend', '2019-02-09', '2019-02-10']]);
  });

  it('reads "earlier this month", "a year ago" and the days around publication', () => {
    expect(read('Convoys arrived earlier this month.')).to.deep.equal([['earlier this month', '2019-02', undefined]]);
    expect(read('A year ago, the town fell.')).to.deep.equal([['A year ago', '2018-02~', undefined]]);
    expect(read('The town fell yesterday.')).to.deep.equal([['yesterday', '2019-02-12', undefined]]);
    expect(read('The town fell three days ago.')).to.deep.equal([['three days ago', '2019-02-10', undefined]]);
  });

  it('counts "the next day" from the date before it, and keeps it undated with a reason when there is none', () => {
    expect(read('Rebels attacked on 3 February. The next day, the army struck back.')).to.deep.equal([
      ['on 3 February', '2019-02-03', undefined],
      ['The next day', '2019-02-04', undefined],
    ]);
    const [alone] = draftEvents('The next day, the army struck back.', { published: '2019-02-13' });
    expect(alone!.start).to.equal(undefined);
    expect(alone!.reason).to.contain('no date comes before it');
  });

  it('never drops words it cannot place: they come back undated, with a reason', () => {
    const drafts = draftEvents('In recent weeks, fighters tightened their grip. The statement was dated 11/02/2019.', { published: '2019-02-13' });
    expect(drafts.map((d) => d.dateText)).to.deep.equal(['In recent weeks', '11/02/2019']);
    for (const d of drafts) {
      expect(d.start).to.equal(undefined);
      expect(d.reason).to.be.a('string').and.not.equal('');
      expect(d.dateNote).to.contain(d.dateText);
    }
    expect(drafts[1]!.reason).to.contain('11 February 2019').and.contain('2 November 2019');
  });

  it('does not read amounts, names or verbs as dates', () => {
    expect(read('Around 2000 fighters remain, and 2,500 families fled 40 km to the north.')).to.deep.equal([]);
    expect(read('Prime Minister Theresa May said protesters would march on the capital.')).to.deep.equal([]);
    expect(read('The fall of Aleppo was a turning point; a spring of hope never came.')).to.deep.equal([]);
  });

  it('keeps a full stop after an abbreviation inside the sentence', () => {
    const [draft] = draftEvents('The deal was signed on Sept. 17, 2018, in Sochi. Gen. Smith said so.', { published: '2019-02-13' });
    expect(draft!.start).to.equal('2018-09-17');
    expect(draft!.description).to.equal('The deal was signed on Sept. 17, 2018, in Sochi.');
  });

  it('refuses a publication date that is not a calendar day', () => {
    expect(() => draftEvents('On Monday.', { published: '2019-02-30' })).to.throw(RangeError, /YYYY-MM-DD/);
    expect(() => draftEvents('On Monday.', { published: '13 February 2019' })).to.throw(RangeError);
  });

  it('gives the same drafts for any locale it does not read, as English', () => {
    const text = 'They met on Monday.';
    expect(draftEvents(text, { published: '2019-02-13', locale: 'xx' })).to.deep.equal(draftEvents(text, { published: '2019-02-13' }));
  });
});

describe('draftEvents: titles', () => {
  it('keeps a title within 120 characters, cut at a word, with the date in it', () => {
    const long =
      'According to the monitoring group, which relies on a network of sources on the ground, government aircraft and artillery struck at least a dozen villages in the south of the province on Sunday night, killing eleven civilians and wounding dozens more.';
    const [draft] = draftEvents(long, { published: '2019-02-13' });
    expect(draft!.title.length).to.be.at.most(120);
    expect(draft!.title).to.contain('on Sunday night');
    expect(draft!.title.endsWith('…')).to.equal(true);
    const words = draft!.title.replace(/^…|…$/g, '');
    expect(long, 'the title is the sentence’s words, cut between words').to.contain(words);
    expect(long[long.indexOf(words) + words.length]).to.match(/[\s,]/);
  });
});

describe('draftEvents and the element', () => {
  it('the element draws the dated drafts and rejects the undated one with a reason', async () => {
    const drafts = draftEvents(`${ARTICLE_LIKE} In recent weeks, the militants advanced.`, { published: '2019-02-13' });
    const el = await timelineFixture();
    const loaded = oneEvent(el, 'ct-diagnostics');
    el.events = drafts as unknown as TimelineEventInput[];
    const detail = (await loaded).detail as DiagnosticsDetail;
    await settle(el);
    expect(detail.accepted).to.equal(4);
    expect(detail.rejected).to.have.length(1);
    expect(detail.rejected[0]!.index).to.equal(4);
    expect(detail.rejected[0]!.reason).to.contain('start');
  });

  it('dated drafts are TimelineEventInput as they are', () => {
    const dated: TimelineEventInput[] = draftEvents(ARTICLE_LIKE, { published: '2019-02-13' }).filter(isDatedDraft);
    expect(dated.map((d) => d.start)).to.deep.equal(['2019-02-11', '2018-09', '2018-23', '2011-03']);
  });
});

describe('draftEvents in Turkish (locale tr)', () => {
  const read = (text: string, published = '2019-02-13'): Array<[string, string | undefined, string | undefined]> =>
    draftEvents(text, { published, locale: 'tr' }).map((d) => [d.dateText, d.start, d.end]);

  it('reads the article’s four cases as Turkish wire copy writes them', () => {
    const text =
      'Bakanlar Pazartesi günü Ankara’da bir araya geldi. Militanlar Eylül’deki mutabakatı ihlal etti. Bölgeler geçen sonbahar kuruldu. Savaş Mart 2011’de başladı.';
    for (const published of ['2019-02-12', '2019-02-13', '2019-02-14']) {
      expect(read(text, published)).to.deep.equal([
        ['Pazartesi günü', '2019-02-11', undefined],
        ['Eylül’deki', '2018-09', undefined],
        ['geçen sonbahar', '2018-23', undefined],
        ['Mart 2011’de', '2011-03', undefined],
      ]);
    }
  });

  it('turns to the future on a verb of the future after the date, as Turkish puts it', () => {
    expect(read('Liderler Perşembe günü Soçi’de bir araya geldi.')).to.deep.equal([['Perşembe günü', '2019-02-07', undefined]]);
    expect(read('Liderler Perşembe günü Soçi’de bir araya gelecek.')).to.deep.equal([['Perşembe günü', '2019-02-14', undefined]]);
  });

  it('keeps vague words undated, quoting them as written', () => {
    const [draft] = draftEvents('Son haftalarda militanlar ilerledi.', { published: '2019-02-13', locale: 'tr-TR' });
    expect(draft!.start).to.equal(undefined);
    expect(draft!.reason).to.contain("'Son haftalarda'");
  });

  it('does not read "dünya" as "dün", nor a number as a year', () => {
    expect(read('Dünya Gıda Programı 2.000 aileye yardım ulaştırdı.')).to.deep.equal([]);
  });
});
