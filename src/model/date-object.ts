/** Date objects given as input: recognised once, the same way everywhere. */

/** Dates from another realm (an iframe) fail `instanceof Date`; the brand check does not. */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The Date's epoch milliseconds, or undefined for an Invalid Date (`new Date('x')`). */
export function validTimeOf(date: Date): number | undefined {
  const ms = date.getTime();
  return Number.isNaN(ms) ? undefined : ms;
}
