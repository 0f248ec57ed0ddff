import { expect } from '@open-wc/testing';
import type { CanvasPalette } from '../../src/render/canvas-palette.js';
import { CountSprites } from '../../src/render/count-sprites.js';

const PALETTE: CanvasPalette = { lanes: ['#000000'], bg: '#ffffff', text: '#000000', accent: '#0000ff', key: 'test' };

/** A canvas of `width` × 40 CSS px at `dpr`, with the 2D context scaled to CSS px as the plot's is. */
function target(width: number, dpr: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = width * dpr;
  canvas.height = 40 * dpr;
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/** Dark pixels (the digits) in a column of the canvas, CSS px [x0, x1), at `dpr`. */
function inkBetween(ctx: CanvasRenderingContext2D, x0: number, x1: number, dpr: number): number {
  const { data } = ctx.getImageData(x0 * dpr, 0, (x1 - x0) * dpr, ctx.canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 128 && data[i]! < 100) ink++;
  return ink;
}

describe('CountSprites', () => {
  for (const dpr of [1, 1.5, 2]) {
    it(`copies every count of every frame where it is asked for, across sheets filled many times over (dpr ${dpr})`, () => {
      const sprites = new CountSprites();
      // 12 frames of 80 counts each, none repeated: the sheet (some 450 counts) fills and starts again.
      for (let frame = 0; frame < 12; frame++) {
        const texts = Array.from({ length: 80 }, (_, i) => String(10_000 + frame * 80 + i));
        sprites.prepare(texts, PALETTE, dpr);
        const ctx = target(80 * 40, dpr);
        texts.forEach((text, i) => sprites.draw(ctx, text, i * 40 + 20, 25, dpr));
        const empty = texts.filter((_, i) => inkBetween(ctx, i * 40, i * 40 + 40, dpr) === 0);
        expect(empty, `frame ${frame}: counts with no digits drawn`).to.deep.equal([]);
      }
    });
  }

  it('draws a count it was not prepared for nowhere', () => {
    const sprites = new CountSprites();
    sprites.prepare(['12'], PALETTE, 1);
    const ctx = target(80, 1);
    sprites.draw(ctx, '34', 20, 25, 1);
    expect(inkBetween(ctx, 0, 80, 1)).to.equal(0);
    sprites.draw(ctx, '12', 60, 25, 1);
    expect(inkBetween(ctx, 40, 80, 1)).to.be.greaterThan(0);
  });

  it('draws the same digits from one frame to the next, and after the sheet starts again', () => {
    const sprites = new CountSprites();
    const drawn = (): string => {
      sprites.prepare(['1,234'], PALETTE, 2);
      const ctx = target(60, 2);
      sprites.draw(ctx, '1,234', 30, 25, 2);
      return ctx.canvas.toDataURL();
    };
    const first = drawn();
    expect(drawn()).to.equal(first);
    sprites.prepare(Array.from({ length: 600 }, (_, i) => String(i)), PALETTE, 2);
    expect(drawn()).to.equal(first);
  });
});
