/**
 * Days named from the publication date: "on Monday", "last Tuesday", "Monday night",
 * "yesterday", "this morning", "three days ago", "a week ago", "a year ago".
 */
import { addDays, addMonths, edtfDay, edtfMonth, edtfYear, type CalendarDay } from '../calendar-day.js';
import type { DatePattern, DateReading, ReadingContext } from '../date-reading.js';
import { unplaced } from '../date-reading.js';
import { dayWords, monthWords, weekdayName } from '../date-words.js';
import { anyCaseOf, COUNT, countOf, weekdayNumber, WEEKDAY, WORD_START } from '../english-words.js';
import { weekdayOccurrence, type Occurrence } from '../nearest-occurrence.js';

const TIME_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))';

function dayReading(day: CalendarDay, explanation: string): DateReading {
  return { start: edtfDay(day), explanation, basis: 'published', anchor: { day, precision: 'day' } };
}

function readWeekday(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const words = match[0].toLowerCase();
  const weekday = weekdayNumber(/(?:mon|tues|wednes|thurs|fri|satur|sun)day/.exec(words)?.[0] ?? '');
  if (weekday === undefined) return undefined;
  const which: Occurrence = /\blast\b/.test(words) ? 'previous' : /\bnext\b/.test(words) ? 'next' : /\bthis past\b/.test(words) ? 'latest' : context.future ? 'coming' : 'latest';
  const day = weekdayOccurrence(weekday, context.published, which);
  const name = weekdayName(weekday);
  const same = day.year === context.published.year && day.month === context.published.month && day.day === context.published.day;
  const how = same
    ? `the day of publication, ${dayWords(day)}`
    : which === 'previous'
      ? `the ${name} of the week before, ${dayWords(day)}`
      : which === 'latest'
        ? `the ${name} before, ${dayWords(day)}`
        : which === 'next'
          ? `the next ${name}, ${dayWords(day)}`
          : `the coming ${name}, as the sentence speaks of the future, ${dayWords(day)}`;
  return dayReading(day, how);
}

const DAY_WORDS: ReadonlyArray<readonly [RegExp, number, string]> = [
  [/day before yesterday/, -2, 'two days before publication'],
  [/day after tomorrow/, 2, 'two days after publication'],
  [/yesterday|last night/, -1, 'the day before publication'],
  [/tomorrow/, 1, 'the day after publication'],
  [/today|tonight|this (?:morning|afternoon|evening)/, 0, 'the day of publication'],
];

function readDayWord(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const words = match[0].toLowerCase();
  const entry = DAY_WORDS.find(([pattern]) => pattern.test(words));
  if (!entry) return undefined;
  const day = addDays(context.published, entry[1]);
  return dayReading(day, `${entry[2]}, ${dayWords(day)}`);
}

/**
 * "N units ago" at the precision the words carry: days are days; weeks are the day N weeks
 * back, approximate; a month or a year back is that month, approximate; more years are a year.
 */
function readAgo(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const parsed = /(\S+(?:\s+(?:few|couple\s+of))?)\s+(day|week|month|year|decade)s?\s+ago/i.exec(match[0]);
  if (!parsed) return undefined;
  const count = countOf(parsed[1]!);
  const unit = parsed[2]!.toLowerCase();
  if (count === undefined) {
    return unplaced(`'${parsed[1]}' is no number`, `'${match[0].trim()}' gives no number of ${unit}s to count back; place it by hand`);
  }
  const published = context.published;
  const counted = `${count} ${unit}${count === 1 ? '' : 's'} before publication`;
  switch (unit) {
    case 'day':
      return dayReading(addDays(published, -count), `${counted}, ${dayWords(addDays(published, -count))}`);
    case 'week': {
      const day = addDays(published, -7 * count);
      return { start: `${edtfDay(day)}~`, explanation: `${counted}, about ${dayWords(day)} (approximate: a week is not a day)`, basis: 'published', anchor: { day, precision: 'day' } };
    }
    case 'month': {
      const month = addMonths(published, -count);
      return { start: `${edtfMonth(month)}~`, explanation: `${counted}, about ${monthWords(month)}`, basis: 'published', anchor: { day: { ...month, day: 1 }, precision: 'month' } };
    }
    default: {
      const years = unit === 'decade' ? 10 * count : count;
      if (years === 1) {
        const month = addMonths(published, -12);
        return { start: `${edtfMonth(month)}~`, explanation: `a year before publication, about ${monthWords(month)}`, basis: 'published', anchor: { day: { ...month, day: 1 }, precision: 'month' } };
      }
      const year = published.year - years;
      return { start: `${edtfYear(year)}~`, explanation: `${years} years before publication, about ${edtfYear(year)}`, basis: 'published', anchor: { day: { year, month: 1, day: 1 }, precision: 'year' } };
    }
  }
}

const LEADING_WEEKDAY_WORDS = anyCaseOf(['on', 'last', 'this past', 'next', 'early on', 'late on', 'early', 'late', 'since', 'by', 'until']);
const HEDGE = anyCaseOf(['about', 'some', 'nearly', 'almost', 'roughly', 'around', 'more than', 'over', 'just', 'only', 'exactly', 'less than']);

export const relativeDayPatterns: readonly DatePattern[] = [
  {
    kind: 'weekday',
    regex: new RegExp(`${WORD_START}(?:${LEADING_WEEKDAY_WORDS}\\s+)?${WEEKDAY}${TIME_OF_DAY}?`, 'g'),
    read: readWeekday,
  },
  {
    kind: 'day word',
    regex: new RegExp(
      `${WORD_START}(?:(?:${anyCaseOf(['earlier', 'later'])}\\s+)?${anyCaseOf(['yesterday', 'today', 'tonight', 'tomorrow'])}${TIME_OF_DAY}?|${anyCaseOf(['last night', 'this morning', 'this afternoon', 'this evening', 'the day before yesterday', 'the day after tomorrow'])})(?![A-Za-z])`,
      'g',
    ),
    read: readDayWord,
  },
  {
    kind: 'ago',
    regex: new RegExp(`${WORD_START}(?:${HEDGE}\\s+)?(?:${COUNT}|${anyCaseOf(['a few', 'a couple of', 'several', 'many', 'some'])})\\s+(?:day|week|month|year|decade)s?\\s+ago(?![A-Za-z])`, 'g'),
    read: readAgo,
  },
];
