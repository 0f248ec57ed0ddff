/** WCAG 2 colour contrast, from colours as the browser computes them (`rgb()` / `rgba()`). */

export type Rgb = readonly [number, number, number];

export function rgba(css: string): { rgb: Rgb; alpha: number } {
  const parts = css.match(/[\d.]+/g);
  if (!parts || parts.length < 3) throw new Error(`not an rgb() colour: ${css}`);
  const [r, g, b, a] = parts.map(Number);
  return { rgb: [r!, g!, b!], alpha: a ?? 1 };
}

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb | string, b: Rgb | string): number {
  const rgbOf = (c: Rgb | string) => (typeof c === 'string' ? rgba(c).rgb : c);
  const [hi, lo] = [luminance(rgbOf(a)), luminance(rgbOf(b))].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
