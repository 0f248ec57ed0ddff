/**
 * Whose date is which: a record's `dates`, each alternative date with the sources that give it and a
 * note (`[{ date: '2018-09-17', source: 'TASS' }, { date: '2018-09-18', source: 'Anadolu' }]`).
 * Given without `start`, they are its one-of set (`[2018-09-17,2018-09-18]`); given with it, they
 * say who gives each date, and `start` is drawn.
 */
import type { EventDate } from './event-date.js';
import type { EventSource } from './timeline-event.js';
import { isRecord } from './is-record.js';
import { parseDateInput } from './parse-event-date.js';
import { quoteValue } from './quote-value.js';
import { readSources } from './read-sources.js';
import { MAX_SET_MEMBERS } from './edtf-set.js';

/** One source's (or several's) date for an event, where sources disagree. */
export interface DateClaim {
  readonly date: EventDate;
  readonly sources: readonly EventSource[];
  readonly note?: string;
}

/** A note longer than this is cut: it is a line in the details, not an article. */
export const MAX_CLAIM_NOTE_LENGTH = 500;

/** The claims of `value` (undefined when not given), with a note in `notes` for each entry left out. */
export function readDateClaims(value: unknown, notes: string[]): readonly DateClaim[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    notes.push(`dates ${quoteValue(value)} is not a list of { date, source, note }; left out`);
    return undefined;
  }
  const claims: DateClaim[] = [];
  for (const entry of value.slice(0, MAX_SET_MEMBERS)) {
    const claim = readClaim(entry, notes);
    if (claim) claims.push(claim);
  }
  if (value.length > MAX_SET_MEMBERS) notes.push(`dates has more than ${MAX_SET_MEMBERS} entries; the rest are left out`);
  return claims.length > 0 ? claims : undefined;
}

function readClaim(entry: unknown, notes: string[]): DateClaim | undefined {
  if (!isRecord(entry)) {
    notes.push(`dates entry ${quoteValue(entry)} is not { date, source, note }; left out`);
    return undefined;
  }
  const parsed = parseDateInput(entry['date']);
  if (parsed.kind !== 'date' || parsed.date.set || parsed.date.precision === 'instant') {
    const why = parsed.kind === 'invalid' ? parsed.problem : 'is not one calendar date';
    notes.push(`dates entry date ${quoteValue(entry['date'])} ${why}; left out`);
    return undefined;
  }
  const sources = readSources(entry['sources'] ?? entry['source'], entry['url']);
  notes.push(...sources.notes.map((note) => `dates entry ${note}`));
  const note = typeof entry['note'] === 'string' ? entry['note'].trim().slice(0, MAX_CLAIM_NOTE_LENGTH) : '';
  return note === '' ? { date: parsed.date, sources: sources.sources } : { date: parsed.date, sources: sources.sources, note };
}

/** The one-of set the claims name, as EDTF text: what `start` is when only `dates` is given. */
export function claimsAsStart(claims: readonly DateClaim[]): string {
  return claims.length === 1 ? claims[0]!.date.text : `[${claims.map((claim) => claim.date.text).join(',')}]`;
}

/** Whether the claims name the dates `start` is: its set's members, or it alone. */
export function claimsMatchStart(claims: readonly DateClaim[], start: EventDate): boolean {
  const named = new Set(claims.map((claim) => `${claim.date.earliest}:${claim.date.latest}`));
  const members = start.set ? start.set.members.filter((m) => !m.through).map((m) => m.date) : [start];
  return members.length === named.size && members.every((date) => named.has(`${date.earliest}:${date.latest}`));
}
