import { LANE_SYMBOL_ORDER, type LaneSymbol } from './lane-symbols.js';

/**
 * Lane colours: Okabe & Ito's palette, chosen to stay distinct for the common
 * colour-vision deficiencies. Each lane also gets its own symbol, so colour is
 * never the only thing that tells lanes apart. Every colour has at least 3:1
 * contrast (WCAG 1.4.11) against the plot and lane backgrounds of its theme;
 * lane names are drawn in the text colour beside a swatch, because no colour of a
 * distinguishable palette also reaches 4.5:1 as text. Pages replace them with the
 * documented --ct-lane-0-colour … --ct-lane-7-colour; the theme's own values sit in
 * --ct-lane-0 … --ct-lane-7, which also keeps the old undocumented name working.
 */
export const LANE_COLOURS_LIGHT = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#BF719C', // reddish purple, darkened from CC79A7 to reach 3:1 on the lane band
  '#8A6D00', // dark yellow (E69F00 darkened for contrast on white)
  '#448FBA', // sky blue, darkened from 56B4E9 to reach 3:1 on the lane band
  '#5F5F5F', // grey
  '#A6761D', // ochre
] as const;

export const LANE_COLOURS_DARK = [
  '#56B4E9',
  '#FF8C42',
  '#2EC4A0',
  '#E59BC6',
  '#F0E442',
  '#7FC8F8',
  '#BDBDBD',
  '#E6B25A',
] as const;

export const PALETTE_SIZE = LANE_COLOURS_LIGHT.length;

/** The colour a lane is drawn in: the page's choice where it made one, else the theme's. */
export function laneColourVar(colorIndex: number): string {
  const n = colorIndex % PALETTE_SIZE;
  return `var(--ct-lane-${n}-colour, var(--ct-lane-${n}))`;
}

export function laneSymbol(colorIndex: number): LaneSymbol {
  return LANE_SYMBOL_ORDER[colorIndex % LANE_SYMBOL_ORDER.length]!;
}
