/**
 * Greedy row packing for labelled marks (a transform in the spirit of
 * Observable Plot's dodge): each item goes in the first row where it fits
 * with its label; an item whose label fits nowhere keeps its mark, in the
 * first row where the mark alone fits, with its label hidden.
 */

/** Horizontal room between neighbouring labels, in px. */
export const LABEL_GAP_PX = 6;

export interface PackItem {
  /** Where the mark begins and ends, in px along the reading direction. */
  readonly markStart: number;
  readonly markEnd: number;
  /** Where mark and label together begin and end (a label may stand before its mark). */
  readonly start: number;
  readonly end: number;
}

export interface PackedRow {
  readonly row: number;
  readonly labelShown: boolean;
}

/** Packs items into at most `rowCount` rows; the result is in the order of `items`. */
export function packRows(items: readonly PackItem[], rowCount: number): PackedRow[] {
  const rowEnds = new Array<number>(Math.max(1, rowCount)).fill(-Infinity);
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const packed = new Array<PackedRow>(items.length);
  for (const i of order) {
    const item = items[i]!;
    const withLabel = rowEnds.findIndex((end) => end + LABEL_GAP_PX <= item.start);
    if (withLabel >= 0) {
      rowEnds[withLabel] = item.end;
      packed[i] = { row: withLabel, labelShown: true };
      continue;
    }
    const markOnly = rowEnds.findIndex((end) => end < item.markStart);
    const row = markOnly >= 0 ? markOnly : leastFilledRow(rowEnds);
    rowEnds[row] = Math.max(rowEnds[row]!, item.markEnd);
    packed[i] = { row, labelShown: false };
  }
  return packed;
}

function leastFilledRow(rowEnds: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < rowEnds.length; i++) if (rowEnds[i]! < rowEnds[best]!) best = i;
  return best;
}
