/**
 * Which events a reader asked to see: words to find, and the actors and kinds to keep. Matching
 * ignores case and accents ("idlib" finds "İdlib", "halab" finds "Ḥalab"), and every word must be
 * found somewhere in the event (title, description, actors, kind, the source's wording of the date,
 * sources and the record's other columns), so "Idlib HTS" narrows rather than widens.
 */
import { keptStepwise, runToEnd, type Stepwise } from './stepwise.js';
import type { TimelineEvent } from './timeline-event.js';
import { inIdleTurns } from './idle-turns.js';

export interface TimelineFilter {
  /** Words that must all occur in the event. */
  readonly text?: string;
  /** Keep events with any of these actors; all when absent or empty. */
  readonly actors?: readonly string[];
  /** Keep events of any of these kinds; all when absent or empty. */
  readonly categories?: readonly string[];
}

export const NO_FILTER: TimelineFilter = Object.freeze({});

/** True when the filter keeps everything. */
export function isEmptyFilter(filter: TimelineFilter): boolean {
  return searchTerms(filter.text).length === 0 && !filter.actors?.length && !filter.categories?.length;
}

/** The filter's own copy, cleaned: words trimmed, lists without blanks or repeats, unknown keys gone. */
export function normalizeFilter(value: unknown): TimelineFilter {
  if (typeof value !== 'object' || value === null) return NO_FILTER;
  const given = value as Record<string, unknown>;
  const text = typeof given['text'] === 'string' ? given['text'].trim() : '';
  const actors = textList(given['actors']);
  const categories = textList(given['categories']);
  return {
    ...(text === '' ? {} : { text }),
    ...(actors.length === 0 ? {} : { actors }),
    ...(categories.length === 0 ? {} : { categories }),
  };
}

function textList(value: unknown): string[] {
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return [...new Set(items.filter((item): item is string => typeof item === 'string').map((item) => item.trim()))].filter(
    (item) => item !== '',
  );
}

const COMBINING_MARKS = /\p{M}/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Text folded for finding: lower case, no accents or vowel marks. */
export function foldForSearch(text: string): string {
  // Most of an export is plain ASCII, which has no marks to strip: a tenth of the time on the first search of 50,000 rows.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLocaleLowerCase('und');
}

function searchTerms(text: string | undefined): string[] {
  return text === undefined ? [] : foldForSearch(text).split(/\s+/u).filter((term) => term !== '');
}

// Built on first search and kept with the event: typing a second letter does not fold 50,000 events again.
const haystacks = new WeakMap<TimelineEvent, string>();

function haystackOf(event: TimelineEvent): string {
  let haystack = haystacks.get(event);
  if (haystack === undefined) {
    const parts = [event.title, event.description, event.category, event.dateText, ...event.actors, ...event.sources.map((s) => s.name)];
    if (event.fields) parts.push(...event.fields.values());
    haystack = foldForSearch(parts.filter((part) => part !== undefined).join('\n'));
    haystacks.set(event, haystack);
  }
  return haystack;
}

/**
 * Most events whose text is folded ahead of a search. Folded text is kept with each event (about 100
 * bytes): for a million that is 100 MB, and folding it in idle time fills the heap while the reader
 * zooms (major collections of 100 ms and more). Past this, text is folded by the first search, which
 * is laid out in turns like any large filter.
 */
const MAX_WARMED = 200_000;

/** Events folded per slice of idle time while warming: about 5 ms of work each. */
const WARM_SLICE = 2000;
/** The longest a slice of warming waits for idle time. */
const WARM_WAIT_MS = 1000;

/**
 * Folds the events' text for search in idle time, a slice at a time, so that the first letter typed
 * into the search box does not wait for 50,000 events to be folded. Stops when the signal aborts
 * (newer data came). No slice runs before `heldUntil()` (performance.now()): folding 100,000 events'
 * text while a reader zooms put its slices between the zoom's frames, and its strings in their
 * scavenges (in traced runs of 60 zoom steps, 46 to 55 ms of minor GC with it, 26 to 27 without).
 */
export function warmSearch(events: readonly TimelineEvent[], signal: AbortSignal, heldUntil?: () => number): void {
  if (events.length > MAX_WARMED) return;
  inIdleTurns(events.length, (i) => haystackOf(events[i]!), signal, WARM_SLICE, WARM_WAIT_MS, heldUntil);
}

/** How many of the events have their text folded for search already (for tests). */
export function foldedCount(events: readonly TimelineEvent[]): number {
  return events.reduce((count, event) => count + Number(haystacks.has(event)), 0);
}

/** A test for one event, built once per filter. */
export function eventMatcher(filter: TimelineFilter): (event: TimelineEvent) => boolean {
  const terms = searchTerms(filter.text);
  const actors = filter.actors?.length ? new Set(filter.actors) : undefined;
  const categories = filter.categories?.length ? new Set(filter.categories) : undefined;
  return (event) =>
    (!actors || event.actors.some((actor) => actors.has(actor))) &&
    (!categories || (event.category !== undefined && categories.has(event.category))) &&
    (terms.length === 0 || terms.every((term) => haystackOf(event).includes(term)));
}

/** The events the filter keeps, in their order; the same array when it keeps them all. */
export function filterEvents(events: readonly TimelineEvent[], filter: TimelineFilter): readonly TimelineEvent[] {
  return runToEnd(filterEventsStepwise(events, filter, Infinity));
}

/** filterEvents, yielding after every `sliceSize` events: the first search of a million folds their text. */
export function* filterEventsStepwise(events: readonly TimelineEvent[], filter: TimelineFilter, sliceSize: number): Stepwise<readonly TimelineEvent[]> {
  if (isEmptyFilter(filter)) return events;
  return yield* keptStepwise(events, eventMatcher(filter), sliceSize);
}

/** A value (an actor, a kind…) and how many events have it. */
export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

/** An event's actors: a value getter for valueCounts (one function, so its counts are kept). */
export const actorsOf = (event: TimelineEvent): readonly string[] => event.actors;

const NO_VALUES: readonly string[] = Object.freeze([]);

/** An event's category as a list of none or one. */
export const categoriesOf = (event: TimelineEvent): readonly string[] => (event.category === undefined ? NO_VALUES : [event.category]);

/** Counts already made for an array of events, by value getter: the filter bar and the lanes ask for the same ones. */
const countsMade = new WeakMap<readonly TimelineEvent[], WeakMap<(event: TimelineEvent) => readonly string[], readonly ValueCount[]>>();

/**
 * Every value of a key with its number of events, busiest first (ties by first appearance): a filter's
 * choices, and the lanes. Counted once per array of events and getter; a million events take a second.
 */
export function valueCounts(events: readonly TimelineEvent[], valuesOf: (event: TimelineEvent) => readonly string[]): readonly ValueCount[] {
  return countsMade.get(events)?.get(valuesOf) ?? runToEnd(valueCountsStepwise(events, valuesOf, Infinity));
}

/** valueCounts a slice at a time, keeping what it counts for the next ask: a load counts while the page stays live. */
export function* valueCountsStepwise(
  events: readonly TimelineEvent[],
  valuesOf: (event: TimelineEvent) => readonly string[],
  sliceSize: number,
): Stepwise<readonly ValueCount[]> {
  const made = countsMade.get(events)?.get(valuesOf);
  if (made) return made;
  const counts = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    for (const value of valuesOf(events[i]!)) counts.set(value, (counts.get(value) ?? 0) + 1);
    if ((i + 1) % sliceSize === 0 && i + 1 < events.length) yield;
  }
  const list = Object.freeze([...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count));
  let kept = countsMade.get(events);
  if (!kept) countsMade.set(events, (kept = new WeakMap()));
  kept.set(valuesOf, list);
  return list;
}
