/**
 * The patterns that read English dates, in the order that settles ties (a range before its ends),
 * and a way for another language to be read through them: its words put into English words
 * that mean the same date ("geçen sonbahar" → "last fall").
 */
import type { DatePattern, DateReading, ReadingContext } from './date-reading.js';
import { absoluteDatePatterns } from './patterns/absolute-dates.js';
import { anaphoricDatePatterns } from './patterns/anaphoric-dates.js';
import { dateRangePatterns } from './patterns/date-ranges.js';
import { holidayPatterns } from './patterns/holidays.js';
import { relativeDayPatterns } from './patterns/relative-days.js';
import { relativeUnitPatterns } from './patterns/relative-units.js';
import { seasonPatterns } from './patterns/seasons.js';

export const englishPatterns: readonly DatePattern[] = [
  ...dateRangePatterns,
  ...seasonPatterns,
  ...absoluteDatePatterns,
  ...relativeUnitPatterns,
  ...relativeDayPatterns,
  ...holidayPatterns,
  ...anaphoricDatePatterns,
];

/** Patterns for written forms that are the same in every language: `2019-02-11`, `11/02/2019`. */
export const numericDatePatterns: readonly DatePattern[] = absoluteDatePatterns.filter((p) => p.kind === 'ISO day' || p.kind === 'numeric day');

/** The reading of English words that must be one date expression as a whole, or undefined. */
export function readEnglishWords(words: string, context: ReadingContext): DateReading | undefined {
  for (const pattern of englishPatterns) {
    const match = new RegExp(`^(?:${pattern.regex.source})$`, pattern.regex.flags.replace('g', '')).exec(words);
    if (match) {
      const reading = pattern.read(match, context);
      if (reading) return reading;
    }
  }
  return undefined;
}
