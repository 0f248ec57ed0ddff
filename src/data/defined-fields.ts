/**
 * The object without its undefined fields, so a raw record carries only what
 * the input had: validation then reports "missing start" rather than a start
 * of `undefined`, and diagnostics show records without noise.
 */
export function definedFields<T extends object>(values: T): Partial<T> {
  const result: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (values[key] !== undefined) result[key] = values[key];
  }
  return result;
}
