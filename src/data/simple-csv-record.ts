/**
 * One row of the simple CSV layout (`start,end,title,description,actors,source,url`
 * plus optional `id,category,dateText,dateNote`) to a raw record; any other column (`country`,
 * `casualties`, …) is kept in `fields` under its lower-case name.
 */
import type { EventSourceInput } from '../model/timeline-event.js';
import type { PartialEventRecord } from './record-batch.js';
import { definedFields } from './defined-fields.js';
import { otherColumns } from './other-columns.js';
import { splitList, textOf } from './plain-text.js';

/** Column names are matched case-insensitively, so these are lower case. */
export const SIMPLE_REQUIRED_COLUMNS = ['start', 'title'] as const;
export const SIMPLE_OPTIONAL_COLUMNS = [
  'end',
  'description',
  'actors',
  'source',
  'url',
  'id',
  'category',
  'datetext',
  'datenote',
] as const;
/** Every column this layout maps; the row's other columns go into `fields`. */
const MAPPED_COLUMNS: ReadonlySet<string> = new Set([...SIMPLE_REQUIRED_COLUMNS, ...SIMPLE_OPTIONAL_COLUMNS]);
/** Several actors or source names share one cell, separated by `;` (names may contain commas). */
const LIST_SEPARATOR = ';';

export type SimpleCsvRow = Readonly<Record<string, string>>;

/** `source` names the source, `url` links it; several names with one url keep the url as its own source. */
function simpleSources(row: SimpleCsvRow): EventSourceInput[] | undefined {
  const names = splitList(textOf(row['source']), LIST_SEPARATOR);
  const url = textOf(row['url']);
  if (url !== undefined && names.length <= 1) return [definedFields({ name: names[0], url })];
  const sources: EventSourceInput[] = names.map((name) => ({ name }));
  if (url !== undefined) sources.push({ url });
  return sources.length === 0 ? undefined : sources;
}

export function simpleRowToRecord(row: SimpleCsvRow): PartialEventRecord {
  const actors = splitList(textOf(row['actors']), LIST_SEPARATOR);
  return definedFields<PartialEventRecord>({
    id: textOf(row['id']),
    start: textOf(row['start']),
    end: textOf(row['end']),
    title: textOf(row['title']),
    description: textOf(row['description']),
    actors: actors.length === 0 ? undefined : actors,
    category: textOf(row['category']),
    dateText: textOf(row['datetext']),
    dateNote: textOf(row['datenote']),
    sources: simpleSources(row),
    fields: otherColumns(row, MAPPED_COLUMNS),
  });
}
