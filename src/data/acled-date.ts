/**
 * ACLED `event_date` cells to EDTF calendar dates. ACLED exports have used
 * ISO dates (`2018-09-17`) and spelled-out dates (`17 September 2018`,
 * Excel's `17-Sep-2018`); both name a calendar day, never an instant.
 */

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day, month name, four-digit year, separated by spaces, hyphens or slashes. */
const SPELLED_DATE = /^(\d{1,2})[\s/-]+([A-Za-z]+)\.?,?[\s/-]+(\d{4})$/;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
/** "Sept" is common enough in hand-edited exports to accept alongside "Sep". */
const MONTH_ALIASES: Readonly<Record<string, number>> = { sept: 9 };
const SHORTEST_MONTH_PREFIX = 3;

/** A calendar day as EDTF, kept as numbers so precision can be coarsened to the month. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const alias = MONTH_ALIASES[lower];
  if (alias !== undefined) return alias;
  if (lower.length < SHORTEST_MONTH_PREFIX) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

/** The calendar day an ACLED date cell names, or undefined when it is not one of the known layouts. */
export function parseAcledDate(text: string): CalendarDay | undefined {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const spelled = SPELLED_DATE.exec(trimmed);
  if (!spelled) return undefined;
  const month = monthNumber(spelled[2] ?? '');
  if (month === undefined) return undefined;
  return { year: Number(spelled[3]), month, day: Number(spelled[1]) };
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

export function formatEdtfDay({ year, month, day }: CalendarDay): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function formatEdtfMonth({ year, month }: CalendarDay): string {
  return `${year}-${pad2(month)}`;
}
