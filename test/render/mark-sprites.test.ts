import { expect } from '@open-wc/testing';
import type { CanvasPalette } from '../../src/render/canvas-palette.js';
import { SOFT_POINT_PATH, symbolPath } from '../../src/render/mark-shapes.js';
import { drawLook, MarkSprites, type PointLook } from '../../src/render/mark-sprites.js';

const PALETTE: CanvasPalette = { lanes: ['#0072b2', '#d55e00'], bg: '#ffffff', text: '#000000', accent: '#0000ff', key: 'light' };
const DARK: CanvasPalette = { ...PALETTE, lanes: ['#56b4e9', '#ff8c42'], bg: '#111111', key: 'dark' };

/** A canvas of 200 × 60 CSS px at `dpr`, its context scaled to CSS px as the plot's is. */
function target(dpr: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(200 * dpr);
  canvas.height = Math.round(60 * dpr);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

const symbolLook = (colour: string, bg: string, lane = 0): PointLook => ({
  path: new Path2D(symbolPath(lane)),
  fill: () => colour,
  edge: { colour: bg, width: 1.5 },
});

/** A look drawn as paths at x, y, as paintMark draws a point. */
function drawnAsPath(ctx: CanvasRenderingContext2D, look: PointLook, x: number, y: number, dpr: number): void {
  ctx.setTransform(dpr, 0, 0, dpr, dpr * x, dpr * y);
  drawLook(ctx, look);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
}

/** The ink's centre (alpha-weighted), in CSS px, and its total alpha. */
function ink(ctx: CanvasRenderingContext2D, dpr: number): { x: number; y: number; alpha: number } {
  const { width, height } = ctx.canvas;
  const { data } = ctx.getImageData(0, 0, width, height);
  let sum = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < data.length; i += 4) {
    const a = data[i + 3]!;
    const p = i / 4;
    sum += a;
    sx += a * ((p % width) + 0.5);
    sy += a * (Math.floor(p / width) + 0.5);
  }
  return { x: sx / sum / dpr, y: sy / sum / dpr, alpha: sum / 255 / dpr / dpr };
}

describe('MarkSprites', () => {
  for (const dpr of [1, 1.5, 2]) {
    it(`copies a point where its path would stand, within 1/8 device px, at positions between pixels (dpr ${dpr})`, () => {
      const look = symbolLook(PALETTE.lanes[0]!, PALETTE.bg);
      for (const x of [40, 40.1, 40.26, 40.5, 40.62, 40.9, 101.37]) {
        for (const y of [30, 30.33, 30.5, 30.8]) {
          const sprites = new MarkSprites();
          sprites.startFrame(PALETTE, dpr);
          sprites.prepare(1, look);
          const copied = target(dpr);
          sprites.draw(copied, 1, x, y);
          const drawn = target(dpr);
          drawnAsPath(drawn, look, x, y, dpr);
          const a = ink(copied, dpr);
          const b = ink(drawn, dpr);
          expect(Math.abs(a.x - b.x), `x at ${x}, ${y}`).to.be.below(1 / 8 / dpr + 0.02);
          expect(Math.abs(a.y - b.y), `y at ${x}, ${y}`).to.be.below(1 / 8 / dpr + 0.02);
          // As much paint as the path, so neither cut by its cell nor doubled.
          expect(a.alpha / b.alpha, `ink at ${x}, ${y}`).to.be.within(0.97, 1.03);
        }
      }
    });
  }

  it('keeps every look it drew as the sheet grows past its first rows', () => {
    const sprites = new MarkSprites();
    sprites.startFrame(PALETTE, 1);
    const looks = Array.from({ length: 20 }, (_, i) => symbolLook(i % 2 ? '#d55e00' : '#0072b2', '#ffffff', i));
    looks.forEach((look, i) => sprites.prepare(i, look));
    looks.forEach((look, i) => {
      const copied = target(1);
      sprites.draw(copied, i, 50, 30);
      const drawn = target(1);
      drawnAsPath(drawn, look, 50, 30, 1);
      expect(ink(copied, 1).alpha / ink(drawn, 1).alpha, `look ${i}`).to.be.within(0.97, 1.03);
      // The look's own colour at its centre (the circle's, square's… middle is filled).
      const [r] = copied.getImageData(50, 30, 1, 1).data;
      expect(r, `look ${i}'s colour`).to.equal(i % 2 ? 0xd5 : 0x00);
    });
  });

  it('draws a look again in the new colours when the palette changes, and nothing for a look not prepared', () => {
    const sprites = new MarkSprites();
    sprites.startFrame(PALETTE, 1);
    sprites.prepare(0, symbolLook(PALETTE.lanes[0]!, PALETTE.bg));
    const light = target(1);
    sprites.draw(light, 0, 50, 30);
    expect([...light.getImageData(50, 30, 1, 1).data]).to.deep.equal([0x00, 0x72, 0xb2, 255]);

    sprites.startFrame(DARK, 1);
    const unprepared = target(1);
    sprites.draw(unprepared, 0, 50, 30);
    expect(ink(unprepared, 1).alpha).to.equal(0);

    sprites.prepare(0, symbolLook(DARK.lanes[0]!, DARK.bg));
    const dark = target(1);
    sprites.draw(dark, 0, 50, 30);
    expect([...dark.getImageData(50, 30, 1, 1).data]).to.deep.equal([0x56, 0xb4, 0xe9, 255]);
  });

  it('copies a soft point’s fade as its path draws it', () => {
    const width = 10;
    const fade = (ctx: CanvasRenderingContext2D) => {
      const g = ctx.createLinearGradient(-width / 2, 0, width / 2, 0);
      g.addColorStop(0, 'rgba(0,114,178,0.35)');
      g.addColorStop(0.5, 'rgba(0,114,178,1)');
      g.addColorStop(1, 'rgba(0,114,178,0.35)');
      return g;
    };
    const look: PointLook = { path: new Path2D(SOFT_POINT_PATH), fill: fade };
    const sprites = new MarkSprites();
    sprites.startFrame(PALETTE, 2);
    sprites.prepare(3, look);
    const copied = target(2);
    sprites.draw(copied, 3, 70, 20);
    const drawn = target(2);
    drawnAsPath(drawn, look, 70, 20, 2);
    const a = copied.getImageData(0, 0, 400, 120).data;
    const b = drawn.getImageData(0, 0, 400, 120).data;
    let worst = 0;
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
    // Whole device pixels at both: the copy is the drawing, to rounding. The sheet keeps its pixels with their
    // alpha multiplied in, so a faded end (alpha 0.35, some 90 of 255) keeps its colour to about 255 / 90 ≈ 3 levels.
    expect(worst).to.be.at.most(4);
  });
});
