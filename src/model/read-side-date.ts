/**
 * A date beside an event's own (when it was reported, when a source was read): one EDTF/ISO date,
 * epoch ms or Date. It never places the event, so a bad one is left out with a note, not a rejection.
 */
import type { EventDate } from './event-date.js';
import { parseDateInput } from './parse-event-date.js';
import { isBlank, DATE_EXAMPLES } from './read-event-dates.js';
import { quoteValue } from './quote-value.js';
import { isDrawable } from './drawable-range.js';

export function readSideDate(field: string, value: unknown, notes: string[]): EventDate | undefined {
  if (isBlank(value)) return undefined;
  const parsed = parseDateInput(value);
  if (parsed.kind !== 'date') {
    const problem = parsed.kind === 'invalid' ? parsed.problem : 'is an interval, not one date';
    notes.push(`${field} ${quoteValue(value)} ${problem} ${DATE_EXAMPLES}; left out`);
    return undefined;
  }
  if (!isDrawable(parsed.date.earliest) || !isDrawable(parsed.date.latest)) {
    notes.push(`${field} ${quoteValue(value)} is beyond the years a calendar can show; left out`);
    return undefined;
  }
  return parsed.date;
}
