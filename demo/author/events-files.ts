/**
 * The events as files the package reads back: JSON (`{ "title", "events" }`) and the simple CSV
 * (`start,end,title,description,actors,source,url`, plus the optional columns the CSV reader also knows,
 * only when some event uses them).
 */
import type { EventRecord } from './event-row.js';

export function eventsJson(records: readonly EventRecord[], title: string): string {
  const document = title.trim() === '' ? { events: records } : { title: title.trim(), events: records };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const BASE_COLUMNS = ['start', 'end', 'title', 'description', 'actors', 'source', 'url'] as const;
const OPTIONAL_COLUMNS = ['id', 'category', 'dateText', 'dateNote'] as const;
type Column = (typeof BASE_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
/** The CSV reader's separator inside a cell of actors or source names. */
const LIST_SEPARATOR = '; ';

export function eventsCsv(records: readonly EventRecord[]): string {
  const columns: Column[] = [...BASE_COLUMNS, ...OPTIONAL_COLUMNS.filter((column) => records.some((record) => record[column] !== undefined))];
  const lines = [columns.join(','), ...records.map((record) => columns.map((column) => csvField(cell(record, column))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function cell(record: EventRecord, column: Column): string {
  const sources = record.sources ?? [];
  switch (column) {
    case 'actors':
      return (record.actors ?? []).join(LIST_SEPARATOR);
    case 'source':
      return sources.flatMap((source) => (source.name === undefined ? [] : [source.name])).join(LIST_SEPARATOR);
    case 'url':
      // One address per row in this layout: the first source's.
      return sources.find((source) => source.url !== undefined)?.url ?? '';
    default:
      return record[column] ?? '';
  }
}

/** RFC 4180: a field with a comma, quote, line break or edge space is quoted, its quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
