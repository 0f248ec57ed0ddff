/**
 * One row of an ACLED export (https://acleddata.com) to a raw record.
 * ACLED's `time_precision` says how well the date is known; it is carried
 * into the EDTF date (`~`, month precision) and explained in `dateNote`, so a
 * week-vague event is not drawn as if it were known to the day.
 */
import type { PartialEventRecord } from './record-batch.js';
import { formatEdtfDay, formatEdtfMonth, parseAcledDate } from './acled-date.js';
import { definedFields } from './defined-fields.js';
import { splitList, textOf } from './plain-text.js';

/** The columns that identify an ACLED export. */
export const ACLED_REQUIRED_COLUMNS = ['event_id_cnty', 'event_date'] as const;
/** The columns this reader uses; an export's other columns are ignored. */
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

/** ACLED codebook: 1 = the day is known, 2 = within about a week, 3 = within about a month. */
const PRECISION_DAY = '1';
const PRECISION_WEEK = '2';
const PRECISION_MONTH = '3';
const NOTE_WEEK = 'ACLED time precision 2: within about a week of this day.';
const NOTE_MONTH = 'ACLED time precision 3: only the month is known.';
const EDTF_APPROXIMATE = '~';
const TITLE_SEPARATOR = ' — ';
const SOURCE_SEPARATOR = ';';

export type AcledRow = Readonly<Record<string, string>>;

function unknownPrecisionNote(precision: string | undefined): string {
  return precision === undefined
    ? 'ACLED time precision missing: the date is shown as given.'
    : `ACLED time precision "${precision}" is not one of 1, 2, 3: the date is shown as given.`;
}

/** The EDTF start and an explanation for a date cell and its time_precision. */
function acledDate(dateCell: string | undefined, precision: string | undefined): { start?: string; dateNote?: string } {
  const day = dateCell === undefined ? undefined : parseAcledDate(dateCell);
  // An unreadable date goes to validation as written, which reports it with the row.
  if (day === undefined) return definedFields({ start: dateCell });
  switch (precision) {
    case PRECISION_DAY:
      return { start: formatEdtfDay(day) };
    case PRECISION_WEEK:
      return { start: formatEdtfDay(day) + EDTF_APPROXIMATE, dateNote: NOTE_WEEK };
    case PRECISION_MONTH:
      return { start: formatEdtfMonth(day) + EDTF_APPROXIMATE, dateNote: NOTE_MONTH };
    default:
      return { start: formatEdtfDay(day), dateNote: unknownPrecisionNote(precision) };
  }
}

function acledTitle(row: AcledRow): string | undefined {
  const kind = textOf(row['sub_event_type']) ?? textOf(row['event_type']);
  const location = textOf(row['location']);
  if (kind !== undefined && location !== undefined) return `${kind}${TITLE_SEPARATOR}${location}`;
  return kind ?? location;
}

/** Notes, then what the timeline has no field for (fatalities, region), in words. */
function acledDescription(row: AcledRow): string | undefined {
  const fatalities = textOf(row['fatalities']);
  const admin1 = textOf(row['admin1']);
  const parts = [
    textOf(row['notes']),
    fatalities === undefined ? undefined : `Fatalities: ${fatalities}.`,
    admin1 === undefined ? undefined : `Region: ${admin1}.`,
  ].filter((part): part is string => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(' ');
}

function acledActors(row: AcledRow): string[] | undefined {
  const actors = [textOf(row['actor1']), textOf(row['actor2'])].filter((actor): actor is string => actor !== undefined);
  return actors.length === 0 ? undefined : actors;
}

function acledSources(row: AcledRow): { name: string }[] | undefined {
  const names = splitList(textOf(row['source']), SOURCE_SEPARATOR);
  return names.length === 0 ? undefined : names.map((name) => ({ name }));
}

export function acledRowToRecord(row: AcledRow): PartialEventRecord {
  const { start, dateNote } = acledDate(textOf(row['event_date']), textOf(row['time_precision']));
  return definedFields<PartialEventRecord>({
    id: textOf(row['event_id_cnty']),
    start,
    title: acledTitle(row),
    description: acledDescription(row),
    actors: acledActors(row),
    category: textOf(row['event_type']),
    dateNote,
    sources: acledSources(row),
  });
}
