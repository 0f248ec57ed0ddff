/**
 * A UCDP Georeferenced Event Dataset (GED) export (https://ucdp.uu.se) to raw records, by the GED
 * codebook's columns. `date_prec` says how well UCDP knows the date, and the EDTF date keeps it:
 * 1 the day (or the days from date_start to date_end), 2 one day in date_start–date_end (2–6 days),
 * 3 the ISO week, 4 the month, 5 the year; `dateNote` says which. Dates may carry the export's
 * midnight time (`2017-07-01 00:00:00.000`).
 */
import type { PartialEventRecord } from './record-batch.js';
import { parseAcledDate, type NumericOrder } from './acled-date.js';
import { formatEdtfDay, formatEdtfMonth, formatEdtfYear, formatIsoWeek, type CalendarDay } from './calendar-day.js';
import { definedFields } from './defined-fields.js';
import { readInColumnOrder, type OrderedReading } from './numeric-date-column.js';
import { otherColumns } from './other-columns.js';
import { actorsOf, sentences } from './row-columns.js';
import { splitList, textOf } from './plain-text.js';

/** The columns that identify a GED export. */
export const UCDP_GED_REQUIRED_COLUMNS = ['type_of_violence', 'date_prec', 'date_start', 'date_end'] as const;
/** Columns whose content became the record's id, dates, actors or sources; all others go into `fields`. */
const CONSUMED_COLUMNS: ReadonlySet<string> = new Set(['relid', 'date_prec', 'date_start', 'date_end', 'side_a', 'side_b', 'source_article', 'source_headline']);

const VIOLENCE_TYPES: Readonly<Record<string, string>> = {
  '1': 'State-based conflict',
  '2': 'Non-state conflict',
  '3': 'One-sided violence',
};
const TITLE_SEPARATOR = ' — ';
const LIST_SEPARATOR = ';';

export type UcdpGedRow = Readonly<Record<string, string>>;

interface GedDates {
  readonly start?: string;
  readonly end?: string;
  readonly dateNote?: string;
}

function sameDay(a: CalendarDay, b: CalendarDay): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** One EDTF date at a precision, or the two ends when date_start and date_end fall in different units. */
function unitOrSpan(first: CalendarDay, last: CalendarDay, format: (day: CalendarDay) => string, note: string): GedDates {
  const start = format(first);
  const end = format(last);
  return start === end ? { start, dateNote: note } : { start, end, dateNote: note };
}

function gedDates(row: UcdpGedRow, order: NumericOrder | undefined): GedDates {
  const startCell = textOf(row['date_start']);
  const endCell = textOf(row['date_end']);
  const first = startCell === undefined || order === undefined ? undefined : parseAcledDate(startCell, order);
  const readEnd = endCell === undefined || order === undefined ? undefined : parseAcledDate(endCell, order);
  // An unreadable start goes to validation as written, which reports it with the row.
  if (first === undefined) return definedFields({ start: startCell });
  const last = readEnd ?? first;
  const span = `${formatEdtfDay(first)} to ${formatEdtfDay(last)}`;
  const precision = textOf(row['date_prec']);
  switch (precision) {
    case '1':
      return sameDay(first, last) ? { start: formatEdtfDay(first) } : { start: formatEdtfDay(first), end: formatEdtfDay(last) };
    case '2':
      return unitOrSpan(first, last, formatEdtfDay, `UCDP date precision 2: the event happened on one day from ${span}, not on all of them.`);
    case '3':
      return unitOrSpan(first, last, formatIsoWeek, `UCDP date precision 3: UCDP knows only the week (${span}).`);
    case '4':
      return unitOrSpan(first, last, formatEdtfMonth, 'UCDP date precision 4: UCDP knows only the month.');
    case '5':
      return unitOrSpan(first, last, (day) => formatEdtfYear(day.year), 'UCDP date precision 5: UCDP knows only the year.');
    default: {
      const note = `UCDP date precision ${precision === undefined ? 'missing' : `"${precision}" is not one of 1–5`}: the dates are shown as given.`;
      return unitOrSpan(first, last, formatEdtfDay, note);
    }
  }
}

function gedTitle(row: UcdpGedRow): string | undefined {
  const who = textOf(row['dyad_name']) ?? textOf(row['conflict_name']);
  const where = textOf(row['where_coordinates']) ?? textOf(row['adm_2']) ?? textOf(row['adm_1']) ?? textOf(row['country']);
  if (who !== undefined && where !== undefined) return `${who}${TITLE_SEPARATOR}${where}`;
  return who ?? where;
}

/** The conflict and the deaths, best estimate first with UCDP's low and high. */
function gedDescription(row: UcdpGedRow): string | undefined {
  const conflict = textOf(row['conflict_name']);
  const best = textOf(row['best']);
  const low = textOf(row['low']);
  const high = textOf(row['high']);
  const range = low !== undefined && high !== undefined ? ` (low ${low}, high ${high})` : '';
  return sentences([
    conflict === undefined ? undefined : `${conflict}.`,
    best === undefined ? undefined : `Deaths, best estimate: ${best}${range}.`,
  ]);
}

function gedActors(row: UcdpGedRow): string[] | undefined {
  return actorsOf(row, ['side_a', 'side_b']);
}

/** The articles UCDP coded from; their headlines when the article column is empty. */
function gedSources(row: UcdpGedRow): { name: string }[] | undefined {
  const articles = splitList(textOf(row['source_article']), LIST_SEPARATOR);
  const names = articles.length > 0 ? articles : splitList(textOf(row['source_headline']), LIST_SEPARATOR);
  return names.length === 0 ? undefined : names.map((name) => ({ name }));
}

export function ucdpGedRowToRecord(row: UcdpGedRow, order: NumericOrder | undefined): PartialEventRecord {
  const { start, end, dateNote } = gedDates(row, order);
  const violence = textOf(row['type_of_violence']);
  return definedFields<PartialEventRecord>({
    id: textOf(row['relid']) ?? textOf(row['id']),
    start,
    end,
    title: gedTitle(row),
    description: gedDescription(row),
    actors: gedActors(row),
    category: violence === undefined ? undefined : (VIOLENCE_TYPES[violence] ?? `Type of violence ${violence}`),
    dateNote,
    sources: gedSources(row),
    fields: otherColumns(row, CONSUMED_COLUMNS),
  });
}

/** Every row of a GED export, numeric dates (if a spreadsheet wrote any) read in the order the file proves. */
export function readUcdpGedRows(rows: readonly UcdpGedRow[]): OrderedReading {
  return readInColumnOrder(rows, (row) => [textOf(row['date_start']), textOf(row['date_end'])], ucdpGedRowToRecord, 'date_start/date_end');
}
