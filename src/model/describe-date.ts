/**
 * Dates in words, at the precision they are known: "March 2011", "autumn
 * 2017, approximate", "4 May 2017 – September 2017", "March 2011 – ongoing".
 *
 * All wording lives in a DateWords value and a date-fns locale, so another
 * language is another DateWords, not another code path. Formatting reads UTC
 * fields (utcFieldsAsLocal), so the words never depend on the reader's zone.
 */
import { format } from 'date-fns';
import type { Locale } from 'date-fns';
import type { DatePrecision, DateSet, DateSetMember, EventDate, Season } from './event-date.js';
import type { TimelineEvent } from './timeline-event.js';
import { isDateRepresentable, utcFieldsAsLocal, utcYearOf } from './utc-calendar.js';

/** date-fns `format` patterns, one per precision that is a plain calendar unit. */
export interface DatePatterns {
  readonly instant: string;
  /** Used when the instant has seconds. */
  readonly instantWithSeconds: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export interface DateWords {
  readonly seasons: Readonly<Record<Season, string>>;
  readonly approximate: string;
  readonly uncertain: string;
  /** An open end (EDTF `..`): the event goes on. */
  readonly ongoing: string;
  /** An unknown end or start (EDTF empty end). */
  readonly unknown: string;
  /** A decade (`201X`), given the first year of its digits: 2010; -2010 for `-201X`. */
  readonly decade: (startYear: number) => string;
  /** A century (`19XX`, `19`) by ordinal: 20 for 1900–1999, -20 for -1999…-1900. */
  readonly century: (n: number) => string;
  /** An ISO week (`2020-W19`), given its Monday as a day in words: "the week of 4 May 2020". */
  readonly week: (monday: string) => string;
  /** A span between two described dates. */
  readonly range: (a: string, b: string) => string;
  /** Dates of years 1 and later. */
  readonly patterns: DatePatterns;
  /** Dates of year 0 (1 BC) and earlier, which need an era to be read right. */
  readonly eraPatterns: DatePatterns;
  /** Dates of years AD that name their era, for the end of a span that starts BC ("711 BC – AD 762"). */
  readonly adPatterns?: DatePatterns;
  /** A season of a year: ("autumn", "2017") → "autumn 2017". */
  readonly season: (season: string, year: string) => string;
  /** A date with its hedges: ("autumn 2017", ["approximate"]) → "autumn 2017, approximate". */
  readonly qualified: (date: string, qualifiers: readonly string[]) => string;
  /** A span whose start is open (EDTF `../2019`): "until 2019". */
  readonly until: (end: string) => string;
  /** A year too far from now for a calendar (EDTF `Y170000002`), astronomical numbering. */
  readonly farYear: (year: number) => string;
  /** One date of several (EDTF `[a,b]`): ["17", "18 September 2018"] → "17 or 18 September 2018". */
  readonly oneOf: (dates: readonly string[]) => string;
  /** Every one of several dates (EDTF `{a,b}`): "January 2019 and February 2019". */
  readonly allOf: (dates: readonly string[]) => string;
  /** A one-of set that runs on before its first date (`[..a]`): "14 February 2019 or earlier". */
  readonly orEarlier: (date: string) => string;
  /** … or after its last (`[a..]`): "14 February 2019 or later". */
  readonly orLater: (date: string) => string;
  /** One date of a run of them (`[a..b]`): "some day between 17 September 2018 and 20 September 2018". */
  readonly between: (a: string, b: string) => string;
}

/** Joins words as "a, b or c" (disjunction) or "a, b and c" in a language, through Intl. */
export function listJoiner(language: string, type: 'disjunction' | 'conjunction'): (items: readonly string[]) => string {
  const list = new Intl.ListFormat(language, { type, style: 'long' });
  return (items) => list.format(items);
}

export interface DescribeOptions {
  readonly words?: DateWords;
  /** date-fns locale for month names and numbers; date-fns' default (en-US) when absent. */
  readonly locale?: Locale;
  /** Names the era of a year AD too: beside a date BC, a bare "762" would read as BC as well. */
  readonly namesEra?: boolean;
}

const EN_PATTERNS: DatePatterns = {
  instant: "d MMMM y, HH:mm 'UTC'",
  instantWithSeconds: "d MMMM y, HH:mm:ss 'UTC'",
  day: 'd MMMM y',
  month: 'MMMM y',
  year: 'y',
};

/** Date patterns that name the era, for year 0 and earlier. */
export function withEra(patterns: DatePatterns, era: string): DatePatterns {
  const add = (pattern: string): string => pattern.replace(/\by\b/, `y ${era}`);
  return {
    instant: add(patterns.instant),
    instantWithSeconds: add(patterns.instantWithSeconds),
    day: add(patterns.day),
    month: add(patterns.month),
    year: add(patterns.year),
  };
}

function englishOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export const EN_DATE_WORDS: DateWords = {
  seasons: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
  approximate: 'approximate',
  uncertain: 'uncertain',
  ongoing: 'ongoing',
  unknown: 'unknown',
  decade: (startYear) => (startYear >= 0 ? `the ${startYear}s` : `the ${-startYear}s BC`),
  century: (n) => (n > 0 ? `the ${englishOrdinal(n)} century` : `the ${englishOrdinal(-n)} century BC`),
  week: (monday) => `the week of ${monday}`,
  range: (a, b) => `${a} – ${b}`,
  patterns: EN_PATTERNS,
  eraPatterns: withEra(EN_PATTERNS, 'G'),
  adPatterns: withEra(EN_PATTERNS, 'G'),
  season: (season, year) => `${season} ${year}`,
  qualified: (date, qualifiers) => `${date}, ${qualifiers.join(' and ')}`,
  until: (end) => `until ${end}`,
  farYear: (year) => (year > 0 ? String(year) : `${1 - year} BC`),
  oneOf: listJoiner('en-GB', 'disjunction'),
  allOf: listJoiner('en-GB', 'conjunction'),
  orEarlier: (date) => `${date} or earlier`,
  orLater: (date) => `${date} or later`,
  between: (a, b) => `some time between ${a} and ${b}`,
};

const LONG_YEAR_TEXT = /^Y(-?\d+)$/;
const YEARS_PER_CENTURY = 100;
const CALENDAR_PRECISIONS: ReadonlySet<DatePrecision> = new Set(['instant', 'day', 'month', 'year']);

/** One date in words, with its precision and hedges. */
export function describeDate(date: EventDate, options?: DescribeOptions): string {
  const words = options?.words ?? EN_DATE_WORDS;
  if (date.set) return describeSet(date.set, options, words);
  const text = describeUnqualified(date, words, options?.locale, options?.namesEra ?? false);
  const qualifiers = [
    ...(date.approximate ? [words.approximate] : []),
    ...(date.uncertain ? [words.uncertain] : []),
  ];
  return qualifiers.length > 0 ? words.qualified(text, qualifiers) : text;
}

/** An event's dates in words: one date, a span, or a span with an open or unknown end. */
export function describeEventDate(
  event: Pick<TimelineEvent, 'start' | 'end' | 'openStart' | 'openEnd'>,
  options?: DescribeOptions,
): string {
  const words = options?.words ?? EN_DATE_WORDS;
  if (event.openStart) {
    const known = describeDate(event.end ?? event.start, options);
    return event.openStart === 'open' ? words.until(known) : words.range(words.unknown, known);
  }
  const start = describeDate(event.start, options);
  if (event.openEnd) return words.range(start, event.openEnd === 'open' ? words.ongoing : words.unknown);
  if (!event.end) return start;
  const end = describeDate(event.end, { ...options, namesEra: crossesEra(event.start.earliest, event.end.latest) });
  return end === start ? start : words.range(start, end);
}

/**
 * A set in words: its members joined by "or" (one of) or "and" (all of), each at its own precision
 * and with its own hedges. Days of one month share it: "17 or 18 September 2018".
 */
function describeSet(set: DateSet, options: DescribeOptions | undefined, words: DateWords): string {
  const memberWords = (member: DateSetMember) => {
    const from = describeDate(member.date, options);
    if (!member.through) return from;
    const to = describeDate(member.through, options);
    return set.kind === 'one-of' ? words.between(from, to) : words.range(from, to);
  };
  const join = set.kind === 'one-of' ? words.oneOf : words.allOf;
  const listed = daysOfOneMonth(set, options, join) ?? join(set.members.map(memberWords));
  // A set may run on at both ends (`[..a,b..]`): it says both.
  const earlier = set.earlier ? words.orEarlier(listed) : listed;
  return set.later ? words.orLater(earlier) : earlier;
}

/** Digits in the scripts date-fns locales write: Latin, Arabic-Indic, Eastern Arabic-Indic (Persian). */
const DIGIT = '0-9\u0660-\u0669\u06F0-\u06F9';

/**
 * "17 or 18 September 2018": plain days of one month, named once. The last day is written in full
 * and its day number replaced by the list of them; undefined (name each in full) when the members
 * are not such days, or the day number cannot be found once in the written date.
 */
function daysOfOneMonth(
  set: DateSet,
  options: DescribeOptions | undefined,
  join: (items: readonly string[]) => string,
): string | undefined {
  const { members } = set;
  if (members.length < 2) return undefined;
  const first = members[0]!.date;
  const month = utcFieldsAsLocal(first.earliest);
  const plainDay = (m: DateSetMember) => {
    const d = m.date;
    if (m.through || d.precision !== 'day' || d.uncertain || d.approximate || !isDateRepresentable(d.earliest)) return false;
    const local = utcFieldsAsLocal(d.earliest);
    return local.getFullYear() === month.getFullYear() && local.getMonth() === month.getMonth();
  };
  if (!members.every(plainDay)) return undefined;
  const locale = options?.locale ? { locale: options.locale } : undefined;
  const dayNumbers = members.map((m) => format(utcFieldsAsLocal(m.date.earliest), 'd', locale));
  const last = describeDate(members[members.length - 1]!.date, options);
  const lastDay = new RegExp(`(?<![${DIGIT}])${dayNumbers[dayNumbers.length - 1]!}(?![${DIGIT}])`, 'g');
  const found = [...last.matchAll(lastDay)];
  if (found.length !== 1) return undefined;
  const at = found[0]!.index!;
  const number = found[0]![0];
  // German writes ordinal days ("18. September"): each day of the list keeps its point.
  const point = last[at + number.length] === '.' ? '.' : '';
  const listed = join(dayNumbers.map((n) => `${n}${point}`));
  return `${last.slice(0, at)}${listed}${last.slice(at + number.length + point.length)}`;
}

/** Whether a stretch runs from a year BC (year 0 or before) into a year AD, where the end must name its era. */
export function crossesEra(from: number, to: number): boolean {
  return utcYearOf(from) <= 0 && utcYearOf(to) > 0;
}

function describeUnqualified(date: EventDate, words: DateWords, locale: Locale | undefined, namesEra: boolean): string {
  const patternsFor = (ms: number): DatePatterns =>
    utcYearOf(ms) <= 0 ? words.eraPatterns : namesEra && words.adPatterns ? words.adPatterns : words.patterns;
  const farYear = LONG_YEAR_TEXT.exec(date.text);
  if (farYear) return words.farYear(Number(farYear[1]));
  if (!isDateRepresentable(date.earliest) || !isDateRepresentable(date.latest)) return date.text;
  switch (date.precision) {
    case 'season':
      return words.season(words.seasons[date.season ?? seasonOf(date.earliest)], formatYear(date.earliest, patternsFor, locale));
    case 'week':
      return words.week(formatCalendarDate({ ...date, precision: 'day' }, patternsFor, locale));
    case 'decade':
      return words.decade(yearNearestZero(date));
    case 'century':
      return words.century(centuryOrdinal(yearNearestZero(date)));
    default:
      return formatCalendarDate(date, patternsFor, locale);
  }
}

function formatCalendarDate(date: EventDate, patternsFor: (ms: number) => DatePatterns, locale: Locale | undefined): string {
  const precision = CALENDAR_PRECISIONS.has(date.precision) ? date.precision : 'year';
  const patterns = patternsFor(date.earliest);
  const local = utcFieldsAsLocal(date.earliest);
  const key: keyof DatePatterns =
    precision === 'instant' ? (local.getSeconds() === 0 ? 'instant' : 'instantWithSeconds') : (precision as keyof DatePatterns);
  return format(local, patterns[key], locale ? { locale } : undefined);
}

function formatYear(ms: number, patternsFor: (ms: number) => DatePatterns, locale: Locale | undefined): string {
  return format(utcFieldsAsLocal(ms), patternsFor(ms).year, locale ? { locale } : undefined);
}

/** The year a decade or century is named by: its first for AD years, its last (closest to 0) before. */
function yearNearestZero(date: EventDate): number {
  const first = utcYearOf(date.earliest);
  return first >= 0 ? first : utcYearOf(date.latest);
}

/** 1900 → 20 (the 1900s as "the 20th century"); -1900 → -20. */
function centuryOrdinal(year: number): number {
  const n = Math.floor(Math.abs(year) / YEARS_PER_CENTURY) + 1;
  return year >= 0 ? n : -n;
}

const SEASON_BY_MONTH: readonly Season[] = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'];

/** For a season-precision date built without `season` (not by our parser). */
function seasonOf(ms: number): Season {
  return SEASON_BY_MONTH[new Date(ms).getUTCMonth()]!;
}
