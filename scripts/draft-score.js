// How well draftEvents reads the corpus of date expressions (test/draft/corpus.json).
// Plain JS, so that the eval script in node and the browser tests load it as it is.

/** The floor the tests hold draftEvents to on the corpus. */
export const DRAFT_THRESHOLDS = Object.freeze({ precision: 0.95, recall: 0.9, exact: 0.85 });

/** Where each expected expression is in its item's text: the first occurrence after the one before with the same words. */
function expectedSpans(item) {
  const seen = new Map();
  return item.dates.map((date) => {
    const from = seen.get(date.text) ?? 0;
    const index = item.text.indexOf(date.text, from);
    if (index < 0) throw new Error(`corpus: '${date.text}' is not in '${item.text}'`);
    seen.set(date.text, index + date.text.length);
    return { date, from: index, to: index + date.text.length };
  });
}

const overlaps = (a, b) => a.from < b.to && b.from < a.to;

function isRight(expected, draft) {
  if (expected.start === null) return draft.start === undefined && typeof draft.reason === 'string' && draft.reason !== '';
  return draft.start === expected.start && (draft.end ?? null) === (expected.end ?? null);
}

/**
 * Precision and recall of the expressions found (a draft counts as found when its words overlap an
 * expected expression's), and the share of expected expressions resolved to the right EDTF.
 */
export function scoreCorpus(corpus, draftEvents) {
  const counts = { items: corpus.items.length, expected: 0, found: 0, matched: 0, right: 0 };
  const missed = [];
  const wrong = [];
  const extra = [];
  for (const item of corpus.items) {
    const drafts = draftEvents(item.text, { published: item.published, ...(item.locale ? { locale: item.locale } : {}) });
    const spans = drafts.map((draft) => ({ draft, from: draft.offset, to: draft.offset + draft.dateText.length, used: false }));
    counts.expected += item.dates.length;
    counts.found += drafts.length;
    for (const expected of expectedSpans(item)) {
      const hit = spans.find((span) => !span.used && overlaps(span, expected));
      if (!hit) {
        missed.push({ published: item.published, text: item.text, expected: expected.date });
        continue;
      }
      hit.used = true;
      counts.matched += 1;
      if (isRight(expected.date, hit.draft)) counts.right += 1;
      else wrong.push({ published: item.published, text: item.text, expected: expected.date, got: { dateText: hit.draft.dateText, start: hit.draft.start, end: hit.draft.end, dateNote: hit.draft.dateNote } });
    }
    for (const span of spans.filter((s) => !s.used)) extra.push({ published: item.published, text: item.text, got: { dateText: span.draft.dateText, start: span.draft.start } });
  }
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  return {
    ...counts,
    precision: ratio(counts.matched, counts.found),
    recall: ratio(counts.matched, counts.expected),
    exact: ratio(counts.right, counts.expected),
    missed,
    wrong,
    extra,
  };
}
