/**
 * Draft events from prose: every date expression in the text becomes a draft, dated by the
 * words and the publication date, with the sentence around it as title and description.
 * Nothing found is dropped: words that cannot be placed give a draft with no date and a reason.
 *
 * The resolver is our own rather than chrono-node: on the corpus's 167 English expressions,
 * chrono-node 2.10.3 (with a plain mapping of its certain fields to EDTF precision) found 80% and
 * placed 58% right; it has no seasons, bare years or vague phrases, reads "on Monday" forward and
 * "last week" as a day, so the layers it would need are most of this module anyway.
 */
import { parseIsoDay, type CalendarDay } from './calendar-day.js';
import type { Anchor, DatePattern, DateReading } from './date-reading.js';
import { dayWithWeekdayWords } from './date-words.js';
import type { DraftEvent, DraftOptions } from './draft-event.js';
import { draftLanguage } from './draft-language.js';
import { headline } from './headline.js';
import { splitSentences, type Sentence } from './split-sentences.js';

const CAUTION = 'Read literally; check it against the record.';

interface Found {
  readonly pattern: DatePattern;
  readonly match: RegExpExecArray;
}

/** Every match of every pattern; where two overlap, the one that starts first wins, then the longer. */
function candidates(sentence: string, patterns: readonly DatePattern[]): Found[] {
  const found: Found[] = [];
  for (const pattern of patterns) {
    pattern.regex.lastIndex = 0;
    for (const match of sentence.matchAll(pattern.regex)) found.push({ pattern, match: match as RegExpExecArray });
  }
  return found.sort((a, b) => a.match.index - b.match.index || b.match[0].length - a.match[0].length);
}

/** The words without the space a pattern may have taken around them. */
function wordsOf(match: RegExpExecArray): { text: string; index: number } {
  const text = match[0].trim();
  return { text, index: match.index + match[0].indexOf(text) };
}

function noteFor(dateText: string, reading: DateReading, published: CalendarDay): string {
  switch (reading.basis) {
    case 'written':
      return `'${dateText}': ${reading.explanation}`;
    case 'previous':
      return `'${dateText}': ${reading.explanation}. ${CAUTION}`;
    default:
      return `'${dateText}' in an article published ${dayWithWeekdayWords(published)}: ${reading.explanation}${reading.start === undefined ? '' : `. ${CAUTION}`}`;
  }
}

function publicationDay(options: DraftOptions): CalendarDay {
  const day = typeof options?.published === 'string' ? parseIsoDay(options.published) : undefined;
  if (!day) throw new RangeError(`draftEvents: published must be a date as YYYY-MM-DD, e.g. 2019-02-13 (got ${JSON.stringify(options?.published)})`);
  return day;
}

export function draftEvents(text: string, options: DraftOptions): DraftEvent[] {
  const published = publicationDay(options);
  const language = draftLanguage(options.locale);
  const drafts: DraftEvent[] = [];
  let previous: Anchor | undefined;
  for (const sentence of splitSentences(String(text ?? ''))) {
    let taken = -1;
    for (const { pattern, match } of candidates(sentence.text, language.patterns)) {
      if (match.index < taken) continue;
      const words = wordsOf(match);
      const future = language.speaksOfFuture(sentence.text, words.index, words.index + words.text.length);
      const reading = pattern.read(match, { published, future, ...(previous ? { previous } : {}) });
      if (!reading) continue;
      taken = words.index + words.text.length;
      if (reading.anchor) previous = reading.anchor;
      drafts.push(draftOf(sentence, words, reading, published, drafts.length + 1));
    }
  }
  return drafts;
}

function draftOf(sentence: Sentence, words: { text: string; index: number }, reading: DateReading, published: CalendarDay, n: number): DraftEvent {
  return {
    id: `draft-${n}`,
    title: headline(sentence.text, words.index, words.index + words.text.length),
    description: sentence.text.replace(/\s+/g, ' '),
    ...(reading.start !== undefined ? { start: reading.start } : {}),
    ...(reading.end !== undefined ? { end: reading.end } : {}),
    dateText: words.text,
    dateNote: noteFor(words.text, reading, published),
    ...(reading.reason !== undefined ? { reason: reading.reason } : {}),
    offset: sentence.offset + words.index,
  };
}
