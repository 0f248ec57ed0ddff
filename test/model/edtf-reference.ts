// The reference parser (npm `edtf`) read the way parseDateInput answers, so the two can be compared.
import edtf from 'edtf';
import type { EdtfInterval, EdtfValue } from 'edtf';

export interface ReferenceBounds {
  readonly earliest: number;
  readonly latest: number;
}
export type ReferenceEnd = ReferenceBounds | 'open' | 'unknown';
export type ReferenceResult =
  | { kind: 'invalid' }
  | ({ kind: 'date' } & ReferenceBounds)
  | { kind: 'interval'; start: ReferenceEnd; end: ReferenceEnd };

const LEVEL_1 = { level: 1 } as const;
const QUALIFIED_SEASON = /^-?\d{4}-2[1-4][?~%]$/;
/** `edtf` reads seasons as calendar quarters; we use meteorological seasons, two months later. */
const SEASON_SHIFT_MONTHS = 2;

/** Adds whole months to a UTC instant with the platform's own Date arithmetic. */
function addUtcMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

function boundsOf(value: EdtfValue): ReferenceBounds {
  if (value.type !== 'Season') return { earliest: value.min, latest: value.max };
  return {
    earliest: addUtcMonths(value.min, SEASON_SHIFT_MONTHS),
    latest: addUtcMonths(value.max + 1, SEASON_SHIFT_MONTHS) - 1,
  };
}

function endOf(value: EdtfValue | null | number): ReferenceEnd {
  if (value === null) return 'unknown';
  if (typeof value === 'number') return 'open';
  return boundsOf(value);
}

function parseReference(text: string): EdtfValue {
  try {
    return edtf(text, LEVEL_1);
  } catch (error) {
    // Seasons with qualifiers are outside `edtf`'s level 1; its own option allows them.
    if (QUALIFIED_SEASON.test(text)) return edtf(text, { ...LEVEL_1, seasonUncertainty: true });
    throw error;
  }
}

/** What the reference parser makes of text, in parseDateInput's terms. */
export function referenceParse(text: string): ReferenceResult {
  let value: EdtfValue;
  try {
    value = parseReference(text);
  } catch {
    return { kind: 'invalid' };
  }
  if (value.type === 'Interval') {
    const interval = value as EdtfInterval;
    return { kind: 'interval', start: endOf(interval.lower), end: endOf(interval.upper) };
  }
  return { kind: 'date', ...boundsOf(value) };
}
