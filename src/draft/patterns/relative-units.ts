/**
 * Weeks, weekends, months and years named from the publication date: "last week", "earlier
 * this month", "over the weekend", "late last year", "in the past year", and the vague ones
 * ("recently", "in recent weeks") that are kept as drafts with no date.
 * EDTF has no week, so a week is the interval of its seven days (Monday to Sunday).
 */
import { addDays, addMonths, edtfDay, edtfMonth, edtfYear, mondayOf, weekdayOf, type CalendarDay } from '../calendar-day.js';
import type { DatePattern, DateReading, ReadingContext } from '../date-reading.js';
import { unplaced } from '../date-reading.js';
import { dayRangeWords, dayWords, monthWords } from '../date-words.js';
import { anyCase, anyCaseOf, COUNT, countOf, WORD_START } from '../english-words.js';

const MONDAY = 1;
const SATURDAY = 6;

function interval(first: CalendarDay, last: CalendarDay, explanation: string): DateReading {
  if (first.year === last.year && first.month === last.month && first.day === last.day) {
    return { start: edtfDay(first), explanation, basis: 'published', anchor: { day: first, precision: 'day' } };
  }
  return { start: edtfDay(first), end: edtfDay(last), explanation, basis: 'published', anchor: { day: first, precision: 'day' } };
}

const WEEK_NOTE = '(EDTF has no week: the interval of its days)';

function readWeek(words: string, context: ReadingContext): DateReading {
  const published = context.published;
  const monday = mondayOf(published);
  if (/\blast\b|this past/.test(words)) {
    const first = addDays(monday, -7);
    return interval(first, addDays(first, 6), `the week before publication, ${dayRangeWords(first, addDays(first, 6))} ${WEEK_NOTE}`);
  }
  if (/\bnext\b/.test(words)) {
    const first = addDays(monday, 7);
    return interval(first, addDays(first, 6), `the week after publication, ${dayRangeWords(first, addDays(first, 6))} ${WEEK_NOTE}`);
  }
  if (/\bearlier\b/.test(words)) {
    const last = weekdayOf(published) === MONDAY ? published : addDays(published, -1);
    return interval(monday, last, `the publication week before publication, ${dayRangeWords(monday, last)} ${WEEK_NOTE}`);
  }
  if (/\blater\b/.test(words) || context.future) {
    const sunday = addDays(monday, 6);
    return interval(published, sunday, `the rest of the publication week, ${dayRangeWords(published, sunday)} ${WEEK_NOTE}`);
  }
  return interval(monday, published, `the publication week up to publication, ${dayRangeWords(monday, published)} ${WEEK_NOTE}`);
}

function readMonthOrYear(unit: 'month' | 'year', words: string, published: CalendarDay): DateReading {
  const offset = /\blast\b|this past/.test(words) ? -1 : /\bnext\b/.test(words) ? 1 : 0;
  const which = offset < 0 ? `the ${unit} before publication` : offset > 0 ? `the ${unit} after publication` : `the publication ${unit}`;
  const edge = /\bearlier\b/.test(words) ? ' (before publication)' : /\blater\b/.test(words) ? ' (after publication)' : /\bearly\b|\bbeginning\b|\bstart\b/.test(words) ? ' (early in it)' : /\blate\b|\bend\b/.test(words) ? ' (late in it)' : /\bmid|middle/.test(words) ? ' (in the middle of it)' : '';
  if (unit === 'month') {
    const month = addMonths(published, offset);
    return { start: edtfMonth(month), explanation: `${which}, ${monthWords(month)}${edge}`, basis: 'published', anchor: { day: { ...month, day: 1 }, precision: 'month' } };
  }
  const year = published.year + offset;
  return { start: edtfYear(year), explanation: `${which}, ${edtfYear(year)}${edge}`, basis: 'published', anchor: { day: { year, month: 1, day: 1 }, precision: 'year' } };
}

function readUnit(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const words = match[0].toLowerCase();
  const unit = /\b(week|month|year)\b/.exec(words)?.[1];
  if (unit === 'week' && /\bthe (?:week)\b/.test(words)) {
    const monday = mondayOf(context.published);
    return interval(monday, addDays(monday, 6), `the publication week, ${dayRangeWords(monday, addDays(monday, 6))} ${WEEK_NOTE}`);
  }
  if (unit === 'week') return readWeek(words, context);
  if (unit === 'month' || unit === 'year') return readMonthOrYear(unit, words, context.published);
  return undefined;
}

/** The weekend before publication; the one that holds it when published on a Sunday; the next one when words say so. */
function readWeekend(match: RegExpExecArray, context: ReadingContext): DateReading {
  const words = match[0].toLowerCase();
  const published = context.published;
  const sinceSaturday = (weekdayOf(published) - SATURDAY + 7) % 7;
  const future = /\bnext\b/.test(words) || (context.future && !/\blast\b|\bpast\b/.test(words));
  if (future) {
    const saturday = addDays(published, sinceSaturday === 0 ? 0 : 7 - sinceSaturday);
    const first = sinceSaturday === 1 ? published : saturday;
    return interval(first, addDays(saturday, 1), `the coming weekend, ${dayRangeWords(first, addDays(saturday, 1))}`);
  }
  const saturday = addDays(published, sinceSaturday === 1 ? -1 : sinceSaturday === 0 ? -7 : -sinceSaturday);
  const which = sinceSaturday === 1 ? 'the weekend of publication' : 'the weekend before';
  return interval(saturday, addDays(saturday, 1), `${which}, ${dayRangeWords(saturday, addDays(saturday, 1))}`);
}

/** "in the past year": the span of that length up to publication. */
function readPastSpan(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const parsed = /(?:past|last)\s+(?:(\S+)\s+)?(day|week|month|year|decade)s?/i.exec(match[0]);
  if (!parsed) return undefined;
  const count = parsed[1] === undefined ? 1 : countOf(parsed[1]);
  const unit = parsed[2]!.toLowerCase();
  if (count === undefined) {
    return unplaced('a span with no length', `'${match[0].trim()}' gives no length to count back from publication; place it by hand`);
  }
  const published = context.published;
  const first =
    unit === 'day' ? addDays(published, -count) : unit === 'week' ? addDays(published, -7 * count) : unit === 'month' ? { ...addMonths(published, -count), day: Math.min(published.day, 28) } : { year: published.year - (unit === 'decade' ? 10 : 1) * count, month: published.month, day: Math.min(published.day, 28) };
  return interval(first, published, `the span up to publication, ${dayWords(first)} to ${dayWords(published)}`);
}

function readVague(match: RegExpExecArray): DateReading {
  const words = match[0].trim();
  return unplaced('words that name no date', `'${words}' names no date to place; date the event by hand or from another source`);
}

const EDGE = anyCaseOf(['earlier', 'later', 'early', 'late', 'at the start of', 'at the beginning of', 'at the end of', 'by the end of', 'in the middle of', 'the end of', 'the start of', 'the beginning of', 'mid']);
const LEAD = anyCaseOf(['in', 'during', 'over', 'at', 'on', 'throughout', 'through']);

const PART = anyCaseOf(['the end of', 'the start of', 'the beginning of', 'the middle of', 'the first half of', 'the second half of', 'the rest of']);

export const relativeUnitPatterns: readonly DatePattern[] = [
  {
    kind: 'part of the publication week, month or year',
    // "by the end of the year": news prose means the year it is written in.
    regex: new RegExp(`${WORD_START}(?:${anyCaseOf(['at', 'by', 'in', 'until', 'towards', 'toward'])}\\s+)?${PART}\\s+the\\s+(?:week|month|year)(?![A-Za-z])`, 'g'),
    read: readUnit,
  },
  {
    kind: 'week, month or year',
    regex: new RegExp(`${WORD_START}(?:${EDGE}[\\s-]*)?(?:${anyCaseOf(['last', 'this past', 'this', 'next'])})\\s+(?:week|month|year)(?![A-Za-z])`, 'g'),
    read: readUnit,
  },
  {
    kind: 'weekend',
    regex: new RegExp(`${WORD_START}(?:${LEAD}\\s+)?(?:${anyCaseOf(['the past', 'the', 'this past', 'this', 'last', 'next'])})\\s+weekend(?![A-Za-z])`, 'g'),
    read: readWeekend,
  },
  {
    kind: 'span up to publication',
    regex: new RegExp(`${WORD_START}(?:${anyCaseOf(['in', 'over', 'during', 'for', 'within', 'throughout'])}\\s+)?(?:the\\s+)(?:past|last)\\s+(?:(?:${COUNT}|few|several|couple\\s+of)\\s+)?(?:day|week|month|year|decade)s?(?![A-Za-z])`, 'g'),
    read: readPastSpan,
  },
  {
    kind: 'vague time',
    regex: new RegExp(`${WORD_START}(?:${anyCase('recently')}|(?:${anyCaseOf(['in', 'over', 'during'])}\\s+)?(?:${anyCaseOf(['recent', 'the coming', 'coming'])})\\s+(?:days|weeks|months|years))(?![A-Za-z])`, 'g'),
    read: readVague,
  },
];
