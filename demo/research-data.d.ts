/** Types for research-data.js, which stays plain JS so that the demo page loads it as is. */

/** One ACLED-shaped row: every column of ACLED_COLUMNS, as CSV text (`NA` where empty, as R writes it). */
export type AcledShapedRow = Readonly<Record<string, string>>;

export const ACLED_COLUMNS: readonly string[];
export const RESEARCH_ROWS: number;
export const RESEARCH_SEED: number;
export const NA: string;
/** The busiest parties, as their ACLED-style names. */
export const BUSY_ACTORS: readonly string[];
export function generateAcledRows(count?: number, seed?: number): AcledShapedRow[];
export function toAcledCsv(rows: readonly AcledShapedRow[]): string;
export function generateAcledCsv(count?: number, seed?: number): string;
