/**
 * Seasons: "in the spring of 2017", "autumn 2016", "last fall", "this summer", "in the
 * winter". EDTF codes them 21–24, which the model reads as northern meteorological seasons
 * (winter 2018 = December 2018 to February 2019).
 */
import { edtfYear } from '../calendar-day.js';
import type { DatePattern, DateReading, ReadingContext } from '../date-reading.js';
import { seasonWords } from '../date-words.js';
import { anyCaseOf, PREPOSITION, SEASON, SEASON_CODES, SEASON_FIRST_MONTHS, seasonName, WORD_START, YEAR, type SeasonName } from '../english-words.js';
import { seasonOccurrence, type Occurrence } from '../nearest-occurrence.js';

const EDGE = '(?:(?:early|late|mid)[\\s-]+)';
const NOT_OF_SOMETHING = '(?!\\s+of\\b)';

function seasonReading(words: string, year: number, basis: 'written' | 'published', how: string): DateReading | undefined {
  const season = seasonName(/spring|summer|autumn|fall|winter/i.exec(words)?.[0] ?? '');
  if (!season) return undefined;
  return {
    start: `${edtfYear(year)}-${SEASON_CODES[season]}`,
    explanation: `${how}${seasonWords(season, year)}`,
    basis,
    anchor: { day: { year, month: SEASON_FIRST_MONTHS[season], day: 1 }, precision: 'year' },
  };
}

function isInSeason(month: number, season: SeasonName): boolean {
  return (month - SEASON_FIRST_MONTHS[season] + 12) % 12 <= 2;
}

function readSeasonOfYear(match: RegExpExecArray): DateReading | undefined {
  const year = Number(/\d{4}/.exec(match[0])![0]);
  return seasonReading(match[0], year, 'written', 'as written, ');
}

function readRelativeSeason(match: RegExpExecArray, context: ReadingContext): DateReading | undefined {
  const words = match[0].toLowerCase();
  const which: Occurrence = /\blast\b/.test(words) ? 'previous' : /\bthis past\b/.test(words) ? 'latest' : /\bthis\b/.test(words) ? 'current' : /\bnext\b/.test(words) ? 'next' : context.future ? 'coming' : 'latest';
  const season = seasonName(/spring|summer|autumn|fall|winter/.exec(words)?.[0] ?? '');
  if (!season) return undefined;
  const year = seasonOccurrence(season, context.published, which);
  const holdsPublication = year === seasonOccurrence(season, context.published, 'latest') && isInSeason(context.published.month, season);
  const how = holdsPublication
    ? `the ${season} of publication, `
    : which === 'previous'
      ? `the ${season} before ${isInSeason(context.published.month, season) ? 'the one of publication' : 'publication'}, `
      : which === 'current'
        ? `the ${season} of the publication year, `
        : which === 'next'
          ? `the next ${season}, `
          : which === 'coming'
            ? `the coming ${season}, as the sentence speaks of the future, `
            : `the last ${season} before publication, `;
  return seasonReading(words, year, 'published', how);
}

export const seasonPatterns: readonly DatePattern[] = [
  {
    kind: 'season of a year',
    // "the winter of 2017-18" is the winter EDTF names by its December, 2017-24.
    regex: new RegExp(`${WORD_START}(?:${PREPOSITION}\\s+)?(?:the\\s+)?${EDGE}?${SEASON}(?:\\s+of)?,?\\s+${YEAR}(?:\\s*[-–/]\\s*(?:\\d{4}|\\d{2})(?!\\d))?`, 'g'),
    read: readSeasonOfYear,
  },
  {
    kind: 'season',
    // A season alone needs words that make it a time ("last fall", "in the spring"), so that
    // "the fall of Aleppo" or "a spring offensive" are not read as seasons.
    regex: new RegExp(
      `${WORD_START}(?:${anyCaseOf(['last', 'this past', 'this', 'next'])}\\s+|${PREPOSITION}\\s+(?:the\\s+)?${EDGE}?|${anyCaseOf(['early', 'late'])}\\s+)${SEASON}${NOT_OF_SOMETHING}`,
      'g',
    ),
    read: readRelativeSeason,
  },
];
