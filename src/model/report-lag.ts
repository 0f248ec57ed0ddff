/**
 * How long after (or before) the event's date it was reported, in the coarser unit of the two dates'
 * precision: days between two days, months when either is known only to a month, years otherwise.
 * Calendar differences of UTC fields, so the words never depend on the reader's time zone.
 */
import type { DatePrecision, EventDate } from './event-date.js';
import type { TimelineEvent } from './timeline-event.js';

export type LagUnit = 'day' | 'month' | 'year';

export type ReportLag =
  | { readonly kind: 'later' | 'earlier'; readonly amount: number; readonly unit: LagUnit }
  /** In the same day, month or year as the event's date. */
  | { readonly kind: 'same'; readonly unit: LagUnit }
  /** Between a span's start and end. */
  | { readonly kind: 'during' };

const DAY_OR_FINER: ReadonlySet<DatePrecision> = new Set(['instant', 'day']);
const MONTH_OR_FINER: ReadonlySet<DatePrecision> = new Set(['instant', 'day', 'week', 'month']);
const DAY_MS = 86_400_000;

export function reportLag(event: TimelineEvent, reported: EventDate): ReportLag {
  const { start, end } = event;
  const closedEnd = event.openEnd === undefined ? end : undefined;
  if (closedEnd && reported.earliest > start.latest && reported.latest < closedEnd.earliest) return { kind: 'during' };
  // After a span that ended, the lag runs from its end; otherwise from its start.
  const from = closedEnd && reported.earliest > closedEnd.latest ? closedEnd : start;
  const unit = unitOf(from, reported);
  const amount = lagBetween(from, reported);
  if (amount === 0) return { kind: 'same', unit };
  return { kind: amount > 0 ? 'later' : 'earlier', amount: Math.abs(amount), unit };
}

function unitOf(a: EventDate, b: EventDate): LagUnit {
  if (DAY_OR_FINER.has(a.precision) && DAY_OR_FINER.has(b.precision)) return 'day';
  if (MONTH_OR_FINER.has(a.precision) && MONTH_OR_FINER.has(b.precision)) return 'month';
  return 'year';
}

/** Whole units from a's start to b's start. */
function lagBetween(a: EventDate, b: EventDate): number {
  const unit = unitOf(a, b);
  if (unit === 'day') return Math.floor(b.earliest / DAY_MS) - Math.floor(a.earliest / DAY_MS);
  const x = new Date(a.earliest);
  const y = new Date(b.earliest);
  const years = y.getUTCFullYear() - x.getUTCFullYear();
  return unit === 'year' ? years : years * 12 + y.getUTCMonth() - x.getUTCMonth();
}
