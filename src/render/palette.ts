import { LANE_SYMBOL_ORDER, type LaneSymbol } from './lane-symbols.js';

/**
 * Lane colours: Okabe & Ito's palette, chosen to stay distinct for the common
 * colour-vision deficiencies. Each lane also gets its own symbol, so colour is
 * never the only thing that tells lanes apart. Every colour has at least 3:1
 * contrast (WCAG 1.4.11) against the plot and lane backgrounds of its theme;
 * lane names are drawn in the text colour beside a swatch, because no colour of a
 * distinguishable palette also reaches 4.5:1 as text. Pages replace them with
 * --ct-lane-0-color … --ct-lane-7-color (the `colour` spelling and the bare --ct-lane-N
 * still work for this release); the theme's own values sit in private --_ct-lane-N.
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

/**
 * The colour a lane is drawn in: the page's choice where it made one, else the theme's. Read where the
 * mark is drawn, so a page may set it on :root, on the element or on a part.
 */
export function laneColourVar(colorIndex: number): string {
  return `var(--_ct-lane-${colorIndex % PALETTE_SIZE}-drawn)`;
}

/**
 * The page's lane colours, resolved once on the plot (the `plot` part) rather than on every mark: a mark's
 * colour is then one var() to look up, not a chain of four. Declared where the plot part can still set them.
 */
export const LANE_COLOUR_CHAINS = Array.from(
  { length: PALETTE_SIZE },
  (_, n) => `--_ct-lane-${n}-drawn: var(--ct-lane-${n}-color, var(--ct-lane-${n}-colour, var(--ct-lane-${n}, var(--_ct-lane-${n}))));`,
).join('\n');

/** The names this release still reads but will not keep: `colour` spelled the British way, and the bare --ct-lane-N. */
export const OLD_LANE_COLOUR_NAMES: readonly string[] = Array.from({ length: LANE_COLOURS_LIGHT.length }, (_, n) => [
  `--ct-lane-${n}-colour`,
  `--ct-lane-${n}`,
]).flat();

export function laneSymbol(colorIndex: number): LaneSymbol {
  return LANE_SYMBOL_ORDER[colorIndex % LANE_SYMBOL_ORDER.length]!;
}
