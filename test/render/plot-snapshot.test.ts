import type { PlotRenderer } from '../../src/render/plot-renderer.js';
import { detachedRenderer, layoutOf, prepare, SMALL_DATASET } from './plot-fixture.js';
import { expectSvgSnapshot } from './svg-snapshot.js';

/** Mid-December 2018 to June 2019: the whole dataset, the open end running past the view's end. */
const VIEW = { start: Date.UTC(2018, 11, 15), end: Date.UTC(2019, 5, 1) };
const WIDTH = 640;

describe('the plot drawn for a small dataset (SVG snapshots in test/snapshots/)', () => {
  const prepared = prepare(SMALL_DATASET);

  function draw(options: { direction?: 'ltr' | 'rtl'; selectedId?: string; view?: typeof VIEW } = {}): PlotRenderer {
    const renderer = detachedRenderer();
    const layout = layoutOf(prepared, options.view ?? VIEW, { width: WIDTH, ...options });
    renderer.render(layout, { selectedId: options.selectedId, focusKey: options.selectedId ?? 'ceasefire' });
    return renderer;
  }

  it('left to right: two lanes, points, a span, a shared event tied across lanes, an open end, a month and an uncertain date', async () => {
    await expectSvgSnapshot(draw().svg, 'plot-ltr');
  });

  it('right to left, with the span selected', async () => {
    await expectSvgSnapshot(draw({ direction: 'rtl', selectedId: 'siege' }).svg, 'plot-rtl-selected');
  });

  it('zoomed into early March 2019: day ticks, the span running past both edges', async () => {
    const march = { start: Date.UTC(2019, 1, 25), end: Date.UTC(2019, 2, 12) };
    await expectSvgSnapshot(draw({ view: march }).svg, 'plot-march');
  });
});
