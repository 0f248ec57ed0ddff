import { OLD_LANE_COLOUR_NAMES } from '../render/palette.js';

let noted = false;

/**
 * Says once per page, in the console, that a lane colour is set under a name this release still reads
 * but the next will not (`--ct-lane-0-colour`, `--ct-lane-0`), and which name to use instead.
 */
export function noteOldTokenNames(host: Element): void {
  if (noted || typeof getComputedStyle !== 'function') return;
  const style = getComputedStyle(host);
  const used = OLD_LANE_COLOUR_NAMES.filter((name) => style.getPropertyValue(name).trim() !== '');
  if (used.length === 0) return;
  noted = true;
  const wanted = used.map((name) => `${name.replace(/-colour$/, '')}-color`);
  console.info(
    `<conflict-timeline>: ${used.join(', ')} will not be read after this release; use ${[...new Set(wanted)].join(', ')}.`,
  );
}
