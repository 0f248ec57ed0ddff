/**
 * Greedy row packing for labelled marks (a transform in the spirit of
 * Observable Plot's dodge): each item goes in the first row where its label
 * fits; an item whose label fits nowhere keeps its mark, in the first row
 * where the mark alone fits, with its label hidden.
 */

/** Horizontal room between neighbouring labels, in px. */
export const LABEL_GAP_PX = 6;

export interface PackItem {
  /** Where the mark begins, in px along the reading direction. */
  readonly markStart: number;
  readonly markEnd: number;
  /** Where the label ends (>= markEnd), in px along the reading direction. */
  readonly labelEnd: number;
}

export interface PackedRow {
  readonly row: number;
  readonly labelShown: boolean;
}

/** Packs items sorted by markStart into at most `rowCount` rows. */
export function packRows(items: readonly PackItem[], rowCount: number): PackedRow[] {
  const rowEnds = new Array<number>(Math.max(1, rowCount)).fill(-Infinity);
  return items.map((item) => {
    const withLabel = rowEnds.findIndex((end) => end + LABEL_GAP_PX <= item.markStart);
    if (withLabel >= 0) {
      rowEnds[withLabel] = item.labelEnd;
      return { row: withLabel, labelShown: true };
    }
    const markOnly = rowEnds.findIndex((end) => end < item.markStart);
    const row = markOnly >= 0 ? markOnly : leastFilledRow(rowEnds);
    rowEnds[row] = Math.max(rowEnds[row]!, item.markEnd);
    return { row, labelShown: false };
  });
}

function leastFilledRow(rowEnds: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < rowEnds.length; i++) if (rowEnds[i]! < rowEnds[best]!) best = i;
  return best;
}
