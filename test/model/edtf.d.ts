// Just enough of the reference parser's surface (npm `edtf`, untyped) for the agreement tests.
declare module 'edtf' {
  export interface EdtfConstraints {
    level?: 0 | 1 | 2 | 3;
    seasonUncertainty?: boolean;
    seasonIntervals?: boolean;
  }
  export interface EdtfValue {
    readonly type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Decade' | 'Century' | 'Set' | 'List';
    readonly min: number;
    readonly max: number;
  }
  export interface EdtfInterval extends EdtfValue {
    readonly type: 'Interval';
    /** null: unknown end (empty); Infinity: open end (`..`). */
    readonly lower: EdtfValue | null | number;
    readonly upper: EdtfValue | null | number;
  }
  export default function edtf(text: string, constraints?: EdtfConstraints): EdtfValue;
}
