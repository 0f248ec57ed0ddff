/**
 * TimelineJS 2 files (`{ "timeline": { "headline", "text", "asset", "date": [ … ], "era": [ … ] } }`)
 * as the TimelineJS3 document they stand for, so they are read by the one TimelineJS reader: the
 * timeline's own headline, text and asset become the title slide, each `date` an event (its `tag` the
 * group), each `era` an era. Dates are read in the forms TimelineJS 2 read (its VMM.Date.parse).
 */
import { isRecord } from '../model/is-record.js';
import { textOf } from './plain-text.js';

/** The parts of a TimelineJS3 date object, from the year down. */
const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
/** Parts after the day: a time of day. */
const FIRST_TIME_PART = 3;
const INTEGER = /^[+-]?\d+$/;
/** `3/15/2011`, `3/15/2011 14:30`, `3/2011`: month first, as TimelineJS 2 read slashes. */
const SLASH_DATE = /^(\d{1,2})\/(\d+)(?:\/(-?\d+))?(?:\s+(\d{1,2}(?::\d{1,3}){0,3}))?$/;
/** TimelineJS 2 took a value of up to this many characters with no comma or slash as a year alone. */
const MAX_YEAR_LENGTH = 8;
/** `201103151430`: year, month, day, hour, minute run together. */
const COMPACT_DATE_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?$/;

type DateObject = Partial<Record<(typeof DATE_PARTS)[number], string>>;

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** Names the parts given, in order, from the year. */
function dateObject(parts: readonly (string | undefined)[]): DateObject {
  const date: DateObject = {};
  parts.forEach((part, index) => {
    const name = DATE_PARTS[index];
    if (name !== undefined && part !== undefined) date[name] = part;
  });
  return date;
}

/**
 * `2011,3,15` (year, month, day, hour, minute, second, millisecond). TimelineJS 2 took a part that is
 * empty or 0 as not given, so a month or day of 0 ends the date there, and a time of 0 (`2011,3,15,0`)
 * does not make the day an instant. A year of 0 is kept: TimelineJS3 reads it (see timelinejs-date).
 */
function commaDate(text: string): DateObject | string {
  const parts = text.split(',').map((part) => part.trim());
  if (!parts.every((part) => part === '' || INTEGER.test(part)) || parts[0] === '' || parts.length > DATE_PARTS.length) {
    return text;
  }
  const given = (part: string | undefined): boolean => part !== undefined && part !== '' && Number(part) !== 0;
  let length = 1;
  while (length < FIRST_TIME_PART && given(parts[length])) length += 1;
  if (length === FIRST_TIME_PART) {
    // A time of day is given up to its last non-zero part; the parts before it may be 0 (00:30).
    let last = parts.length - 1;
    while (last >= FIRST_TIME_PART && !given(parts[last])) last -= 1;
    length = last + 1;
  }
  return dateObject(parts.slice(0, length).map((part) => (part === '' ? '0' : part)));
}

/**
 * `3/15/2011` (month first), optionally with a time `14:30[:15[:250]]`, or `3/2011` (a second part of
 * more than two digits is the year, as TimelineJS 2 read it). A month and day with no year is no date.
 */
function slashDate(text: string): DateObject | string {
  const match = SLASH_DATE.exec(text);
  if (match === null) return text;
  const [, month, second = '', year, time] = match;
  if (year === undefined) return second.length > 2 && time === undefined ? dateObject([second, month]) : text;
  const clock = time === undefined ? [] : time.split(':');
  return dateObject([year, month, second, ...clock]);
}

/**
 * A TimelineJS 2 date string as a TimelineJS3 date object (which keeps the precision given), or the
 * string as written when it is none of TimelineJS 2's forms (validation then reports it in the
 * author's words). ISO date-times (`2011-03-15T14:30:00Z`) pass on as written: they are dates already.
 * `now`, which TimelineJS 2 read as the reader's clock, is not a date of the event and is refused.
 */
export function timelineJs2Date(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? { year: String(value) } : value;
  const text = textOf(value);
  if (text === undefined) return undefined;
  if (text.includes(',')) return commaDate(text);
  if (text.includes('/')) return slashDate(text);
  if (INTEGER.test(text) && text.length <= MAX_YEAR_LENGTH) return { year: text };
  const compact = COMPACT_DATE_TIME.exec(text);
  if (compact !== null) return dateObject(compact.slice(1));
  return text;
}

/** An `asset` (`{ media, credit, caption, thumbnail }`) as TimelineJS3 `media`. */
function media(asset: unknown): Record<string, unknown> | undefined {
  if (!isRecord(asset)) return undefined;
  return { url: asset['media'], credit: asset['credit'], caption: asset['caption'], thumbnail: asset['thumbnail'] };
}

/** One TimelineJS 2 `date` entry as a TimelineJS3 event; a non-object is passed on as given. */
function slide(entry: unknown): unknown {
  if (!isRecord(entry)) return entry;
  return {
    start_date: timelineJs2Date(entry['startDate']),
    end_date: timelineJs2Date(entry['endDate']),
    text: { headline: entry['headline'], text: entry['text'] },
    media: media(entry['asset']),
    group: entry['tag'],
  };
}

function era(entry: unknown): unknown {
  if (!isRecord(entry)) return entry;
  return {
    start_date: timelineJs2Date(entry['startDate']),
    end_date: timelineJs2Date(entry['endDate']),
    text: { headline: entry['headline'], text: entry['text'] },
  };
}

/** True for `{ "timeline": { "date": [ … ] } }`, a TimelineJS 2 file. */
export function isTimelineJs2Document(value: unknown): boolean {
  return Array.isArray(field(field(value, 'timeline'), 'date'));
}

/** The TimelineJS3 document a TimelineJS 2 file stands for. */
export function timelineJs2ToTimelineJs3(value: unknown): Record<string, unknown> {
  const timeline = field(value, 'timeline');
  const dates = field(timeline, 'date');
  const eras = field(timeline, 'era');
  return {
    title: {
      text: { headline: field(timeline, 'headline'), text: field(timeline, 'text') },
      media: media(field(timeline, 'asset')),
    },
    events: Array.isArray(dates) ? dates.map(slide) : [],
    eras: Array.isArray(eras) ? eras.map(era) : [],
  };
}
