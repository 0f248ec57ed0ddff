/**
 * Rows of a TimelineJS spreadsheet (the Google Sheets template's columns:
 * https://timeline.knightlab.com/docs/using-spreadsheets.html) to raw
 * records, eras and a title. Each row is first made into the TimelineJS
 * JSON event it stands for, and read as one, so a sheet and a TimelineJS
 * file with the same content give the same records.
 */
import { timelineJsEraToRecord, timelineJsEventToRecord, timelineJsTitleSlide } from './read-timelinejs.js';
import type { TitleSlide } from './record-batch.js';
import { parseTimelineJsTime, timelineJsDateToEdtf } from './timelinejs-date.js';
import { textOf } from './plain-text.js';

/** The columns that identify a TimelineJS sheet (header names are matched in lower case). */
export const TIMELINEJS_SHEET_REQUIRED_COLUMNS = ['year', 'headline'] as const;
/** The template's columns, in its order; the ones this reader has no use for are listed so messages can name the layout. */
export const TIMELINEJS_SHEET_COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'type',
  'group',
  'background',
] as const;

/** `Type` values with a meaning; any other row (a blank Type included) is an event. */
const TITLE_TYPE = 'title';
const ERA_TYPE = 'era';
/** TimelineJS drops spaces and commas from date cells, so `2,019` and ` 3 ` read as numbers. */
const NUMBER_NOISE = /[\s,]+/g;
const INTEGER = /^-?\d+$/;
const MONTHS_IN_YEAR = 12;
const MAX_DAY = 31;

export type SheetRow = Readonly<Record<string, string>>;

/** What a sheet holds: its events, its eras, its title slide, and which row each event came from. */
export interface SheetReading extends TitleSlide {
  /** Raw records, as `RecordBatch.records`. */
  readonly records: readonly unknown[];
  readonly eras: readonly unknown[];
  /** For each record, the index (in the rows given) of the row it was read from. */
  readonly recordRows: readonly number[];
  /** Indexes of the rows read as the title or an era. */
  readonly otherRows: readonly number[];
}

type DatePrefix = '' | 'end ';

interface DateCells {
  readonly year: string | undefined;
  readonly month: string | undefined;
  readonly day: string | undefined;
  readonly time: string | undefined;
}

function cell(row: SheetRow, column: string): string | undefined {
  return textOf(row[column]);
}

function dateCells(row: SheetRow, prefix: DatePrefix): DateCells {
  return {
    year: cell(row, `${prefix}year`),
    month: cell(row, `${prefix}month`),
    day: cell(row, `${prefix}day`),
    time: cell(row, `${prefix}time`),
  };
}

/** A date cell as TimelineJS reads it, without spaces and commas; undefined when blank or not an integer. */
function integerCell(text: string | undefined): number | undefined {
  const digits = text?.replace(NUMBER_NOISE, '');
  return digits !== undefined && INTEGER.test(digits) ? Number(digits) : undefined;
}

function within(value: number | undefined, low: number, high: number): boolean {
  return value !== undefined && value >= low && value <= high;
}

/**
 * The date cells as the author wrote them ("Year 2019, Month Feb"): a date this reader cannot place is
 * passed on in words, which validation rejects as not a date, naming the cells to correct. TimelineJS
 * refuses such a row too, and guessing (dropping the month, or the time) would claim a precision, or a
 * lack of one, the author did not give.
 */
function cellsInWords(cells: DateCells): string {
  const named: [string, string | undefined][] = [
    ['Year', cells.year],
    ['Month', cells.month],
    ['Day', cells.day],
    ['Time', cells.time],
  ];
  return named
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
}

/**
 * The EDTF date (or UTC date-time) of a row's start or end cells at the precision given: a year alone
 * is a year, a time makes an instant. Undefined when all the cells are blank.
 */
export function sheetDate(row: SheetRow, prefix: DatePrefix = ''): string | undefined {
  const cells = dateCells(row, prefix);
  if (Object.values(cells).every((value) => value === undefined)) return undefined;
  const year = integerCell(cells.year);
  const month = integerCell(cells.month);
  const day = integerCell(cells.day);
  const clock = cells.time === undefined ? undefined : parseTimelineJsTime(cells.time);
  const placeable =
    year !== undefined &&
    (cells.month === undefined || within(month, 1, MONTHS_IN_YEAR)) &&
    (cells.day === undefined || (month !== undefined && within(day, 1, MAX_DAY))) &&
    (cells.time === undefined || (day !== undefined && clock !== undefined));
  if (!placeable) return cellsInWords(cells);
  return timelineJsDateToEdtf({ year, month, day, ...clock });
}

/** The TimelineJS JSON event a row stands for (https://timeline.knightlab.com/docs/json-format.html). */
function timelineJsEvent(row: SheetRow): Record<string, unknown> {
  return {
    start_date: sheetDate(row),
    end_date: sheetDate(row, 'end '),
    display_date: row['display date'],
    text: { headline: row['headline'], text: row['text'] },
    media: { url: row['media'], credit: row['media credit'], caption: row['media caption'] },
    group: row['group'],
  };
}

function rowType(row: SheetRow): string | undefined {
  return cell(row, 'type')?.toLowerCase();
}

/**
 * Reads the rows of a sheet whose header has the template's columns. The first `Type: title` row is the
 * title slide (its headline, text and media credit); later ones are events, as in TimelineJS.
 * `Type: era` rows are eras.
 */
export function readTimelineJsSheet(rows: readonly SheetRow[]): SheetReading {
  const records: unknown[] = [];
  const recordRows: number[] = [];
  const eras: unknown[] = [];
  const otherRows: number[] = [];
  let titleSlide: TitleSlide | undefined;
  rows.forEach((row, index) => {
    const type = rowType(row);
    const event = timelineJsEvent(row);
    if (type === TITLE_TYPE && titleSlide === undefined) {
      titleSlide = timelineJsTitleSlide(event);
      otherRows.push(index);
    } else if (type === ERA_TYPE) {
      eras.push(timelineJsEraToRecord(event));
      otherRows.push(index);
    } else {
      records.push(timelineJsEventToRecord(event));
      recordRows.push(index);
    }
  });
  return { records, eras, recordRows, otherRows, ...titleSlide };
}
