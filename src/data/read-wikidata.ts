/**
 * What query.wikidata.org downloads to raw records: the SPARQL JSON results
 * (`{ head: { vars }, results: { bindings } }`), the "simple" JSON (an array of `{ item, itemLabel, … }`)
 * and the CSV (read by the table reader, which hands its rows here).
 *
 * A row's title is `itemLabel` (or the `<x>Label` of the first variable `x` that has one), its date
 * `date`, `start`, `startTime`, `pointInTime` or `time`, its end `end` or `endTime`, its precision a
 * `precision` or `datePrecision` column in Wikidata's codes (11 day, 10 month, 9 year, 8 decade,
 * 7 century). Without one, a time of midnight UTC is a day: Wikidata stores dates without times, and
 * the query service writes them as midnight UTC.
 *
 * Years before AD 1: the query service writes dates as XSD 1.1 does, with astronomical years (its RDF
 * export follows XSD 1.1: 1 BCE is year 0, so 458 BCE comes out as `-0457`), which is also EDTF's
 * numbering; the year is kept as written. (Wikidata's own entity JSON numbers them the traditional way;
 * that format is not what the query service downloads.) Some answers write a negative year with fewer
 * than four digits (`-099`); it is padded.
 */
import { isRecord } from '../model/is-record.js';
import type { PartialEventRecord, RecordBatch } from './record-batch.js';
import { calendarDay, formatEdtfDay, formatEdtfMonth, formatEdtfYear, type CalendarDay } from './calendar-day.js';
import { definedFields } from './defined-fields.js';
import { textOf } from './plain-text.js';

/** One result row: variable name (as written) to its value as text. */
export type WikidataRow = ReadonlyMap<string, string>;

const DATE_VARIABLES = ['date', 'start', 'starttime', 'pointintime', 'time'] as const;
const END_VARIABLES = ['end', 'endtime'] as const;
const PRECISION_VARIABLES = ['precision', 'dateprecision'] as const;
const ARTICLE_VARIABLES = ['article', 'sitelink'] as const;
const DESCRIPTION_VARIABLES = ['itemdescription', 'description'] as const;
const LABEL_SUFFIX = 'label';
const ENTITY_URL = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/;
/** xsd:dateTime as the query service writes it; the year may lack padding (`-099`). */
const DATE_TIME = /^([+-]?)(\d{1,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?Z$/;
const MIDNIGHT = '00:00:00';
/** Wikidata's precision codes. */
const PRECISION_CENTURY = 7;
const PRECISION_DECADE = 8;
const PRECISION_YEAR = 9;
const PRECISION_MONTH = 10;
const PRECISION_DAY = 11;
const YEARS_PER_CENTURY = 100;

/** A case-insensitive view of a row, so CSV's lower-cased headers and JSON's `itemLabel` read alike. */
function valueOf(row: WikidataRow, names: readonly string[]): { key: string; value: string } | undefined {
  for (const name of names) {
    for (const [key, value] of row) {
      if (key.toLowerCase() === name && textOf(value) !== undefined) return { key, value: value.trim() };
    }
  }
  return undefined;
}

/** The variable holding the item and the one holding its label: `item`/`itemLabel`, else the first `x` with an `xLabel`. */
export function labelVariables(variables: readonly string[]): { item?: string; label?: string } {
  const lower = variables.map((name) => name.toLowerCase());
  const itemIndex = lower.indexOf('item');
  const labelIndex = lower.indexOf(`item${LABEL_SUFFIX}`);
  if (labelIndex !== -1) return definedFields({ item: itemIndex === -1 ? undefined : variables[itemIndex], label: variables[labelIndex] });
  const index = lower.findIndex((name) => lower.includes(`${name}${LABEL_SUFFIX}`));
  if (index === -1) return {};
  return { item: variables[index]!, label: variables[lower.indexOf(`${lower[index]}${LABEL_SUFFIX}`)]! };
}

/** Whether a table header (lower-cased) is a query result this reader maps: a labelled variable and a date. */
export function isWikidataHeader(header: readonly string[]): boolean {
  return labelVariables(header).label !== undefined && header.some((name) => (DATE_VARIABLES as readonly string[]).includes(name));
}

interface WikidataTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly time: string;
}

function parseTime(text: string): WikidataTime | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const year = (match[1] === '-' ? -1 : 1) * Number(match[2]);
  return { year, month: Number(match[3]), day: Number(match[4]), time: `${match[5]}:${match[6]}:${match[7]}` };
}

function edtfYear(year: number): string {
  return formatEdtfYear(year);
}

/** The EDTF date of a query service time at a Wikidata precision; undefined when the text is not one. */
function edtfOf(text: string, precision: number | undefined): { date: string; note?: string } | undefined {
  const time = parseTime(text);
  if (time === undefined) return undefined;
  const day: CalendarDay | undefined = calendarDay(time.year, time.month, time.day);
  const monthKnown = time.month >= 1 && time.month <= 12;
  if (precision === undefined) {
    // Wikidata keeps no times: midnight UTC is the day. A month or day of 00 is how a year or month is written.
    if (!monthKnown) return { date: edtfYear(time.year) };
    if (time.day === 0) return { date: formatEdtfMonth({ year: time.year, month: time.month, day: 1 }) };
    if (day === undefined) return undefined;
    return { date: time.time === MIDNIGHT ? formatEdtfDay(day) : text.replace(/^\+/, '') };
  }
  if (precision >= PRECISION_DAY) return day === undefined ? undefined : { date: formatEdtfDay(day) };
  if (precision === PRECISION_MONTH) return monthKnown ? { date: formatEdtfMonth({ year: time.year, month: time.month, day: 1 }) } : undefined;
  if (precision === PRECISION_YEAR) return { date: edtfYear(time.year) };
  if (precision === PRECISION_DECADE) return { date: `${edtfYear(time.year).slice(0, -1)}X` };
  if (precision === PRECISION_CENTURY) {
    // Wikidata's "19th century" may be stored as any year 1801–1900: 1801–1900 → 18XX, which reads as the 19th century.
    const hundreds = Math.floor((Math.abs(time.year) - 1) / YEARS_PER_CENTURY);
    return { date: `${time.year < 0 ? '-' : ''}${String(hundreds).padStart(2, '0')}XX` };
  }
  return {
    date: edtfYear(time.year),
    note: `Wikidata precision ${precision} (coarser than a century): shown as the year stored, ${edtfYear(time.year)}.`,
  };
}

function precisionOf(row: WikidataRow): number | undefined {
  const cell = valueOf(row, PRECISION_VARIABLES)?.value;
  const precision = cell === undefined ? NaN : Number(cell);
  return Number.isInteger(precision) ? precision : undefined;
}

function sourcesOf(row: WikidataRow, itemUrl: string | undefined): { name: string; url: string }[] | undefined {
  const sources: { name: string; url: string }[] = [];
  const article = valueOf(row, ARTICLE_VARIABLES)?.value;
  if (article !== undefined) {
    let host = 'Wikipedia';
    try {
      host = new URL(article).hostname;
    } catch {
      // Not a URL: keep the generic name; validation decides whether the link is usable.
    }
    sources.push({ name: host, url: article });
  }
  if (itemUrl !== undefined && ENTITY_URL.test(itemUrl)) sources.push({ name: 'Wikidata', url: itemUrl });
  return sources.length === 0 ? undefined : sources;
}

/** One row to a record; `variables` are the query's variables (for which is the item and its label). */
export function wikidataRowToRecord(row: WikidataRow, variables: readonly string[]): PartialEventRecord {
  const { item, label } = labelVariables(variables);
  const itemUrl = item === undefined ? undefined : textOf(row.get(item));
  const precision = precisionOf(row);
  const dateCell = valueOf(row, DATE_VARIABLES);
  const endCell = valueOf(row, END_VARIABLES);
  const start = dateCell === undefined ? undefined : edtfOf(dateCell.value, precision);
  const end = endCell === undefined ? undefined : edtfOf(endCell.value, precision);
  const description = valueOf(row, DESCRIPTION_VARIABLES);
  const consumed = new Set(
    [item, label, dateCell?.key, endCell?.key, description?.key, valueOf(row, ARTICLE_VARIABLES)?.key, valueOf(row, PRECISION_VARIABLES)?.key].filter(
      (key): key is string => key !== undefined,
    ),
  );
  const fields: Record<string, string> = {};
  for (const [key, value] of row) {
    const text = textOf(value);
    if (text !== undefined && !consumed.has(key)) Object.defineProperty(fields, key, { value: text, enumerable: true, writable: true, configurable: true });
  }
  const notes = [start?.note, end?.note].filter((note): note is string => note !== undefined);
  return definedFields<PartialEventRecord>({
    id: itemUrl === undefined ? undefined : (ENTITY_URL.exec(itemUrl)?.[1] ?? itemUrl),
    // A date the reader cannot read goes to validation as written, which reports it with the row.
    start: start?.date ?? dateCell?.value,
    end: end?.date ?? endCell?.value,
    title: label === undefined ? undefined : textOf(row.get(label)),
    description: description?.value,
    dateNote: notes.length === 0 ? undefined : notes.join(' '),
    sources: sourcesOf(row, itemUrl),
    fields: Object.keys(fields).length === 0 ? undefined : fields,
  });
}

// ---- JSON shapes -------------------------------------------------------------------------

function isVariableList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((name) => typeof name === 'string');
}

/** SPARQL 1.1 JSON results: `{ head: { vars }, results: { bindings } }`. */
export function isSparqlResults(value: unknown): value is { head: { vars: string[] }; results: { bindings: unknown[] } } {
  return (
    isRecord(value) &&
    isRecord(value['head']) &&
    isVariableList(value['head']['vars']) &&
    isRecord(value['results']) &&
    Array.isArray(value['results']['bindings'])
  );
}

/** The query service's "simple" JSON: an array of flat rows with a labelled variable holding a Wikidata item. */
export function isWikidataSimpleJson(value: unknown): value is Record<string, unknown>[] {
  if (!Array.isArray(value) || value.length === 0 || !isRecord(value[0])) return false;
  const first = value[0];
  const { item, label } = labelVariables(Object.keys(first));
  return label !== undefined && item !== undefined && typeof first[item] === 'string' && ENTITY_URL.test(first[item]);
}

function textCells(entries: Iterable<[string, unknown]>): WikidataRow {
  const row = new Map<string, string>();
  for (const [key, value] of entries) {
    const text = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
    if (text !== undefined) row.set(key, text);
  }
  return row;
}

/** A binding's `{ type, value }` cells as text; a binding that is not an object becomes an empty row (validation reports it). */
function bindingRow(binding: unknown): WikidataRow {
  if (!isRecord(binding)) return new Map();
  return textCells(Object.entries(binding).map(([key, cell]) => [key, isRecord(cell) ? cell['value'] : undefined]));
}

export function readWikidataJson(value: { head: { vars: string[] }; results: { bindings: unknown[] } } | Record<string, unknown>[]): RecordBatch {
  if (Array.isArray(value)) {
    const variables = Object.keys(value[0] ?? {});
    const records = value.map((row) => wikidataRowToRecord(isRecord(row) ? textCells(Object.entries(row)) : new Map(), variables));
    return { records, eras: [], format: 'wikidata' };
  }
  const variables = value.head.vars;
  return { records: value.results.bindings.map((binding) => wikidataRowToRecord(bindingRow(binding), variables)), eras: [], format: 'wikidata' };
}

/** Table rows (keyed by lower-cased header) of a query result saved as CSV. */
export function readWikidataRows(rows: readonly Readonly<Record<string, string>>[], header: readonly string[]): PartialEventRecord[] {
  return rows.map((row) => wikidataRowToRecord(new Map(Object.entries(row)), header));
}
