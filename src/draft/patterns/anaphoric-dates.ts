/**
 * Dates counted from the date before them in the text: "the next day", "two days later",
 * "later that month", "the following year". With no earlier date, or one too coarse for the
 * count ("the next day" after "in 2015"), the draft keeps the words and says why it has no date.
 */
import { addDays, addMonths, edtfDay, edtfMonth, edtfYear, mondayOf } from '../calendar-day.js';
import type { Anchor, DatePattern, DateReading, ReadingContext } from '../date-reading.js';
import { unplaced } from '../date-reading.js';
import { dayRangeWords, dayWords, monthWords } from '../date-words.js';
import { anyCaseOf, COUNT, countOf, WORD_START } from '../english-words.js';

type Unit = 'day' | 'week' | 'month' | 'year';

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;
const UNIT_NEEDS: Readonly<Record<Unit, Anchor['precision']>> = { day: 'day', week: 'day', month: 'month', year: 'year' };

function anchorWords(anchor: Anchor): string {
  return anchor.precision === 'day' ? dayWords(anchor.day) : anchor.precision === 'month' ? monthWords(anchor.day) : edtfYear(anchor.day.year);
}

function counted(anchor: Anchor, unit: Unit, count: number, wholeWeek: boolean): DateReading {
  const from = `counted from ${anchorWords(anchor)}, the date before it in the text`;
  if (unit === 'week' && wholeWeek) {
    const monday = mondayOf(addDays(anchor.day, 7 * count));
    const sunday = addDays(monday, 6);
    return { start: edtfDay(monday), end: edtfDay(sunday), explanation: `${from}: the week of ${dayRangeWords(monday, sunday)} (EDTF has no week: the interval of its days)`, basis: 'previous', anchor: { day: monday, precision: 'day' } };
  }
  if (unit === 'day' || unit === 'week') {
    const day = addDays(anchor.day, count * (unit === 'week' ? 7 : 1));
    return { start: edtfDay(day), explanation: `${from}: ${dayWords(day)}`, basis: 'previous', anchor: { day, precision: 'day' } };
  }
  if (unit === 'month') {
    const month = addMonths(anchor.day, count);
    return { start: edtfMonth(month), explanation: `${from}: ${monthWords(month)}`, basis: 'previous', anchor: { day: { ...month, day: 1 }, precision: 'month' } };
  }
  const year = anchor.day.year + count;
  return { start: edtfYear(year), explanation: `${from}: ${edtfYear(year)}`, basis: 'previous', anchor: { day: { year, month: 1, day: 1 }, precision: 'year' } };
}

function readAnaphoric(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const words = match[0].toLowerCase().trim();
  const unitWord = /\b(day|morning|evening|night|week|month|year)s?\b/.exec(words)?.[1];
  if (!unitWord) return undefined;
  const unit: Unit = unitWord === 'week' || unitWord === 'month' || unitWord === 'year' ? unitWord : 'day';
  let count: number | undefined;
  if (/\b(?:next|following)\b/.test(words)) count = 1;
  else if (/\b(?:previous|preceding)\b|\bday before\b/.test(words)) count = -1;
  else if (/\bthat\b|\bsame\b/.test(words)) count = 0;
  else {
    const number = /^(?:\S+\s+)??(\S+)\s+(?:day|week|month|year)s?\s+(later|earlier|after(?:wards)?)$/.exec(words);
    const value = number ? countOf(number[1]!) : undefined;
    if (value === undefined) return undefined;
    count = number![2] === 'earlier' ? -value : value;
  }
  const previous = context.previous;
  if (!previous) return unplaced('no date before it in the text', `'${match[0].trim()}' counts from a date, but no date comes before it in the text`);
  if (PRECISION_RANK[previous.precision] < PRECISION_RANK[UNIT_NEEDS[unit]]) {
    return unplaced('the date before it is too coarse', `'${match[0].trim()}' counts ${unit}s from ${anchorWords(previous)}, which the text gives only to the ${previous.precision}`);
  }
  return counted(previous, unit, count, !/\b(?:later|earlier|after)/.test(words));
}

export const anaphoricDatePatterns: readonly DatePattern[] = [
  {
    kind: 'counted from the date before',
    regex: new RegExp(
      `${WORD_START}(?:${anyCaseOf(['the next', 'the following', 'the previous', 'the preceding', 'the same', 'later that', 'earlier that', 'that'])}\\s+(?:day|morning|evening|night|week|month|year)|${anyCaseOf(['the day before'])}(?=[,.;])|${COUNT}\\s+(?:day|week|month|year)s?\\s+(?:later|earlier|afterwards?)(?![A-Za-z]))(?![A-Za-z])`,
      'g',
    ),
    read: readAnaphoric,
  },
];
