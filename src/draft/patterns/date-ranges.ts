/**
 * Ranges: "between 10 and 12 February", "from 2015 to 2017", "February 10-12, 2019",
 * "from March to May 2018", "2015–17", "from Monday to Wednesday". Each becomes an EDTF
 * interval whose ends keep the precision their words carry; a side that leaves out its
 * month or year takes it from the other side.
 */
import { addDays, compareDays, edtfDay, edtfMonth, edtfYear, isRealDay, type CalendarDay } from '../calendar-day.js';
import { readCalendarParts, type CalendarParts } from '../calendar-parts.js';
import type { DatePattern, DateReading, ReadingContext } from '../date-reading.js';
import { dayRangeWords, dayWords, monthWords } from '../date-words.js';
import { anyCase, DAY, MONTH_ANY, MONTH_FULL, PREPOSITION, WEEKDAY, WORD_START, YEAR } from '../english-words.js';
import { dayOccurrence, monthOccurrence, weekdayOccurrence } from '../nearest-occurrence.js';

const DAY_DATE = `(?:${DAY}\\s+(?:of\\s+)?${MONTH_ANY}(?:,?\\s+${YEAR})?|${MONTH_ANY}\\s+${DAY}(?:,?\\s+${YEAR})?)`;
const MONTH_DATE = `(?:${MONTH_ANY},?\\s+(?:of\\s+)?${YEAR}|${MONTH_FULL})`;
const SIDE = `(?:${DAY_DATE}|${MONTH_DATE}|${YEAR})`;
const DASH = '\\s*[-–—]\\s*';
const TO_WORD = '(?:to|until|till|through|into)';
const TO = `\\s+${TO_WORD}\\s+`;
const LEAD = `(?:${PREPOSITION}\\s+)?`;

/** Where the connecting word is, to split the words into their two sides. */
const CONNECTOR = /\s+(?:and|to|until|till|through|into)\s+|\s*[-–—]\s*/g;

function splitSides(words: string): [string, string] | undefined {
  const body = words.replace(/^\s*(?:\S+\s+)?(?:between|from)\s+/i, (lead) => ' '.repeat(lead.length));
  const connectors = [...body.matchAll(CONNECTOR)].filter((c) => c.index > 0 && /\S/.test(body.slice(0, c.index)));
  const last = connectors.at(-1);
  if (!last) return undefined;
  return [body.slice(0, last.index), body.slice(last.index + last[0].length)];
}

type Side = CalendarParts & { precision: 'day' | 'month' | 'year' };

function sideOf(parts: CalendarParts): Side | undefined {
  if (parts.day !== undefined && parts.month !== undefined) return { ...parts, precision: 'day' };
  if (parts.month !== undefined) return { ...parts, precision: 'month' };
  if (parts.year !== undefined) return { ...parts, precision: 'year' };
  return undefined;
}

const edtfOf = (side: Side & { year: number }): string =>
  side.precision === 'day' ? edtfDay({ year: side.year, month: side.month!, day: side.day! }) : side.precision === 'month' ? edtfMonth({ year: side.year, month: side.month! }) : edtfYear(side.year);

const dayOf = (side: Side & { year: number }): CalendarDay => ({ year: side.year, month: side.month!, day: side.day! });

const wordsOf = (side: Side & { year: number }): string =>
  side.precision === 'day' ? dayWords({ year: side.year, month: side.month!, day: side.day! }) : side.precision === 'month' ? monthWords({ year: side.year, month: side.month! }) : edtfYear(side.year);

/** Position in the year, to tell whether the first side falls after the second within one year. */
const dayOfYearKey = (side: Side): number => (side.month ?? 1) * 32 + (side.day ?? 0);

function readCalendarRange(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const sides = splitSides(match[0]);
  if (!sides) return undefined;
  const left = readCalendarParts(sides[0]);
  const right = readCalendarParts(sides[1]);
  // "10-12 February": the first side is a bare day; "February 10-12": the second is.
  if (left.month === undefined && left.year === undefined && left.day !== undefined) left.month = right.month;
  if (right.month === undefined && right.year === undefined && right.day !== undefined) right.month = left.month;
  // "2015–17"
  if (right.year === undefined && right.month === undefined && right.day !== undefined && left.year !== undefined && /\d{4}\s*[-–—]\s*\d\d$/.test(match[0])) {
    right.year = Math.floor(left.year / 100) * 100 + right.day;
    delete right.day;
  }
  const first = sideOf(left);
  const last = sideOf(right);
  if (!first || !last) return undefined;
  let basis: DateReading['basis'] = 'written';
  if (first.year === undefined && last.year !== undefined) {
    first.year = dayOfYearKey(first) > dayOfYearKey(last) ? last.year - 1 : last.year;
  } else if (first.year === undefined) {
    // No year on either side: the start is placed as a lone day or month would be.
    const which = context.future ? 'coming' : 'latest';
    basis = 'published';
    first.year = first.precision === 'day' ? dayOccurrence(first.month!, first.day!, context.published, which)?.year : monthOccurrence(first.month!, context.published, which).year;
    if (first.year === undefined) return undefined;
  }
  if (last.year === undefined) last.year = dayOfYearKey(last) < dayOfYearKey(first) ? first.year + 1 : first.year;
  const start = first as Side & { year: number };
  const end = last as Side & { year: number };
  for (const side of [start, end]) {
    if (side.precision === 'day' && !isRealDay(side.year, side.month!, side.day!)) return undefined;
  }
  const [startText, endText] = [edtfOf(start), edtfOf(end)];
  if (endText <= startText) {
    return { explanation: 'a range that ends before it starts', reason: `the range ${wordsOf(start)} to ${wordsOf(end)} ends before it starts`, basis };
  }
  const how = basis === 'written' ? 'a range as written' : 'a range with no year, the latest before publication';
  const anchorDay: CalendarDay = { year: start.year, month: start.month ?? 1, day: start.day ?? 1 };
  return {
    start: startText,
    end: endText,
    explanation: `${how}, ${start.precision === 'day' && end.precision === 'day' ? dayRangeWords(dayOf(start), dayOf(end)) : `${wordsOf(start)} to ${wordsOf(end)}`}`,
    basis,
    anchor: { day: anchorDay, precision: start.precision },
  };
}

function readWeekdayRange(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const sides = splitSides(match[0]);
  if (!sides) return undefined;
  const first = readCalendarParts(sides[0]).weekday;
  const last = readCalendarParts(sides[1]).weekday;
  if (first === undefined || last === undefined) return undefined;
  const start = weekdayOccurrence(first, context.published, context.future ? 'coming' : 'latest');
  const end = addDays(start, (last - first + 7) % 7 || 7);
  if (compareDays(end, start) <= 0) return undefined;
  return {
    start: edtfDay(start),
    end: edtfDay(end),
    explanation: `the days ${context.future ? 'next' : 'before'}, ${dayWords(start)} to ${dayWords(end)}`,
    basis: 'published',
    anchor: { day: start, precision: 'day' },
  };
}

export const dateRangePatterns: readonly DatePattern[] = [
  {
    kind: 'range of dates',
    regex: new RegExp(
      [
        `${anyCase('between')}\\s+(?:${SIDE}|${DAY})\\s+and\\s+${SIDE}`,
        `${anyCase('from')}\\s+(?:${SIDE}|${DAY})${TO}${SIDE}`,
        `${LEAD}(?:${anyCase('between')}\\s+|${anyCase('from')}\\s+)?${MONTH_ANY}\\s+${DAY}(?:${DASH}|\\s+(?:and|to|through)\\s+)${DAY}(?:,?\\s+${YEAR})?`,
        `${LEAD}${DAY}${DASH}${DAY_DATE}`,
        `${LEAD}(?:${DAY_DATE}|${MONTH_DATE})(?:${DASH}|${TO})(?:${DAY_DATE}|${MONTH_DATE})`,
        `${LEAD}${YEAR}${DASH}(?:${YEAR}|\\d\\d(?!\\d))`,
      ]
        .map((alternative) => `${WORD_START}${alternative}`)
        .join('|'),
      'g',
    ),
    read: readCalendarRange,
  },
  {
    kind: 'range of weekdays',
    regex: new RegExp(`${WORD_START}(?:${anyCase('between')}\\s+${WEEKDAY}\\s+and|${anyCase('from')}\\s+${WEEKDAY}\\s+${TO_WORD})\\s+${WEEKDAY}`, 'g'),
    read: readWeekdayRange,
  },
];
