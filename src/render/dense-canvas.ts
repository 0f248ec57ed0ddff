/**
 * A canvas inside the plot's SVG, in its own layer between the ties and the columns, so that what it
 * paints stands where the SVG marks would, under the accessible nodes, labels and focus rings. It is
 * sized in CSS px and backed by device pixels (devicePixelRatio), and lets every pointer event through
 * to the SVG.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * The canvas grows in steps of this many px: a new size reallocates and clears its pixels, and a zoom
 * changes the plot's height by a row now and then. What is past the plot's edge is cut by the SVG.
 */
const SIZE_STEP_PX = 128;

export class DenseCanvas {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  private readonly box: SVGForeignObjectElement;
  private size = '';
  /** Device pixels per CSS px the backing store was made for. */
  dpr = 1;

  constructor(layer: SVGGElement) {
    this.box = document.createElementNS(SVG_NS, 'foreignObject');
    this.box.setAttribute('class', 'dense-canvas');
    this.box.setAttribute('aria-hidden', 'true');
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('part', 'plot-canvas');
    this.box.append(this.canvas);
    layer.append(this.box);
    this.ctx = this.canvas.getContext('2d')!;
  }

  /** Sizes the canvas to the plot (a no-op when nothing changed: resizing clears it). */
  fit(plotWidth: number, plotHeight: number): void {
    const dpr = window.devicePixelRatio || 1;
    const width = Math.ceil(plotWidth);
    const height = Math.ceil(plotHeight / SIZE_STEP_PX) * SIZE_STEP_PX;
    const size = `${width}x${height}@${dpr}`;
    if (size === this.size) return;
    this.size = size;
    this.dpr = dpr;
    this.box.setAttribute('width', String(width));
    this.box.setAttribute('height', String(height));
    this.canvas.width = Math.max(1, Math.round(width * dpr));
    this.canvas.height = Math.max(1, Math.round(height * dpr));
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
  }

  /** Shown while the canvas paints the dense layers; hidden (and empty) while the SVG draws them all. */
  show(shown: boolean): void {
    if (shown === !this.box.hasAttribute('display')) return;
    if (shown) this.box.removeAttribute('display');
    else {
      this.box.setAttribute('display', 'none');
      this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    }
  }
}
