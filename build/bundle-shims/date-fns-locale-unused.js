// Parts of date-fns's locales that the bundle never calls, for the bundle only (rollup.config.mjs maps a
// date-fns locale's imports of them here; the ESM build and every other importer keep them).
//
// A date-fns locale object carries everything any date-fns function might ask of a language. `format`,
// our only date-fns function, reads a locale's `localize`, `formatLong` and `options`, and those stay.
// `match` is for `parse`, `formatDistance` and `formatRelative` for the functions of those names; the
// bundle imports none of them, for English (date-fns's default, in the bundle) or for the other
// languages (each in its chunk). Each stand-in throws if something starts to call it.
function notInBundle() {
  throw new Error("this part of date-fns's locales is not in the bundle (build/bundle-shims/date-fns-locale-unused.js)");
}

export const formatDistance = notInBundle;
export const formatRelative = notInBundle;
export const match = {
  ordinalNumber: notInBundle,
  era: notInBundle,
  quarter: notInBundle,
  month: notInBundle,
  day: notInBundle,
  dayPeriod: notInBundle,
};
