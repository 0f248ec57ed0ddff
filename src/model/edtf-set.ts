/**
 * EDTF level 2 sets (ISO 8601-2 "set representations"): "one of a set", `[a,b]`, and "all of a
 * set", `{a,b}`. A member is a level 0/1 date or a run of consecutive dates of one precision
 * (`2018-09-17..2018-09-20`); a one-of set may run on before its first member (`[..a]`, "a or
 * earlier") or after its last (`[a..]`, "a or later").
 *
 * Departures from the specification and from the reference parser (npm `edtf`), each checked by
 * test/model/edtf-set-agreement.test.ts:
 * - members are kept in time order, whatever order they were written in (`edtf` takes its
 *   min and max from the first and last written);
 * - an all-of set cannot run on (`{..a}`): "every date before a" is the interval `../a`;
 * - a run's ends must share a precision and be in order (`edtf` accepts `[2019-03..2019-01]`);
 * - members may not be date-times, Y-years, or carry unspecified digits (`201X`) inside a run;
 * - at most MAX_SET_MEMBERS members, so that hostile text cannot make one date cost a page.
 */
import { DATE_PRECISIONS, type DatePrecision, type DateSet, type DateSetMember, type EventDate } from './event-date.js';
import type { EdtfDateResult } from './edtf-date.js';

/** More alternatives than any source gives; a longer list is most likely not meant as a date. */
export const MAX_SET_MEMBERS = 64;

export const SET_PROBLEMS = {
  empty: 'is an empty set: give at least one date between the brackets',
  unclosed: 'opens a set it does not close (one of: [a,b]; all of: {a,b})',
  openAllOf: 'is an all-of set that runs on (..): write every date before or after a date as an interval, ../a or a/..',
  tooMany: `has more than ${MAX_SET_MEMBERS} dates in one set`,
  runOrder: 'has a run (a..b) that ends before it starts',
  runPrecision: 'has a run (a..b) whose ends are not of one precision (2018-09-17..2018-09-20, 2019-01..2019-03)',
  dotsInside: 'has .. inside a set where only its first or last date may run on',
  instantMember: 'has a time of day in a set; sets hold calendar dates',
} as const;

const RUN = '..';
const RUN_PRECISIONS: ReadonlySet<DatePrecision> = new Set(['day', 'week', 'month', 'year']);

/** Whether `text` is written as a set (starts with `[` or `{`): it is then parsed here or rejected. */
export function looksLikeSet(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 91 /* [ */ || first === 123 /* { */;
}

/** Parses trimmed `text` that looksLikeSet, each member with `parseDate` (a level 0/1 parser). */
export function parseEdtfSet(text: string, parseDate: (text: string) => EdtfDateResult): EdtfDateResult {
  const oneOf = text.startsWith('[');
  if (!text.endsWith(oneOf ? ']' : '}') || text.length < 2) return SET_PROBLEMS.unclosed;
  const parts = text.slice(1, -1).split(',').map((part) => part.trim());
  if (parts.length > MAX_SET_MEMBERS) return SET_PROBLEMS.tooMany;
  if (parts.length === 1 && (parts[0] === '' || parts[0] === RUN)) return SET_PROBLEMS.empty;
  const earlier = parts[0]!.startsWith(RUN);
  const later = parts.length > 0 && parts[parts.length - 1]!.endsWith(RUN);
  if ((earlier || later) && !oneOf) return SET_PROBLEMS.openAllOf;
  if (earlier) parts[0] = parts[0]!.slice(RUN.length);
  if (later) parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -RUN.length);
  const members: DateSetMember[] = [];
  for (const part of parts) {
    const member = parseMember(part, parseDate);
    if (typeof member === 'string') return member;
    members.push(member);
  }
  return setDate(text, { kind: oneOf ? 'one-of' : 'all-of', members: inTimeOrder(members), ...(earlier ? { earlier } : {}), ...(later ? { later } : {}) });
}

function parseMember(part: string, parseDate: (text: string) => EdtfDateResult): DateSetMember | string {
  const dots = part.indexOf(RUN);
  if (dots < 0) return checkMember(parseDate(part));
  const fromText = part.slice(0, dots);
  const toText = part.slice(dots + RUN.length);
  if (fromText === '' || toText === '') return SET_PROBLEMS.dotsInside;
  const from = checkMember(parseDate(fromText));
  const to = checkMember(parseDate(toText));
  if (typeof from === 'string') return from;
  if (typeof to === 'string') return to;
  if (from.date.precision !== to.date.precision || !RUN_PRECISIONS.has(from.date.precision) || from.date.unspecified || to.date.unspecified) {
    return SET_PROBLEMS.runPrecision;
  }
  if (to.date.earliest < from.date.earliest) return SET_PROBLEMS.runOrder;
  return to.date.earliest === from.date.earliest ? from : { date: from.date, through: to.date };
}

function checkMember(parsed: EdtfDateResult): DateSetMember | string {
  if (typeof parsed === 'string') return parsed;
  if (parsed.precision === 'instant') return SET_PROBLEMS.instantMember;
  return { date: parsed };
}

function lastOf(member: DateSetMember): EventDate {
  return member.through ?? member.date;
}

/** Members by their earliest instant; a member written twice is kept once. */
function inTimeOrder(members: readonly DateSetMember[]): DateSetMember[] {
  const seen = new Set<string>();
  return [...members]
    .sort((a, b) => a.date.earliest - b.date.earliest || lastOf(a).latest - lastOf(b).latest)
    .filter((member) => {
      const key = `${member.date.earliest}:${lastOf(member).latest}:${member.date.text}:${member.through?.text ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return DATE_PRECISIONS.indexOf(a) >= DATE_PRECISIONS.indexOf(b) ? a : b;
}

/** The set as one date: it spans every member, at the coarsest member's precision. */
function setDate(text: string, set: DateSet): EventDate {
  let earliest = Infinity;
  let latest = -Infinity;
  let precision: DatePrecision = 'instant';
  let uncertain = false;
  let approximate = false;
  for (const member of set.members) {
    earliest = Math.min(earliest, member.date.earliest);
    latest = Math.max(latest, lastOf(member).latest);
    precision = coarser(precision, member.date.precision);
    uncertain ||= member.date.uncertain || Boolean(member.through?.uncertain);
    approximate ||= member.date.approximate || Boolean(member.through?.approximate);
  }
  return { earliest, latest, precision, uncertain, approximate, text, set };
}

/** Whether a set is one plain date after all (`[2019-02-14]`): one member, no run, not running on. */
export function isSingleDateSet(set: DateSet): boolean {
  return set.members.length === 1 && !set.members[0]!.through && !set.earlier && !set.later;
}
