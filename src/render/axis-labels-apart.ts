import type { AxisTick } from '../layout/axis-ticks.js';

/** Half the widest tick label ("30 Sep 2018"): a tick closer than this to the edge is labelled inward. */
export const TICK_LABEL_HALF_WIDTH_PX = 40;
/** The least room between two tick labels, px. */
const LABEL_GAP_PX = 6;

/** How a tick's label stands on it: centred, or inward from a tick near the plot's edge so it is not cut. */
export function tickLabelAnchor(x: number, width: number): 'start' | 'end' | null {
  if (x < TICK_LABEL_HALF_WIDTH_PX) return 'start';
  if (x > width - TICK_LABEL_HALF_WIDTH_PX) return 'end';
  return null;
}

/**
 * The ticks' labels with those that would print over the one before them (in time) left blank; the tick
 * and its line stay. Layout keeps ticks a label's width apart, but a label drawn inward from a tick at
 * the plot's edge reaches its whole width toward the next one, and that one may be a long label too
 * ("27 Aug 2017", then "3 Sep 2017"). A blanked label that said the larger unit hands it on: the next
 * label drawn says it (`leadingLabel`), so "10" is never read in the month before.
 */
export function labelsApart(
  ticks: readonly AxisTick[],
  labels: readonly string[],
  leadingLabel: (i: number) => string,
  widthOf: (text: string) => number,
  plotWidth: number,
): string[] {
  const shown = [...labels];
  let before: readonly [number, number] | undefined;
  let owed = false;
  ticks.forEach((tick, i) => {
    if (owed && !tick.leading) shown[i] = leadingLabel(i);
    const extent = labelExtent(tick.x, widthOf(shown[i]!), plotWidth);
    if (before && extent[0] < before[1] + LABEL_GAP_PX && before[0] < extent[1] + LABEL_GAP_PX) {
      owed ||= tick.leading;
      shown[i] = '';
      return;
    }
    owed = false;
    before = extent;
  });
  return shown;
}

/** Where a label of `width` px stands on screen on a tick at x, as tickLabelAnchor places it. */
function labelExtent(x: number, width: number, plotWidth: number): readonly [number, number] {
  const anchor = tickLabelAnchor(x, plotWidth);
  if (anchor === 'start') return [x, x + width];
  if (anchor === 'end') return [x - width, x];
  return [x - width / 2, x + width / 2];
}
