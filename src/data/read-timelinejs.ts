/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) to
 * raw records, keeping what the author wrote: headlines, dates at the
 * precision given, the author's display dates, groups, media credits, and
 * the title slide's headline, text and credit.
 */
import { isRecord } from '../model/is-record.js';
import type { EventSourceInput } from '../model/timeline-event.js';
import { DataFormatError, type PartialEventRecord, type RecordBatch, type TitleSlide } from './record-batch.js';
import { definedFields } from './defined-fields.js';
import { dateRangeText } from './date-range-text.js';
import { htmlToText } from './html-to-text.js';
import { collapseWhitespace, textOf } from './plain-text.js';
import { timelineJsDateToEdtf, timelineJsDisplayDate } from './timelinejs-date.js';

/** A headline-less event gets the start of its text as a title, cut at this many characters. */
const FALLBACK_TITLE_LENGTH = 80;
const LINK_PROTOCOLS = new Set(['http:', 'https:']);
/** A media-only slide with neither caption nor credit is named by its media's host: "Media: youtube.com". */
const MEDIA_TITLE_PREFIX = 'Media: ';
const LEADING_WWW = /^www\./;

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** The text of a TimelineJS HTML field (a headline, a caption), or undefined when it shows none. */
export function timelineJsHtmlText(value: unknown): string | undefined {
  const html = textOf(value);
  if (html === undefined) return undefined;
  const text = htmlToText(html);
  return text === '' ? undefined : text;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function httpUrl(value: unknown): string | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  try {
    return LINK_PROTOCOLS.has(new URL(text).protocol) ? text : undefined;
  } catch {
    return undefined; // media.url is often not a link at all (a blockquote, a spotify: URI)
  }
}

/** media.url becomes a source when it is a web link, named by its credit or caption. */
function mediaSource(media: unknown): EventSourceInput | undefined {
  const url = httpUrl(field(media, 'url'));
  if (url === undefined) return undefined;
  const name = timelineJsHtmlText(field(media, 'credit')) ?? timelineJsHtmlText(field(media, 'caption'));
  return name === undefined ? { url } : { name, url };
}

/** The host a media URL is on, without `www.` ("youtube.com"), or undefined when it names none. */
function mediaHost(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(LEADING_WWW, '');
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

/**
 * The title of a slide that shows only media (an image, a video, a quote: no headline, no text): its
 * caption, else its credit, else where it is from ("Media: youtube.com"), else the start of the media
 * field itself (an embedded blockquote's words). TimelineJS shows such slides, so they are kept.
 */
function mediaTitle(media: unknown): string | undefined {
  const named = timelineJsHtmlText(field(media, 'caption')) ?? timelineJsHtmlText(field(media, 'credit'));
  if (named !== undefined) return truncate(named, FALLBACK_TITLE_LENGTH);
  const url = textOf(field(media, 'url'));
  if (url === undefined) return undefined;
  const host = mediaHost(url);
  if (host !== undefined) return `${MEDIA_TITLE_PREFIX}${host}`;
  const words = timelineJsHtmlText(url);
  return words === undefined ? undefined : truncate(words, FALLBACK_TITLE_LENGTH);
}

function displayDate(event: Record<string, unknown>): string | undefined {
  const own = textOf(event['display_date']);
  if (own !== undefined) return collapseWhitespace(own);
  const start = timelineJsDisplayDate(event['start_date']);
  const end = timelineJsDisplayDate(event['end_date']);
  if (start !== undefined && end !== undefined) return dateRangeText(start, end);
  return start ?? end;
}

function eventId(event: Record<string, unknown>): string | undefined {
  // `unique_id` is the documented key; older published files use `uniqueid`.
  return textOf(event['unique_id']) ?? textOf(event['uniqueid']);
}

/** One TimelineJS event as a raw record; a non-object is passed on as given for validation to report. */
export function timelineJsEventToRecord(event: unknown): unknown {
  if (!isRecord(event)) return event;
  const description = timelineJsHtmlText(field(event['text'], 'text'));
  const headline = timelineJsHtmlText(field(event['text'], 'headline'));
  const group = timelineJsHtmlText(event['group']);
  const source = mediaSource(event['media']);
  const title =
    headline ?? (description === undefined ? undefined : truncate(description, FALLBACK_TITLE_LENGTH)) ?? mediaTitle(event['media']);
  // A group is a category only: it is TimelineJS's one way to sort slides into rows, not a list of
  // who took part, and as both it would show twice in the details.
  return definedFields<PartialEventRecord>({
    id: eventId(event),
    start: timelineJsDateToEdtf(event['start_date']),
    end: timelineJsDateToEdtf(event['end_date']),
    title,
    description,
    category: group,
    dateText: displayDate(event),
    sources: source === undefined ? undefined : [source],
  });
}

/** One TimelineJS era as a raw era (`{ title, start, end }`); a non-object is passed on as given. */
export function timelineJsEraToRecord(era: unknown): unknown {
  if (!isRecord(era)) return era;
  return definedFields({
    title: timelineJsHtmlText(field(era['text'], 'headline')),
    start: timelineJsDateToEdtf(era['start_date']),
    end: timelineJsDateToEdtf(era['end_date']),
  });
}

/** True when the value looks like a TimelineJS document: events with `start_date` objects. */
export function isTimelineJsDocument(value: unknown): boolean {
  const events = field(value, 'events');
  return Array.isArray(events) && events.some((event) => isRecord(field(event, 'start_date')));
}

/** What the title slide says: its headline, its text and its media's credit, each as plain text when given. */
export function timelineJsTitleSlide(slide: unknown): TitleSlide {
  return definedFields<TitleSlide>({
    title: timelineJsHtmlText(field(field(slide, 'text'), 'headline')),
    titleText: timelineJsHtmlText(field(field(slide, 'text'), 'text')),
    titleCredit: timelineJsHtmlText(field(field(slide, 'media'), 'credit')),
  });
}

export function readTimelineJs(document: unknown): RecordBatch {
  const events = field(document, 'events');
  if (!Array.isArray(events)) {
    throw new DataFormatError(
      'The TimelineJS file has no "events" list: expected { "events": [ { "start_date": { "year": … } } ] }.',
    );
  }
  const eras = field(document, 'eras');
  return {
    records: events.map(timelineJsEventToRecord),
    eras: Array.isArray(eras) ? eras.map(timelineJsEraToRecord) : [],
    format: 'timelinejs',
    ...timelineJsTitleSlide(field(document, 'title')),
  };
}
