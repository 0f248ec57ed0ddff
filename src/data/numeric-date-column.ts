/**
 * Numeric dates with the year last (`09/05/2020`) in a table's date columns are day-first or
 * month-first by the file, not by the cell: rows with a number over 12 prove the order for the rest.
 * This reads a table's rows in the order its date cells prove and says what it assumed or left unread.
 */
import type { RecordDiagnostic } from '../model/timeline-event.js';
import type { PartialEventRecord } from './record-batch.js';
import { numericDateOrder, type NumericOrder } from './acled-date.js';

/** How the file's numeric dates are read. */
export type ColumnOrder =
  | { readonly kind: 'proved'; readonly order: NumericOrder }
  | { readonly kind: 'assumed'; readonly order: NumericOrder; readonly firstAmbiguous: number }
  | { readonly kind: 'contradicted'; readonly dayFirstRow: number; readonly monthFirstRow: number }
  | { readonly kind: 'none' };

/**
 * The order of the rows' numeric dates (each row may have several date cells): proved by a cell whose
 * first number is over 12 (day-first) or whose second is (month-first); assumed day-first, as ACLED
 * and UCDP write dates, when every such date could be either; contradicted when cells prove both, as
 * when a spreadsheet turned some dates around.
 */
export function numericOrderOfColumn(rows: readonly (readonly (string | undefined)[])[]): ColumnOrder {
  let dayFirstRow: number | undefined;
  let monthFirstRow: number | undefined;
  let firstAmbiguous: number | undefined;
  rows.forEach((cells, index) => {
    for (const cell of cells) {
      const order = cell === undefined ? undefined : numericDateOrder(cell);
      if (order === 'day-first') dayFirstRow ??= index;
      else if (order === 'month-first') monthFirstRow ??= index;
      else if (order === 'ambiguous') firstAmbiguous ??= index;
    }
  });
  if (dayFirstRow !== undefined && monthFirstRow !== undefined) return { kind: 'contradicted', dayFirstRow, monthFirstRow };
  if (dayFirstRow !== undefined) return { kind: 'proved', order: 'day-first' };
  if (monthFirstRow !== undefined) return { kind: 'proved', order: 'month-first' };
  return firstAmbiguous === undefined ? { kind: 'none' } : { kind: 'assumed', order: 'day-first', firstAmbiguous };
}

export interface OrderedReading {
  readonly records: readonly PartialEventRecord[];
  readonly warnings: readonly RecordDiagnostic[];
}

function quoted(cell: string | undefined): string {
  return `'${cell ?? ''}'`;
}

function firstCellOf(cells: readonly (string | undefined)[], wanted: (cell: string) => boolean): string | undefined {
  return cells.find((cell) => cell !== undefined && wanted(cell));
}

/**
 * Every row to a record, its numeric dates read in the order the file proves. `toRecord` gets the
 * order to read in, or undefined for a row whose dates cannot be told apart (left as written, so
 * validation rejects them); `column` names the date column(s) in warnings.
 */
export function readInColumnOrder<Row>(
  rows: readonly Row[],
  dateCells: (row: Row) => readonly (string | undefined)[],
  toRecord: (row: Row, order: NumericOrder | undefined) => PartialEventRecord,
  column: string,
): OrderedReading {
  const cells = rows.map(dateCells);
  const order = numericOrderOfColumn(cells);
  if (order.kind !== 'contradicted') {
    const records = rows.map((row) => toRecord(row, order.kind === 'none' ? 'day-first' : order.order));
    if (order.kind !== 'assumed') return { records, warnings: [] };
    const index = order.firstAmbiguous;
    const cell = quoted(firstCellOf(cells[index]!, (text) => numericDateOrder(text) === 'ambiguous'));
    const reason =
      `record ${index}: ${column} ${cell} and every other numeric date in this file could be day/month/year or ` +
      `month/day/year, and no row says which; all were read day first, as the export writes them (${cell} as ` +
      `${String(records[index]?.start)}). If the file is month first, save it with ISO dates (2020-05-09) and load it again.`;
    return { records, warnings: [{ index, record: records[index], reason }] };
  }
  const { dayFirstRow, monthFirstRow } = order;
  const proof = (row: number, kind: NumericOrder): string =>
    quoted(firstCellOf(cells[row]!, (text) => numericDateOrder(text) === kind));
  const records: PartialEventRecord[] = [];
  const warnings: RecordDiagnostic[] = [];
  rows.forEach((row, index) => {
    const ambiguous = firstCellOf(cells[index]!, (text) => numericDateOrder(text) === 'ambiguous');
    const proved = firstCellOf(cells[index]!, (text) => numericDateOrder(text) !== undefined);
    const own = proved === undefined ? undefined : numericDateOrder(proved);
    const record = toRecord(row, ambiguous !== undefined ? undefined : own === 'month-first' ? 'month-first' : 'day-first');
    records.push(record);
    if (ambiguous === undefined) return;
    warnings.push({
      index,
      record,
      reason:
        `record ${index}: ${column} ${quoted(ambiguous)} could be day/month/year or month/day/year, and this file has both ` +
        `(record ${dayFirstRow}: ${proof(dayFirstRow, 'day-first')} is day first, record ${monthFirstRow}: ` +
        `${proof(monthFirstRow, 'month-first')} month first), so it is not read; a spreadsheet may have turned some dates around`,
    });
  });
  return { records, warnings };
}
