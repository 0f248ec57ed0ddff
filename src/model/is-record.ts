/**
 * True for plain objects (`{ start, title }`, a JSON object); false for arrays, null, Dates, Maps and
 * other built-ins. The brand check, unlike `instanceof Object`, also holds for objects from another
 * realm (an iframe). Reading the brand may run a proxy's trap, so hostile input can make it throw.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}
