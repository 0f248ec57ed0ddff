/**
 * Untrusted records → the events a timeline can show, plus a diagnostic for
 * every record it cannot (and a warning for every record it had to change).
 * Nothing is dropped silently: events.length + rejected.length === records.length.
 *
 * Diagnostics say "record N" with N the record's 0-based index in the input,
 * the same number as the diagnostic's `index`.
 *
 * Linear in the number of records (plus one sort), so 100,000 records
 * validate in a frame or two.
 */
import type { EventSet, EventSource, RecordDiagnostic, TimelineEra, TimelineEvent } from './timeline-event.js';
import { assignEventIdsStepwise } from './assign-event-ids.js';
import { nextTask, runInTurns, runToEnd, type Stepwise } from './stepwise.js';
import { timeOrderStepwise } from './time-order.js';
import { actorsOf, categoriesOf, valueCountsStepwise } from './event-filter.js';
import { isBlank, readEventDates, noteYearLikeNumber } from './read-event-dates.js';
import { claimsAsStart, claimsMatchStart, readDateClaims, type DateClaim } from './read-date-claims.js';
import type { EventDates } from './read-event-dates.js';
import { RepeatedValues } from './repeated-values.js';
import { readSources } from './read-sources.js';
import { kindOf, quoteValue } from './quote-value.js';
import { isRecord } from './is-record.js';
import { describeError } from './describe-error.js';
import { takeGivenRecords, type GivenRecords } from './given-records.js';
import { readFields, type EventFields } from './read-fields.js';
import { readSideDate } from './read-side-date.js';
import { readConfidence } from './confidence.js';
import type { RareEventParts } from './make-timeline-event.js';
import { AcceptedRecords } from './accepted-records.js';
import type { EventDate } from './event-date.js';

const OPTIONAL_TEXT_FIELDS = ['description', 'category', 'dateText', 'dateNote'] as const;
type OptionalTextField = (typeof OPTIONAL_TEXT_FIELDS)[number];
type OptionalTexts = Partial<Record<OptionalTextField, string>>;

/** A record's fields, read once (a getter on an odd input runs at most once). */
type InputRecord = Readonly<Record<string, unknown>>;

/** An accepted record as read, until its parts are put in their columns (AcceptedRecords). */
interface Candidate {
  /** The id the record gave, as text. */
  readonly given: string | undefined;
  readonly title: string;
  readonly dates: EventDates;
  readonly claims: readonly DateClaim[] | undefined;
  readonly texts: OptionalTexts;
  readonly actors: readonly string[];
  readonly sources: readonly EventSource[];
  readonly fields: EventFields | undefined;
  readonly reported: EventDate | undefined;
  readonly confidence: string | undefined;
  /** What was changed to show the record, for warnings. */
  readonly notes: readonly string[];
}

type RecordOutcome = Candidate | { readonly reason: string };
const NO_TEXTS: OptionalTexts = Object.freeze({});
const NO_NOTES: readonly string[] = Object.freeze([]);

/** Records read so far: accepted records, rejections and warnings, in input order. */
interface Reading {
  readonly accepted: AcceptedRecords;
  readonly rejected: RecordDiagnostic[];
  readonly warnings: RecordDiagnostic[];
  /** Dates and actor lists the records repeat, shared by their events. */
  readonly repeated: RepeatedValues;
}

export function validateEvents(records: readonly unknown[], eras: readonly unknown[] = []): EventSet {
  const given = takeGivenRecords(records);
  const reading = startReading(given.values.length);
  readRecords(given, 0, given.values.length, reading);
  return finishReading(given, takeGivenRecords(eras), reading);
}

/** Records per slice when validating without blocking the page: a few milliseconds of work. */
export const DEFAULT_SLICE_SIZE = 5000;

export interface SliceOptions {
  readonly sliceSize?: number;
  /** Called after each slice with the records read so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Gives the page a turn between slices (input, painting); a new task by default (nextTask). */
  readonly yieldToPage?: () => Promise<void>;
  /** While finishing (ids, order, events), work this long (ms) between turns; TURN_BUDGET_MS by default, 0 for a turn every slice. */
  readonly turnBudgetMs?: number;
  /** Stops early (the promise then rejects with the signal's reason). */
  readonly signal?: AbortSignal;
  /**
   * Count a large load's actors and kinds while finishing, for the filter bar and the lanes (true by
   * default). The load worker does not: the counts are kept for the array of events counted, and the page
   * makes its own array from the worker's columns (and counts it there).
   */
  readonly countValues?: boolean;
}

/**
 * validateEvents for input nobody vetted, sliced when large (see validateEventsInSlices). Each record is
 * judged on its own; this is the last guard, so that input nobody foresaw (an array whose elements throw
 * when read) ends up as rejected records instead of an error. Rejects only when `signal` aborts.
 */
export async function validateUntrusted(
  records: readonly unknown[],
  eras: readonly unknown[] = [],
  options: SliceOptions = {},
): Promise<EventSet> {
  const given = takeGivenRecords(records);
  const givenEras = takeGivenRecords(eras);
  try {
    return await validateGiven(given, givenEras, options);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return rejectAll(given, error);
  }
}

/** Every record given rejected, for a failure no single record explains. */
function rejectAll({ values }: GivenRecords, error: unknown): EventSet {
  const message = describeError(error);
  const rejected = values.map((record, index) => ({
    index,
    record,
    reason: `record ${index}: the records could not be read (${message})`,
  }));
  return { events: [], rejected, warnings: [], eras: [] };
}

/**
 * The same result as validateEvents, read in slices with a turn for the page
 * between them, so a researcher's 100,000 rows never freeze it. Ids and time
 * order depend on all records, so they are settled once, at the end. What is
 * read is the array as it was when given: changing it meanwhile changes nothing.
 */
export async function validateEventsInSlices(
  records: readonly unknown[],
  eras: readonly unknown[] = [],
  options: SliceOptions = {},
): Promise<EventSet> {
  return validateGiven(takeGivenRecords(records), takeGivenRecords(eras), { ...options, sliceSize: options.sliceSize ?? DEFAULT_SLICE_SIZE });
}

/** Reads the given records a slice at a time, giving the page a turn between slices (none when one slice holds them all). */
async function validateGiven(given: GivenRecords, eras: GivenRecords, options: SliceOptions): Promise<EventSet> {
  const sliceSize = Math.max(1, Math.floor(options.sliceSize ?? DEFAULT_SLICE_SIZE));
  const yieldToPage = options.yieldToPage ?? nextTask;
  const total = given.values.length;
  const reading = startReading(total);
  for (let from = 0; from < total; from += sliceSize) {
    options.signal?.throwIfAborted();
    const to = Math.min(total, from + sliceSize);
    readRecords(given, from, to, reading);
    options.onProgress?.(to, total);
    if (to < total) await yieldToPage();
  }
  return runInTurns(finishSteps(given, eras, reading, sliceSize, options.countValues ?? true), yieldToPage, options.signal, options.turnBudgetMs);
}

function startReading(records: number): Reading {
  return { accepted: new AcceptedRecords(records), rejected: [], warnings: [], repeated: new RepeatedValues() };
}

function readRecords({ values, unreadable }: GivenRecords, from: number, to: number, { accepted, rejected, warnings, repeated }: Reading): void {
  for (let index = from; index < to; index += 1) {
    const problem = unreadable.get(index);
    if (problem !== undefined) {
      rejected.push({ index, record: undefined, reason: `record ${index}: ${problem}` });
      continue;
    }
    const record = values[index];
    const outcome = readRecordSafely(record, repeated);
    if ('reason' in outcome) {
      rejected.push({ index, record, reason: `record ${index}: ${outcome.reason}` });
      continue;
    }
    const { given, title, dates, actors, sources } = outcome;
    accepted.add(index, given, title, dates.start, dates.end, actors, sources, rarePartsOf(outcome));
    for (const note of outcome.notes) warnings.push({ index, record, reason: `record ${index}: ${note}` });
  }
}

function finishReading(given: GivenRecords, eras: GivenRecords, reading: Reading): EventSet {
  return runToEnd(finishSteps(given, eras, reading, Infinity));
}

/**
 * Ids, time order and the events themselves, yielding every `sliceSize` records: for a million records
 * these take seconds, which a page must not spend in one task.
 */
function* finishSteps(
  given: GivenRecords,
  eras: GivenRecords,
  { accepted, rejected, warnings }: Reading,
  sliceSize: number,
  countValues = true,
): Stepwise<EventSet> {
  const { ids, renames } = yield* assignEventIdsStepwise(accepted, sliceSize);
  for (const { index, reason } of renames) warnings.push({ index, record: given.values[index], reason: `record ${index}: ${reason}` });
  warnings.sort((a, b) => a.index - b.index); // stable: a record's notes keep their order

  const from = new Float64Array(accepted.count);
  const to = new Float64Array(accepted.count);
  for (let k = 0; k < accepted.count; k++) {
    from[k] = accepted.from(k);
    to[k] = accepted.to(k);
  }
  const order = yield* timeOrderStepwise(from, to, sliceSize);
  const events = new Array<TimelineEvent>(order.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    events[k] = accepted.event(i, ids[i]!);
    if ((k + 1) % sliceSize === 0 && k + 1 < order.length) yield;
  }
  if (countValues && events.length > sliceSize) {
    // The filter bar and the lanes count actors and kinds first thing; a large load counts them here, in
    // slices, so that showing it does not (see valueCounts).
    yield* valueCountsStepwise(events, actorsOf, sliceSize);
    yield* valueCountsStepwise(events, categoriesOf, sliceSize);
  }
  return { events, rejected, warnings, eras: readEras(eras, warnings) };
}

/** The record's parts few records have; undefined when it has none, as most records of a large load. */
function rarePartsOf({ dates, texts, claims, reported, confidence, fields }: Candidate): RareEventParts | undefined {
  const plain = texts === NO_TEXTS && !claims && !reported && confidence === undefined && !fields && !dates.openStart && !dates.openEnd;
  if (plain) return undefined;
  return {
    openStart: dates.openStart,
    openEnd: dates.openEnd,
    ...texts,
    reported,
    confidence,
    dateClaims: claims,
    fields,
  };
}

function readRecordSafely(record: unknown, repeated: RepeatedValues): RecordOutcome {
  try {
    return readRecord(record, repeated);
  } catch (error) {
    // Getters and proxies in user data can throw; that record is rejected, not the batch.
    return { reason: `could not be read (${describeError(error)})` };
  }
}

function readRecord(record: unknown, repeated: RepeatedValues): RecordOutcome {
  if (!isRecord(record)) return { reason: `expected an object with start and title, got ${kindOf(record)}` };
  const title = readTitle(record['title']);
  if (typeof title !== 'string') return title;
  // One list to note in, copied only for a record with notes: most have none, and a million empty lists
  // are work for the collector.
  const notes = repeated.notes;
  notes.length = 0;
  const claims = readDateClaims(record['dates'], notes);
  const givenStart = record['start'];
  // Alternatives given only as `dates` are the start's one-of set.
  const start = claims && isBlank(givenStart) ? claimsAsStart(claims) : givenStart;
  const end = record['end'];
  const dates = repeated.readDates(start, end);
  if ('reason' in dates) return dates;
  if (claims && start === givenStart && !claimsMatchStart(claims, dates.start)) {
    notes.push(`dates name other dates than start ${quoteValue(givenStart)}; start is drawn, dates are listed with their sources`);
  }

  noteYearLikeNumber('start', start, notes);
  noteYearLikeNumber('end', end, notes);
  const given = readGivenId(record['id'], notes);
  const actors = repeated.readActors(record['actors']);
  if (actors.ignored) notes.push(`actors ${quoteValue(record['actors'])} is neither text nor a list of names; left out`);
  const sources = readSources(record['sources'], record['url']);
  if (sources.notes.length > 0) notes.push(...sources.notes);
  const texts = readOptionalTexts(record, notes);
  const reported = readSideDate('reported', record['reported'], notes);
  const confidence = readConfidence(record['confidence'], notes);
  return { given, title, dates, claims, texts, actors: actors.actors, sources: sources.sources, fields: readFields(record), reported, confidence, notes: notes.length === 0 ? NO_NOTES : [...notes] };
}

/** A number title is shown as its digits (a spreadsheet may give `1999` for a title). */
function readTitle(value: unknown): string | { reason: string } {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // Trimmed once: the title of every record of a million is read here.
  const trimmed = typeof value === 'string' ? value.trim() : undefined;
  if (trimmed) return trimmed;
  if (value === undefined || value === null || trimmed === '') {
    return { reason: 'has no title (expected non-empty text)' };
  }
  return { reason: `title ${quoteValue(value)} is not text` };
}

function readGivenId(value: unknown, notes: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value.trim() || undefined;
  notes.push(`id ${quoteValue(value)} is not text or a number; a generated id is used`);
  return undefined;
}

function readOptionalTexts(record: InputRecord, notes: string[]): OptionalTexts {
  let texts: { -readonly [F in OptionalTextField]?: string } | undefined;
  for (const field of OPTIONAL_TEXT_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      const text = String(value).trim();
      if (text !== '') (texts ??= {})[field] = text;
    } else {
      notes.push(`${field} ${quoteValue(value)} is not text; left out`);
    }
  }
  return texts ?? NO_TEXTS;
}

// ---- eras ---------------------------------------------------------------------------

function readEras({ values, unreadable }: GivenRecords, warnings: RecordDiagnostic[]): TimelineEra[] {
  const read: TimelineEra[] = [];
  values.forEach((era, index) => {
    let outcome: TimelineEra | string;
    try {
      outcome = unreadable.get(index) ?? readEra(era);
    } catch (error) {
      outcome = `could not be read (${describeError(error)})`;
    }
    if (typeof outcome === 'string') warnings.push({ index, record: era, reason: `era ${index}: ${outcome}` });
    else read.push(outcome);
  });
  return read;
}

function readEra(era: unknown): TimelineEra | string {
  if (!isRecord(era)) return `expected an object with title, start and end, got ${kindOf(era)}`;
  const title = readTitle(era['title']);
  if (typeof title !== 'string') return title.reason;
  const dates = readEventDates(era['start'], era['end']);
  if ('reason' in dates) return dates.reason;
  const { start, end, openStart, openEnd } = dates;
  if (openStart || openEnd) return `start ${quoteValue(era['start'])} leaves an end open; an era needs both ends`;
  return { title, start, end: end ?? start };
}
