/**
 * The `start`/`end` fields of one record as the dates of an event, or a
 * reason (to follow "record N: ") why they cannot be placed on a timeline.
 */
import type { EventDate, OpenBound } from './event-date.js';
import { INPUT_PROBLEMS, OPEN_END, parseDateInput, type ParsedDateInput } from './parse-event-date.js';
import { quoteValue } from './quote-value.js';
import { DRAWABLE_RANGE_TEXT, isDrawable } from './drawable-range.js';

export const DATE_EXAMPLES = '(expected e.g. 2018-09-17, 2011-03, 2017-23)';

export interface EventDates {
  readonly start: EventDate;
  readonly end?: EventDate;
  readonly openStart?: OpenBound;
  readonly openEnd?: OpenBound;
}

export type ReadDates = EventDates | { readonly reason: string };

export type DateParser = (input: unknown) => ParsedDateInput;

/** Absent, null, or blank text (an empty CSV cell) all mean "not given". */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function dateProblem(field: string, value: unknown, problem: string): string {
  const hint = problem === INPUT_PROBLEMS.intervalOrder ? '' : ` ${DATE_EXAMPLES}`;
  return `${field} ${quoteValue(value)} ${problem}${hint}`;
}

/**
 * Valid EDTF can name years no Date holds (`Y-13800000000`, the Big Bang), and a Date can hold instants
 * no view around them could (8.64e15 ms, plus the margin layout adds): such an event cannot be placed.
 */
const BEYOND_DATE_RANGE = `is beyond the years a timeline can show (${DRAWABLE_RANGE_TEXT})`;

/** `parse` reads one date input: parseDateInput, or one that shares the results of texts a load repeats. */
export function readEventDates(start: unknown, end: unknown, parse: DateParser = parseDateInput): ReadDates {
  const dates = readDates(start, end, parse);
  if ('reason' in dates) return dates;
  if (!isDrawable(dates.start.earliest) || !isDrawable(dates.start.latest)) {
    return { reason: `start ${quoteValue(dates.start.text)} ${BEYOND_DATE_RANGE}` };
  }
  if (dates.end && !isDrawable(dates.end.latest)) {
    return { reason: `end ${quoteValue(dates.end.text)} ${BEYOND_DATE_RANGE}` };
  }
  return dates;
}

/** Fewest and most a number can be to read as a four-digit year. */
const FIRST_YEAR_LIKE = 1000;
const LAST_YEAR_LIKE = 9999;

/**
 * Whether a date given as a number looks like a year. A number is epoch milliseconds, so `2019` is two
 * seconds into 1970: accepted as such, but almost surely a year written without quotes.
 */
function isYearLikeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= FIRST_YEAR_LIKE && value <= LAST_YEAR_LIKE;
}

function didYouMean(year: number): string {
  return `did you mean "${year}"?`;
}

/** Adds to `notes` a warning when an accepted record's `field` (start or end) is a number that looks like a year. */
export function noteYearLikeNumber(field: 'start' | 'end', value: unknown, notes: string[]): void {
  if (!isYearLikeNumber(value)) return;
  const instant = new Date(value).toISOString();
  notes.push(`${field} ${value} is a number, so it is read as milliseconds since 1970 (${instant}); ${didYouMean(value)}`);
}

function readDates(start: unknown, end: unknown, parse: DateParser): ReadDates {
  if (isBlank(start)) return { reason: `has no start ${DATE_EXAMPLES}` };
  const parsed = parse(start);
  switch (parsed.kind) {
    case 'invalid':
      return { reason: dateProblem('start', start, parsed.problem) };
    case 'interval':
      return fromInterval(parsed, start, end);
    case 'date':
      return withEnd(parsed.date, end, parse);
  }
}

function fromInterval(
  interval: { start?: EventDate; end?: EventDate; openStart?: OpenBound; openEnd?: OpenBound },
  start: unknown,
  end: unknown,
): ReadDates {
  if (!isBlank(end)) {
    return { reason: `start ${quoteValue(start)} is an interval, so it gives the end too; leave out end ${quoteValue(end)}` };
  }
  if (interval.start) {
    return interval.end
      ? { start: interval.start, end: interval.end }
      : { start: interval.start, openEnd: interval.openEnd ?? 'unknown' };
  }
  if (interval.end) {
    // Only the end is known: the event is placed at it, marked as having begun earlier.
    return { start: interval.end, openStart: interval.openStart ?? 'unknown' };
  }
  return { reason: `start ${quoteValue(start)} gives no date at either end ${DATE_EXAMPLES}` };
}

function withEnd(start: EventDate, end: unknown, parse: DateParser): ReadDates {
  if (isBlank(end)) return { start };
  if (typeof end === 'string' && end.trim() === OPEN_END) return { start, openEnd: 'open' };
  const parsed = parse(end);
  if (parsed.kind === 'invalid') return { reason: dateProblem('end', end, parsed.problem) };
  if (parsed.kind === 'interval') return { reason: `end ${quoteValue(end)} is an interval; give one date, or put the interval in start` };
  if (parsed.date.latest < start.earliest) {
    const hint = isYearLikeNumber(end) ? ` (a number is read as milliseconds since 1970; ${didYouMean(end)})` : '';
    return { reason: `end ${quoteValue(end)} is before start ${quoteValue(start.text)}${hint}` };
  }
  return { start, end: parsed.date };
}
