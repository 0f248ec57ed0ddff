// What d3-zoom takes from d3-transition, for the bundle only (rollup.config.mjs maps d3-zoom's import of
// 'd3-transition' here; the ESM build and every other importer keep the real one).
//
// d3-zoom imports d3-transition for two things:
//  - `interrupt(node)` when a wheel, drag or touch gesture starts, and `selection.interrupt()` (a method
//    d3-transition adds to d3-selection) in `zoom.transform`: both stop a transition running on the node.
//    d3-transition's own interrupt returns at once when the node has no `__transition`, and only a
//    transition makes one. Nothing in the bundle starts a transition, so both are no-ops here too.
//  - `selection.transition()`, for animated zooms: `zoom.transform` given a transition (we never give it
//    one: time-zoom.ts calls it on a selection) and double-click zoom (time-zoom.ts removes that listener,
//    and a double tap calls the dblclick listener only when one is registered). It is left out, so a
//    call would throw rather than silently not animate.
// Without it, d3-transition, d3-timer, d3-ease and the colour and transform interpolators stay out.
import { selection } from 'd3-selection';

export function interrupt() {}

selection.prototype.interrupt = function interruptNothing() {
  return this;
};
