// npm run eval:draft: how well conflict-timeline/draft reads the corpus of date expressions
// (test/draft/corpus.json), and what it makes of the shared article when ../shared/article.txt is there.
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
for (const set of [...new Set(corpus.items.map((item) => item.set))]) {
  const part = scoreCorpus({ ...corpus, items: corpus.items.filter((item) => item.set === set) }, draftEvents);
  console.log(`  set '${set}': ${part.expected} expressions; precision ${percent(part.precision)}, recall ${percent(part.recall)}, right EDTF ${percent(part.exact)}`);
}
for (const miss of score.missed) console.log(`  missed  [${miss.published}] '${miss.expected.text}' (want ${miss.expected.start}${miss.expected.end ? `/${miss.expected.end}` : ''})`);
for (const w of score.wrong) console.log(`  wrong   [${w.published}] '${w.expected.text}': want ${w.expected.start}${w.expected.end ? `/${w.expected.end}` : ''}, got ${w.got.start}${w.got.end ? `/${w.got.end}` : ''}`);
for (const x of score.extra) console.log(`  extra   [${x.published}] '${x.got.dateText}' → ${x.got.start} in: ${x.text}`);

const article = new URL('../shared/article.txt', root);
if (existsSync(article)) {
  console.log('\n../shared/article.txt, published 2019-02-13:');
  for (const draft of draftEvents(readFileSync(article, 'utf8'), { published: '2019-02-13' })) {
    console.log(`  ${(draft.start ?? '(no date)').padEnd(10)} ${draft.end ? `to ${draft.end} ` : ''}'${draft.dateText}': ${draft.title}`);
  }
} else {
  console.log('\n../shared/article.txt is not there; the article was not read.');
}

const short = Object.entries(DRAFT_THRESHOLDS).filter(([key, floor]) => score[key] < floor);
if (short.length > 0) {
  console.error(`below the floor: ${short.map(([key]) => key).join(', ')}`);
  process.exit(1);
}
