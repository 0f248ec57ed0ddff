/**
 * draftEvents on the corpus of date expressions (test/draft/corpus.json, sentences written for it):
 * the floors it is held to, on the whole corpus and on the held-out items written after tuning.
 * `npm run eval:draft` prints the same figures with every miss.
 */
import { expect } from '@open-wc/testing';
import { DRAFT_THRESHOLDS, scoreCorpus, type Corpus } from '../../scripts/draft-score.js';
import { draftEvents } from '../../src/draft/index.js';

async function loadCorpus(): Promise<Corpus> {
  const response = await fetch(new URL('./corpus.json', import.meta.url));
  expect(response.ok, 'corpus.json is served').to.equal(true);
  return (await response.json()) as Corpus;
}

function describeMisses(score: ReturnType<typeof scoreCorpus>): string {
  return JSON.stringify({ missed: score.missed, wrong: score.wrong, extra: score.extra }, null, 1);
}

describe('draftEvents on the corpus', () => {
  it('has at least 60 date expressions, each with a publication date and the EDTF it should give', async () => {
    const corpus = await loadCorpus();
    const dates = corpus.items.flatMap((item) => item.dates);
    expect(dates.length).to.be.at.least(60);
    for (const item of corpus.items) {
      expect(item.published).to.match(/^\d{4}-\d{2}-\d{2}$/);
      for (const date of item.dates) expect(item.text).to.contain(date.text);
    }
    // Words that name no date are in the corpus too: the draft must keep them, undated.
    expect(dates.filter((d) => d.start === null).length).to.be.at.least(4);
  });

  it(`finds and resolves them above its floors: precision ≥ ${DRAFT_THRESHOLDS.precision}, recall ≥ ${DRAFT_THRESHOLDS.recall}, right EDTF ≥ ${DRAFT_THRESHOLDS.exact}`, async () => {
    const score = scoreCorpus(await loadCorpus(), draftEvents);
    expect(score.precision, describeMisses(score)).to.be.at.least(DRAFT_THRESHOLDS.precision);
    expect(score.recall, describeMisses(score)).to.be.at.least(DRAFT_THRESHOLDS.recall);
    expect(score.exact, describeMisses(score)).to.be.at.least(DRAFT_THRESHOLDS.exact);
  });

  it('holds the same floors on the held-out items, written after the resolver was tuned', async () => {
    const corpus = await loadCorpus();
    const heldOut = { ...corpus, items: corpus.items.filter((item) => item.set === 'held-out') };
    expect(heldOut.items.flatMap((item) => item.dates).length).to.be.at.least(30);
    const score = scoreCorpus(heldOut, draftEvents);
    expect(score.precision, describeMisses(score)).to.be.at.least(DRAFT_THRESHOLDS.precision);
    expect(score.recall, describeMisses(score)).to.be.at.least(DRAFT_THRESHOLDS.recall);
    expect(score.exact, describeMisses(score)).to.be.at.least(DRAFT_THRESHOLDS.exact);
  });

  it('the scoring itself tells a miss, a wrong date and an extra draft apart', () => {
    const corpus: Corpus = {
      about: 'three ways to be wrong',
      items: [{ published: '2019-02-13', text: 'They met on Monday in Ankara.', dates: [{ text: 'on Monday', start: '2019-02-11' }, { text: 'Ankara', start: null }] }],
    };
    const wrongDates = () => [
      { id: 'draft-1', title: 't', description: 'd', start: '2019-02-04', dateText: 'on Monday', dateNote: '', offset: 8 },
      { id: 'draft-2', title: 't', description: 'd', start: '2019', dateText: 'They', dateNote: '', offset: 0 },
    ];
    const score = scoreCorpus(corpus, wrongDates);
    expect([score.expected, score.found, score.matched, score.right]).to.deep.equal([2, 2, 1, 0]);
    expect(score.missed.map((m) => m.expected.text)).to.deep.equal(['Ankara']);
    expect(score.wrong.map((w) => w.expected.text)).to.deep.equal(['on Monday']);
    expect(score.extra.map((x) => x.got.dateText)).to.deep.equal(['They']);
  });
});
