import { expect } from '@open-wc/testing';
import { LANE_SYMBOL_ORDER, laneSymbolPath } from '../../src/render/lane-symbols.js';

/** Area of a path as the browser fills it: count filled pixels of the shape drawn large on a canvas. */
function filledArea(path: string, scale: number): number {
  const size = 200;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.translate(size / 2, size / 2);
  ctx.scale(scale, scale);
  ctx.fill(new Path2D(path));
  const data = ctx.getImageData(0, 0, size, size).data;
  let alpha = 0;
  for (let i = 3; i < data.length; i += 4) alpha += data[i]! / 255;
  return alpha / (scale * scale);
}

describe('lane symbols', () => {
  it('draws each of the seven shapes with the area asked for', () => {
    for (const shape of LANE_SYMBOL_ORDER) {
      expect(filledArea(laneSymbolPath(shape, 90), 8), shape).to.be.closeTo(90, 90 * 0.03);
    }
  });

  it('gives every lane a different shape', () => {
    const paths = LANE_SYMBOL_ORDER.map((shape) => laneSymbolPath(shape, 90));
    expect(new Set(paths).size).to.equal(LANE_SYMBOL_ORDER.length);
  });
});
