/**
 * Sentences of plain prose, each with where it starts in the text. Lines are kept apart
 * (a headline or a byline is its own sentence) unless a line plainly goes on in the next,
 * and a full stop after an abbreviation or an initial ("Sept. 17", "George W. Bush") does not
 * end a sentence.
 */

export interface Sentence {
  readonly text: string;
  /** UTF-16 offset of `text` in the whole text. */
  readonly offset: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'gov', 'sen', 'rep', 'rev',
  'st', 'mt', 'jr', 'sr', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'dept', 'approx', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.n', 'u.k', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g',
]);

/** Ends: . ! ? (with closing quotes or brackets), then space, then what can start a sentence. */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu;

function endsWithAbbreviation(text: string): boolean {
  const word = /([A-Za-z.]+)\.$/.exec(text)?.[1]?.toLowerCase();
  if (!word) return false;
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}

/** Lines that belong together: a line that stops mid-sentence and a next one that starts in lower case. */
function paragraphs(text: string): Sentence[] {
  const lines: Sentence[] = [];
  const linePattern = /[^\n]+/g;
  for (const line of text.matchAll(linePattern)) {
    const previous = lines.at(-1);
    const continues = previous && /[\p{L},\-–]$/u.test(previous.text.trimEnd()) && /^\s*[\p{Ll}\d]/u.test(line[0]) && text.slice(previous.offset + previous.text.length, line.index).split('\n').length === 2;
    if (previous && continues) lines[lines.length - 1] = { text: text.slice(previous.offset, line.index + line[0].length), offset: previous.offset };
    else lines.push({ text: line[0], offset: line.index });
  }
  return lines;
}

function trimmed(text: string, offset: number): Sentence | undefined {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  return body === '' ? undefined : { text: body, offset: offset + lead };
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs(text)) {
    let from = 0;
    for (const end of paragraph.text.matchAll(SENTENCE_END)) {
      const stop = end.index + end[0].length;
      if (end[0].startsWith('.') && end[0].length === 1 && endsWithAbbreviation(paragraph.text.slice(from, stop))) continue;
      const sentence = trimmed(paragraph.text.slice(from, stop), paragraph.offset + from);
      if (sentence) sentences.push(sentence);
      from = stop;
    }
    const rest = trimmed(paragraph.text.slice(from), paragraph.offset + from);
    if (rest) sentences.push(rest);
  }
  return sentences;
}
