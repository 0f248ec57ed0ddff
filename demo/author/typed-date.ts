/**
 * A date as the journalist types it in the events table: EDTF ("2019-02-11", "2018-23", "2017-09/2018-09")
 * or words ("last fall", "14 February 2019"), which are read as the drafts are, against the article's
 * publication date. Whatever it is, it comes with its meaning in words, for beside the field.
 */
import { draftEvents, type DraftEvent } from '../../src/draft/index.js';
import { describeDate, describeEventDate } from '../../src/model/describe-date.js';
import { parseDateInput, type ParsedDateInput } from '../../src/model/parse-event-date.js';

export type TypedDate =
  | { readonly kind: 'empty' }
  /** EDTF as typed. */
  | { readonly kind: 'edtf'; readonly value: string; readonly words: string }
  /** Words placed on the calendar: `value` (and `end` for a range) are the EDTF they give. */
  | { readonly kind: 'words'; readonly value: string; readonly end: string | undefined; readonly words: string; readonly note: string }
  | { readonly kind: 'invalid'; readonly problem: string };

/** What the field reads as, with `published` (YYYY-MM-DD) as "today" for relative words. */
export function readTypedDate(typed: string, published: string): TypedDate {
  const text = typed.trim();
  if (text === '') return { kind: 'empty' };
  const parsed = parseDateInput(text);
  if (parsed.kind !== 'invalid') return { kind: 'edtf', value: text, words: wordsOf(parsed) };
  const placed = placedWords(text, published);
  if (placed?.start === undefined) return { kind: 'invalid', problem: NOT_READ };
  return { kind: 'words', value: placed.start, end: placed.end, words: datesInWords(placed.start, placed.end), note: placed.dateNote };
}

/**
 * EDTF start and end in words: as one interval where EDTF allows it, else each on its own (an interval
 * may not end in a season, though an event's end may be one).
 */
export function datesInWords(start: string, end: string | undefined): string {
  const whole = parseDateInput(end === undefined ? start : `${start}/${end}`);
  if (whole.kind !== 'invalid') return wordsOf(whole);
  const parts = [start, end ?? ''].filter((part) => part !== '').map((part) => {
    const parsed = parseDateInput(part);
    return parsed.kind === 'invalid' ? part : wordsOf(parsed);
  });
  return parts.join(' – ');
}

const NOT_READ = 'not a date this page can read: try 2019-02-11, 2011-03, 2018-23 (autumn 2018) or words like “14 February 2019”';

/** The first date the words give, if any. */
function placedWords(text: string, published: string): DraftEvent | undefined {
  try {
    return draftEvents(text, { published }).find((draft) => draft.start !== undefined);
  } catch {
    return undefined; // no usable publication date: the words cannot be placed
  }
}

function wordsOf(parsed: Exclude<ParsedDateInput, { kind: 'invalid' }>): string {
  if (parsed.kind === 'date') return describeDate(parsed.date);
  const known = parsed.start ?? parsed.end;
  // An interval with neither end known ("/") has no date to name.
  if (known === undefined) return 'no known date';
  const end = parsed.start === undefined ? undefined : parsed.end;
  return describeEventDate({ start: known, end, openStart: parsed.openStart, openEnd: parsed.openEnd });
}
