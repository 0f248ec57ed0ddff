/**
 * A draft title from a sentence: the sentence itself when it is short, else cut at a word
 * before the limit, keeping the date's words in when they lie past it.
 */
export const HEADLINE_MAX = 120;
const ELLIPSIS = '…';

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - ELLIPSIS.length + 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = (lastSpace > max / 3 ? room.slice(0, lastSpace) : room.slice(0, max - ELLIPSIS.length)).replace(/[\s,;:–—-]+$/, '');
  return `${cut}${ELLIPSIS}`;
}

/** `dateAt` is where the date's words start in the sentence, `dateEnd` where they end. */
export function headline(sentence: string, dateAt: number, dateEnd: number): string {
  const text = sentence.replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  if (text.length <= HEADLINE_MAX) return text;
  if (dateEnd <= HEADLINE_MAX - ELLIPSIS.length) return cutAtWord(text, HEADLINE_MAX);
  // The date lies past the cut: start at the clause that holds it.
  const clauseStart = Math.max(sentence.lastIndexOf(',', dateAt), sentence.lastIndexOf(';', dateAt)) + 1;
  const clause = sentence.slice(clauseStart).replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  const lead = clauseStart > 0 ? ELLIPSIS : '';
  return `${lead}${cutAtWord(clause, HEADLINE_MAX - lead.length)}`;
}
