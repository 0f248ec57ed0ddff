/**
 * Date input as users give it — EDTF (ISO 8601-2, levels 0 and 1) text,
 * epoch milliseconds or a Date — as an EventDate or an interval of them.
 */
import type { EventDate, OpenBound } from './event-date.js';
import { DATE_PROBLEMS, isIntervalEndDate, parseEdtfDate } from './edtf-date.js';
import { MAX_DATE_MS } from './utc-calendar.js';
import { isDateObject, validTimeOf } from './date-object.js';

export { DATE_PROBLEMS } from './edtf-date.js';

export type ParsedDateInput =
  | { kind: 'date'; date: EventDate }
  | { kind: 'interval'; start?: EventDate; end?: EventDate; openStart?: OpenBound; openEnd?: OpenBound }
  | { kind: 'invalid'; problem: string };

/** Problems of inputs that are not EDTF text, and of intervals. */
export const INPUT_PROBLEMS = {
  outOfRange: 'is outside the range a Date can hold (±8.64e15 ms from 1970)',
  notFinite: 'is not a finite number of milliseconds',
  invalidDate: 'is an invalid Date',
  intervalOrder: 'does not end after it starts',
  intervalEnd: 'has an interval end EDTF level 1 does not allow (no seasons, centuries, X digits or Y-years)',
} as const;

const INTERVAL_SEPARATOR = '/';
/** EDTF's open end (`2019-03/..`, or `end: '..'` alone): the event is ongoing. */
export const OPEN_END = '..';

/** Any date input: a single date, an EDTF interval, or why it is neither. */
export function parseDateInput(input: unknown): ParsedDateInput {
  if (typeof input === 'string') return parseDateText(input.trim());
  if (typeof input === 'number') return parseEpochMs(input);
  if (isDateObject(input)) return parseDateObject(input);
  return { kind: 'invalid', problem: DATE_PROBLEMS.notADate };
}

/** A single date (not an interval), or undefined when the input is not one. */
export function parseEventDate(input: unknown): EventDate | undefined {
  const parsed = parseDateInput(input);
  return parsed.kind === 'date' ? parsed.date : undefined;
}

function instant(ms: number, text: string): ParsedDateInput {
  const value = Math.trunc(ms) + 0; // as Date clips time values; + 0 turns -0 into 0
  return {
    kind: 'date',
    date: { earliest: value, latest: value, precision: 'instant', uncertain: false, approximate: false, text },
  };
}

function parseEpochMs(ms: number): ParsedDateInput {
  if (!Number.isFinite(ms)) return { kind: 'invalid', problem: INPUT_PROBLEMS.notFinite };
  if (Math.abs(ms) > MAX_DATE_MS) return { kind: 'invalid', problem: INPUT_PROBLEMS.outOfRange };
  return instant(ms, String(ms));
}

function parseDateObject(date: Date): ParsedDateInput {
  const ms = validTimeOf(date);
  if (ms === undefined) return { kind: 'invalid', problem: INPUT_PROBLEMS.invalidDate };
  return instant(ms, date.toISOString());
}

function parseDateText(text: string): ParsedDateInput {
  if (text === '') return { kind: 'invalid', problem: DATE_PROBLEMS.empty };
  if (text.includes(INTERVAL_SEPARATOR)) return parseInterval(text);
  const parsed = parseEdtfDate(text);
  return typeof parsed === 'string' ? { kind: 'invalid', problem: parsed } : { kind: 'date', date: parsed };
}

type IntervalEnd = { date: EventDate } | { bound: OpenBound } | { problem: string };

function parseIntervalEnd(text: string): IntervalEnd {
  if (text === '') return { bound: 'unknown' };
  if (text === OPEN_END) return { bound: 'open' };
  const parsed = parseEdtfDate(text);
  if (typeof parsed === 'string') return { problem: parsed };
  return isIntervalEndDate(parsed) ? { date: parsed } : { problem: INPUT_PROBLEMS.intervalEnd };
}

function parseInterval(text: string): ParsedDateInput {
  const parts = text.split(INTERVAL_SEPARATOR);
  // More than one slash is most often a day/month/year date, so say it is not a date.
  if (parts.length !== 2) return { kind: 'invalid', problem: DATE_PROBLEMS.notADate };
  const start = parseIntervalEnd(parts[0]!);
  const end = parseIntervalEnd(parts[1]!);
  if ('problem' in start) return { kind: 'invalid', problem: start.problem };
  if ('problem' in end) return { kind: 'invalid', problem: end.problem };
  // As the reference parser: the end must begin after the start begins.
  if ('date' in start && 'date' in end && end.date.earliest <= start.date.earliest) {
    return { kind: 'invalid', problem: INPUT_PROBLEMS.intervalOrder };
  }
  return {
    kind: 'interval',
    ...('date' in start ? { start: start.date } : { openStart: start.bound }),
    ...('date' in end ? { end: end.date } : { openEnd: end.bound }),
  };
}
