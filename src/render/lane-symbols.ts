/**
 * The seven marker shapes that tell lanes apart besides colour, as SVG paths
 * centred on 0,0 with a given area in px², like d3-shape's symbols. Written
 * out because seven fixed shapes do not need that module's 3 KB (gzip).
 */
export type LaneSymbol = 'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'cross' | 'wye';

export const LANE_SYMBOL_ORDER: readonly LaneSymbol[] = ['circle', 'square', 'diamond', 'triangle', 'star', 'cross', 'wye'];

type Point = readonly [number, number];

const polar = (radius: number, degrees: number): Point => {
  const t = (degrees * Math.PI) / 180;
  return [radius * Math.cos(t), radius * Math.sin(t)];
};

/** Each shape as a polygon of roughly unit size; scaled to the area asked for. */
const UNIT_POLYGONS: Readonly<Record<Exclude<LaneSymbol, 'circle'>, readonly Point[]>> = {
  square: [[-1, -1], [1, -1], [1, 1], [-1, 1]],
  diamond: [[0, -1.4], [0.8, 0], [0, 1.4], [-0.8, 0]],
  triangle: [polar(1, -90), polar(1, 30), polar(1, 150)],
  star: Array.from({ length: 10 }, (_, i) => polar(i % 2 === 0 ? 1 : 0.382, -90 + i * 36)),
  cross: [[-1, -0.33], [-0.33, -0.33], [-0.33, -1], [0.33, -1], [0.33, -0.33], [1, -0.33], [1, 0.33], [0.33, 0.33], [0.33, 1], [-0.33, 1], [-0.33, 0.33], [-1, 0.33]],
  // Three arms 120° apart, each 0.5 wide: inner corner, then the arm's two tip corners.
  wye: [0, 1, 2].flatMap((k) => {
    const angle = -90 + k * 120;
    const [dx, dy] = polar(1, angle);
    const [nx, ny] = polar(0.25, angle + 90);
    return [polar(0.25 / Math.sin(Math.PI / 3), angle - 60), [dx - nx, dy - ny], [dx + nx, dy + ny]] as Point[];
  }),
};

/** Shoelace formula. */
function polygonArea(points: readonly Point[]): number {
  let twice = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length]!;
    twice += x0 * y1 - x1 * y0;
  });
  return Math.abs(twice) / 2;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The path of a shape with the given area. Callers on a hot path cache it (see plot-renderer). */
export function laneSymbolPath(shape: LaneSymbol, area: number): string {
  if (shape === 'circle') {
    const r = round(Math.sqrt(area / Math.PI));
    return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
  }
  const unit = UNIT_POLYGONS[shape];
  const scale = Math.sqrt(area / polygonArea(unit));
  return `M${unit.map(([x, y]) => `${round(x * scale)},${round(y * scale)}`).join('L')}Z`;
}

