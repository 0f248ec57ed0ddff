/**
 * An ACLED export (https://acleddata.com) to raw records. ACLED's `time_precision` says how well
 * the date is known, and the EDTF date keeps it: 1 the day, 2 the ISO week holding the coded day,
 * 3 the month (ACLED codes a day in it); `dateNote` says which. Numeric dates (`09/05/2020`) are
 * read in the order the file's own rows prove (numeric-date-column.ts).
 */
import type { PartialEventRecord } from './record-batch.js';
import { parseAcledDate, type NumericOrder } from './acled-date.js';
import { readInColumnOrder, type OrderedReading } from './numeric-date-column.js';
import { formatEdtfDay, formatEdtfMonth, formatIsoWeek } from './calendar-day.js';
import { definedFields } from './defined-fields.js';
import { otherColumns } from './other-columns.js';
import { actorsOf, sentences } from './row-columns.js';
import { splitList, textOf } from './plain-text.js';

/** The columns that identify an ACLED export. */
export const ACLED_REQUIRED_COLUMNS = ['event_id_cnty', 'event_date'] as const;
/** The columns this reader maps; every other column with a value goes into `fields`. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'admin1',
  'location',
  'fatalities',
  'notes',
  'source',
] as const;
/**
 * Columns whose content is the record's id, date, actors, description or sources; the rest, and the
 * place and kind columns that are mapped too (location, admin1, event_type, fatalities), stay in `fields`.
 */
const CONSUMED_COLUMNS: ReadonlySet<string> = new Set(['event_id_cnty', 'event_date', 'time_precision', 'actor1', 'actor2', 'notes', 'source']);

/** ACLED codebook: 1 = the day is known, 2 = the week, 3 = the month. */
const PRECISION_DAY = '1';
const PRECISION_WEEK = '2';
const PRECISION_MONTH = '3';
/** Place first: it is what tells one "Armed clash" from the next when a label is cut short. */
const TITLE_SEPARATOR = ': ';
const SOURCE_SEPARATOR = ';';

export type AcledRow = Readonly<Record<string, string>>;

function unknownPrecisionNote(precision: string | undefined): string {
  return precision === undefined
    ? 'ACLED time precision missing: the date is shown as the day given.'
    : `ACLED time precision "${precision}" is not one of 1, 2, 3: the date is shown as the day given.`;
}

/** The EDTF start and an explanation for a date cell and its time_precision. */
function acledDate(dateCell: string | undefined, precision: string | undefined, order: NumericOrder | undefined): { start?: string; dateNote?: string } {
  // A date the column cannot decide is left as written; the reader's warning on the row says why.
  const day = dateCell === undefined || order === undefined ? undefined : parseAcledDate(dateCell, order);
  // An unreadable date goes to validation as written, which reports it with the row.
  if (day === undefined) return definedFields({ start: dateCell });
  switch (precision) {
    case PRECISION_DAY:
      return { start: formatEdtfDay(day) };
    case PRECISION_WEEK:
      return {
        start: formatIsoWeek(day),
        dateNote: `ACLED time precision 2: ACLED knows the week, not the day; shown as the ISO week (Monday to Sunday) holding the day it coded, ${formatEdtfDay(day)}.`,
      };
    case PRECISION_MONTH:
      return {
        start: formatEdtfMonth(day),
        dateNote: `ACLED time precision 3: ACLED knows only the month; the day it coded, ${formatEdtfDay(day)}, stands for the month.`,
      };
    default:
      return { start: formatEdtfDay(day), dateNote: unknownPrecisionNote(precision) };
  }
}

function acledTitle(row: AcledRow): string | undefined {
  const kind = textOf(row['sub_event_type']) ?? textOf(row['event_type']);
  const location = textOf(row['location']);
  if (kind !== undefined && location !== undefined) return `${location}${TITLE_SEPARATOR}${kind}`;
  return kind ?? location;
}

/** Notes, then what the timeline has no field for (fatalities, region), in words. */
function acledDescription(row: AcledRow): string | undefined {
  const fatalities = textOf(row['fatalities']);
  const admin1 = textOf(row['admin1']);
  return sentences([
    textOf(row['notes']),
    fatalities === undefined ? undefined : `Fatalities: ${fatalities}.`,
    admin1 === undefined ? undefined : `Region: ${admin1}.`,
  ]);
}

/** actor1 and actor2; ACLED's R exports write `NA` where there is no second actor. */
function acledActors(row: AcledRow): string[] | undefined {
  return actorsOf(row, ['actor1', 'actor2']);
}

function acledSources(row: AcledRow): { name: string }[] | undefined {
  const names = splitList(textOf(row['source']), SOURCE_SEPARATOR);
  return names.length === 0 ? undefined : names.map((name) => ({ name }));
}

/** One row, its numeric dates read in `order` (undefined: the column could not decide them). */
export function acledRowToRecord(row: AcledRow, order: NumericOrder | undefined): PartialEventRecord {
  const { start, dateNote } = acledDate(textOf(row['event_date']), textOf(row['time_precision']), order);
  return definedFields<PartialEventRecord>({
    id: textOf(row['event_id_cnty']),
    start,
    title: acledTitle(row),
    description: acledDescription(row),
    actors: acledActors(row),
    category: textOf(row['event_type']),
    dateNote,
    sources: acledSources(row),
    fields: otherColumns(row, CONSUMED_COLUMNS),
  });
}

/** Every row of an export, numeric dates read in the order the column proves, with what was assumed or left unread. */
export function readAcledRows(rows: readonly AcledRow[]): OrderedReading {
  return readInColumnOrder(rows, (row) => [textOf(row['event_date'])], acledRowToRecord, 'event_date');
}
