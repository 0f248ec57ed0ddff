/**
 * The day, month, year and weekday written in a date's words, whatever their order:
 * "17 September 2018", "Sept. 17, 2018", "the 17th of September", "Monday, 11 February".
 */
import { monthNumber, weekdayNumber } from './english-words.js';

export interface CalendarParts {
  day?: number;
  month?: number;
  year?: number;
  weekday?: number;
}

const TOKEN = /(\d{4})(?!\d)|(\d{1,2})(?:st|nd|rd|th)?(?![\d])|([A-Za-z]+\.?)/g;

export function readCalendarParts(words: string): CalendarParts {
  const parts: CalendarParts = {};
  for (const token of words.matchAll(TOKEN)) {
    if (token[1] !== undefined) parts.year = Number(token[1]);
    else if (token[2] !== undefined) parts.day = Number(token[2]);
    else if (token[3] !== undefined) {
      const month = monthNumber(token[3]);
      if (month !== undefined) parts.month = month;
      const weekday = weekdayNumber(token[3].replace(/\.$/, ''));
      if (weekday !== undefined) parts.weekday = weekday;
    }
  }
  return parts;
}
