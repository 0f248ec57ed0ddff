/** Separates a start and an end wording in a record's `dateText`, as the sources' own ranges do. */
const RANGE_SEPARATOR = ' – ';

/** A source's wording of a date range ("14 February – 1 March 2019") from its two ends. */
export function dateRangeText(start: string, end: string): string {
  return `${start}${RANGE_SEPARATOR}${end}`;
}
