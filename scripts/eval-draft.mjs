// npm run eval:draft: how well conflict-timeline/draft reads the corpus of date expressions
// (test/draft/corpus.json), and what it makes of the shared article (../shared/article.txt, or the file named
// as the first argument) when it is there.
import { existsSync, readFileSync } from 'node:fs';
import { DRAFT_THRESHOLDS, scoreCorpus } from './draft-score.js';

const root = new URL('../', import.meta.url);
const built = new URL('dist/draft/index.js', root);
if (!existsSync(built)) {
  console.error('eval:draft: dist/draft/index.js is missing; build first (npm run build).');
  process.exit(2);
}
const { draftEvents } = await import(built.href);
const corpus = JSON.parse(readFileSync(new URL('test/draft/corpus.json', root), 'utf8'));
const score = scoreCorpus(corpus, draftEvents);

const percent = (x) => `${(100 * x).toFixed(1)}%`;
console.log(`corpus: ${score.items} items, ${score.expected} date expressions; ${score.found} drafts`);
console.log(`precision (drafts that are expected expressions): ${percent(score.precision)}  (${score.matched}/${score.found}; floor ${percent(DRAFT_THRESHOLDS.precision)})`);
console.log(`recall (expected expressions found):              ${percent(score.recall)}  (${score.matched}/${score.expected}; floor ${percent(DRAFT_THRESHOLDS.recall)})`);
console.log(`resolved to the right EDTF:                       ${percent(score.exact)}  (${score.right}/${score.expected}; floor ${percent(DRAFT_THRESHOLDS.exact)})`);
const parts = [
  ...[...new Set(corpus.items.map((item) => item.set))].map((set) => [`set '${set}'`, (item) => item.set === set]),
  ...[...new Set(corpus.items.map((item) => item.locale ?? 'en'))].map((locale) => [`language '${locale}'`, (item) => (item.locale ?? 'en') === locale]),
];
for (const [name, belongs] of parts) {
  const part = scoreCorpus({ ...corpus, items: corpus.items.filter(belongs) }, draftEvents);
  console.log(`  ${name}: ${part.expected} expressions; precision ${percent(part.precision)}, recall ${percent(part.recall)}, right EDTF ${percent(part.exact)}`);
}
for (const miss of score.missed) console.log(`  missed  [${miss.published}] '${miss.expected.text}' (want ${miss.expected.start}${miss.expected.end ? `/${miss.expected.end}` : ''})`);
for (const w of score.wrong) console.log(`  wrong   [${w.published}] '${w.expected.text}': want ${w.expected.start}${w.expected.end ? `/${w.expected.end}` : ''}, got ${w.got.start}${w.got.end ? `/${w.got.end}` : ''}`);
for (const x of score.extra) console.log(`  extra   [${x.published}] '${x.got.dateText}' → ${x.got.start} in: ${x.text}`);

// The article beside the repo (../shared/article.txt), or the file named on the command line.
const article = process.argv[2] ? new URL(process.argv[2], `file://${process.cwd()}/`) : new URL('../shared/article.txt', root);
/** What the issue asks of the article, published in February 2019. */
const ARTICLE_CASES = [
  { dateText: 'in March 2011', start: '2011-03' },
  { dateText: 'September', start: '2018-09' },
  { dateText: 'last fall', start: '2018-23' },
  { dateText: 'on Monday', start: '2019-02-11' },
];
let articleShort = false;
if (existsSync(article)) {
  const text = readFileSync(article, 'utf8');
  console.log(`\n${decodeURIComponent(article.pathname)}, published 2019-02-13:`);
  for (const draft of draftEvents(text, { published: '2019-02-13' })) {
    console.log(`  ${(draft.start ?? '(no date)').padEnd(10)} ${draft.end ? `to ${draft.end} ` : ''}'${draft.dateText}': ${draft.title}`);
  }
  for (const published of ['2019-02-12', '2019-02-13', '2019-02-14']) {
    const drafts = draftEvents(text, { published });
    for (const want of ARTICLE_CASES) {
      const ok = drafts.some((d) => d.dateText === want.dateText && d.start === want.start);
      if (!ok) articleShort = true;
      console.log(`  ${ok ? 'ok  ' : 'MISS'} published ${published}: '${want.dateText}' → ${want.start}`);
    }
  }
} else {
  console.log(`\n${decodeURIComponent(article.pathname)} is not there; the article was not read (name it: node scripts/eval-draft.mjs path/to/article.txt).`);
}

const short = Object.entries(DRAFT_THRESHOLDS).filter(([key, floor]) => score[key] < floor);
if (short.length > 0) console.error(`below the floor: ${short.map(([key]) => key).join(', ')}`);
if (articleShort) console.error('the article is not read as the issue asks');
if (short.length > 0 || articleShort) process.exit(1);
