import { LANE_GAP_PX, LANE_HEADER_PX, ROW_HEIGHT_PX } from './layout-timeline.js';

/** Fewer lanes than this would hide almost everything in "Other": the plot scrolls instead. */
const FEWEST_LANES = 2;

/**
 * How many lanes fit `height` px, the gathered lane included: the busiest values' lanes, as tall as
 * their rows make them, plus room for one full "Other" lane (and the lane of events with no value,
 * when there is one). At least two, whatever the height.
 */
export function lanesThatFit(
  values: readonly { readonly count: number }[],
  maxRows: number,
  height: number,
  hasUnassigned: boolean,
): number {
  const laneHeight = (events: number) => LANE_HEADER_PX + Math.min(maxRows, Math.max(1, events)) * ROW_HEIGHT_PX + LANE_GAP_PX;
  const fullLane = laneHeight(maxRows);
  let room = height - fullLane - (hasUnassigned ? fullLane : 0);
  let own = 0;
  for (const { count } of values) {
    room -= laneHeight(count);
    if (room < 0) break;
    own++;
  }
  // Every value fits without an "Other" lane.
  if (own === values.length) return Math.max(FEWEST_LANES, own + (hasUnassigned ? 1 : 0));
  return Math.max(FEWEST_LANES, own + 1 + (hasUnassigned ? 1 : 0));
}
