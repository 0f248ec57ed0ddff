import type { DatePrecision, EventDate } from '../../src/model/event-date.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';

/** A hand-built validated event, for layout tests that must not depend on parsing. */
export function makeEvent(
  id: string,
  from: number,
  to: number,
  options: { actors?: string[]; precision?: DatePrecision; title?: string; end?: boolean } = {},
): TimelineEvent {
  const precision = options.precision ?? 'day';
  const date = (earliest: number, latest: number): EventDate => ({
    earliest,
    latest,
    precision,
    uncertain: false,
    approximate: false,
    text: '',
  });
  const hasEnd = options.end ?? false;
  return {
    id,
    title: options.title ?? `Event ${id}`,
    start: hasEnd ? date(from, from + 86_400_000 - 1) : date(from, to),
    ...(hasEnd ? { end: date(to - 86_400_000 + 1, to) } : {}),
    actors: options.actors ?? [],
    sources: [],
    from,
    to,
  };
}

export const DAY = 86_400_000;
export const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
