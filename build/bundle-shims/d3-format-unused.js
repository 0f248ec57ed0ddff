// What d3-scale takes from d3-format, for the bundle only (rollup.config.mjs maps d3-scale's import of
// 'd3-format' here; the ESM build and every other importer keep the real one).
//
// d3-scale formats numbers in one place: a scale's `tickFormat()`, which d3-axis calls only for an axis
// given no tickFormat of its own. The bundle's one d3 scale, time-zoom.ts's scaleLinear, is never given
// to an axis, and plot-renderer.ts's axis has a tickFormat and a scale of its own (tickPositions). So
// nothing calls these; each throws if something starts to, rather than carry d3-format's locale code.
function notInBundle() {
  throw new Error('d3-format is not in the bundle (build/bundle-shims/d3-format-unused.js)');
}

export {
  notInBundle as format,
  notInBundle as formatPrefix,
  notInBundle as formatSpecifier,
  notInBundle as precisionFixed,
  notInBundle as precisionPrefix,
  notInBundle as precisionRound,
};
