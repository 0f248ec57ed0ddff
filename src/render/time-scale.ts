/**
 * A linear scale from UTC ms to px with the parts of d3-scale's interface
 * that d3-axis and d3-zoom's `rescaleX` use (call, invert, domain, range,
 * copy). d3-scale's own linear and UTC scales carry their default number or
 * time formats (d3-format, d3-time-format and their locales, ~12 KB minified)
 * into the bundle, for tick labels this project formats with date-fns.
 */
export interface TimeScale {
  (t: number | Date): number;
  invert(px: number): number;
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  copy(): TimeScale;
}

export function timeScale(domain: readonly [number, number] = [0, 1], range: readonly [number, number] = [0, 1]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((t: number | Date) => r0 + (+t - d0) * k) as TimeScale;
  scale.invert = (px: number) => (k === 0 ? d0 : d0 + (px - r0) / k);
  scale.domain = ((next?: readonly (number | Date)[]) =>
    next === undefined ? [d0, d1] : timeScale([+next[0]!, +next[1]!], [r0, r1])) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) =>
    next === undefined ? [r0, r1] : timeScale([d0, d1], [next[0]!, next[1]!])) as TimeScale['range'];
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  return scale;
}
