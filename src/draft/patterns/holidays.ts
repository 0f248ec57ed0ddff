/**
 * Holidays on fixed days of the Gregorian calendar: "by Christmas", "on New Year's Eve".
 * Movable feasts (Easter, Eid, Nowruz's eve in some years) are left out rather than guessed.
 */
import { edtfDay } from '../calendar-day.js';
import type { DatePattern, DateReading, ReadingContext } from '../date-reading.js';
import { dayWords } from '../date-words.js';
import { anyCaseOf, PREPOSITION, WORD_START, YEAR } from '../english-words.js';
import { dayOccurrence } from '../nearest-occurrence.js';

const HOLIDAYS: ReadonlyArray<readonly [RegExp, number, number, string]> = [
  [/christmas eve/i, 12, 24, 'Christmas Eve'],
  [/christmas/i, 12, 25, 'Christmas Day'],
  [/new year['’]s eve/i, 12, 31, "New Year's Eve"],
  [/new year/i, 1, 1, "New Year's Day"],
];

function readHoliday(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const holiday = HOLIDAYS.find(([pattern]) => pattern.test(match[0]));
  if (!holiday) return undefined;
  const [, month, dayOfMonth, name] = holiday;
  const written = /\d{4}/.exec(match[0]);
  if (written) {
    const day = { year: Number(written[0]), month, day: dayOfMonth };
    return { start: edtfDay(day), explanation: `${name} as written, ${dayWords(day)}`, basis: 'written', anchor: { day, precision: 'day' } };
  }
  const which = context.future ? 'coming' : 'latest';
  const day = dayOccurrence(month, dayOfMonth, context.published, which)!;
  const how = which === 'latest' ? 'the latest before publication' : 'the coming one, as the sentence speaks of the future';
  return { start: edtfDay(day), explanation: `${name}, ${how}: ${dayWords(day)}`, basis: 'published', anchor: { day, precision: 'day' } };
}

export const holidayPatterns: readonly DatePattern[] = [
  {
    kind: 'holiday',
    regex: new RegExp(`${WORD_START}(?:(?:${PREPOSITION}|${anyCaseOf(['at', 'over'])})\\s+)?(?:Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?)(?:\\s+${YEAR})?(?![A-Za-z])`, 'g'),
    read: readHoliday,
  },
];
