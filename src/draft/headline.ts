/**
 * A draft title from a sentence: the sentence itself when it is short, else cut at a word
 * before the limit. A leading attribution ("According to the monitor, …") is left out, and when
 * the date's words lie past the cut the title starts at the first clause from which it reaches them.
 */
export const HEADLINE_MAX = 120;
const ELLIPSIS = '…';
const ATTRIBUTION = /^(?:According to|As reported by|As broadcast(?:ed)? by)\s[^,]{1,80},\s+/i;

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - ELLIPSIS.length + 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = (lastSpace > max / 3 ? room.slice(0, lastSpace) : room.slice(0, max - ELLIPSIS.length)).replace(/[\s,;:–—-]+$/, '');
  return `${cut}${ELLIPSIS}`;
}

const tidy = (text: string): string => text.replace(/\s+/g, ' ').replace(/\.$/, '').trim();
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `dateAt` and `dateEnd`: where the date's words start and end in the sentence. */
export function headline(sentence: string, dateAt: number, dateEnd: number): string {
  const whole = tidy(sentence);
  if (whole.length <= HEADLINE_MAX) return whole;
  const attribution = ATTRIBUTION.exec(sentence)?.[0] ?? '';
  const body = attribution.length <= dateAt ? sentence.slice(attribution.length) : sentence;
  const shift = sentence.length - body.length;
  const text = tidy(capitalized(body));
  if (dateEnd - shift <= HEADLINE_MAX - 2 * ELLIPSIS.length - 2) return cutAtWord(text, HEADLINE_MAX);
  // The date lies past the cut: start at the first clause from which the title can reach it.
  // Room for the ellipses at both ends and the space the cut may take.
  const room = HEADLINE_MAX - 2 * ELLIPSIS.length - 2;
  const boundaries = [...body.slice(0, dateAt - shift).matchAll(/[,;:]["”’']?\s/g)].map((b) => b.index + b[0].length - 1);
  // With no clause that near, start at the word from which the title reaches the date.
  const clauseStart = boundaries.find((at) => dateEnd - shift - at <= room) ?? body.indexOf(' ', dateEnd - shift - room);
  const clause = tidy(body.slice(clauseStart));
  const lead = clauseStart > 0 ? ELLIPSIS : '';
  return `${lead}${cutAtWord(clause, HEADLINE_MAX - lead.length)}`;
}
