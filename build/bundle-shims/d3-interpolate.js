// What d3-scale and d3-zoom take from d3-interpolate, for the bundle only (rollup.config.mjs maps their
// imports of 'd3-interpolate' here; the ESM build and every other importer keep the real one).
//
// d3-interpolate is one module, and taking any of it takes its colour interpolators, which rollup cannot
// drop, and with them all of d3-color. What the bundle needs of it is numbers:
//  - d3-scale: a continuous scale interpolates its range with `interpolate`, which reads any value
//    (colours, strings with numbers in them, dates, arrays, objects). The bundle's only d3 scale is
//    time-zoom.ts's scaleLinear, whose range is numbers (screen px), and for a number `interpolate(a, b)`
//    is `interpolateNumber(a, b)`, as here; anything else throws, so a scale given another range fails
//    loudly instead of drawing wrong. `interpolateRound` is `rangeRound`'s. `piecewise` serves the
//    diverging scales, not in the bundle.
//  - d3-zoom: `interpolateZoom` is called by animated zooms only, that is by a transition, and the bundle
//    has none (see d3-transition.js beside this file).
// interpolateNumber and interpolateRound are d3-interpolate's own (ISC licence, Copyright 2010-2026 Mike Bostock).

export function interpolateNumber(a, b) {
  return (a = +a), (b = +b), (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a, b) {
  return (a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t);
}

export function interpolate(a, b) {
  if (typeof b !== 'number') throw new TypeError('the bundle interpolates numbers only (build/bundle-shims/d3-interpolate.js)');
  return interpolateNumber(a, b);
}

function notInBundle() {
  throw new Error('this interpolator is not in the bundle (build/bundle-shims/d3-interpolate.js)');
}

export { notInBundle as interpolateZoom, notInBundle as piecewise };
