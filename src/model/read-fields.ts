/**
 * A record's other columns (`fields`, and any top-level value the data format does not name), kept as
 * text so lanes can group by any of them and search can find them. A Map, not an object: a column may
 * be called `__proto__` or `constructor`.
 */
import { isRecord } from './is-record.js';

/** The data format's own keys: everything else at the top level of a record is a field. */
const FORMAT_KEYS = new Set(['id', 'start', 'end', 'title', 'description', 'actors', 'category', 'dateText', 'dateNote', 'sources', 'url', 'fields', 'reported', 'confidence', 'dates']);
/** Enough for every column of an ACLED or UCDP export (31 and 49); a record with more is someone's dump, not a row. */
export const MAX_FIELDS = 64;
/** A field is for grouping and finding, not reading: a longer value is cut. */
export const MAX_FIELD_LENGTH = 1000;

export type EventFields = ReadonlyMap<string, string>;

export function readFields(record: Readonly<Record<string, unknown>>): EventFields | undefined {
  let fields: Map<string, string> | undefined;
  const take = (key: string, value: unknown) => {
    const text = fieldText(value);
    if (text === undefined || key.trim() === '') return;
    fields ??= new Map();
    if (fields.size < MAX_FIELDS || fields.has(key)) fields.set(key, text);
  };
  for (const key of Object.keys(record)) if (!FORMAT_KEYS.has(key)) take(key, record[key]);
  // Declared fields win over a top-level value of the same name.
  const declared = record['fields'];
  if (isRecord(declared)) for (const key of Object.keys(declared)) take(key, declared[key]);
  return fields;
}

function fieldText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  return text.length > MAX_FIELD_LENGTH ? text.slice(0, MAX_FIELD_LENGTH) : text;
}
