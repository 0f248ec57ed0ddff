// One library per page (?lib=ours|vis), driven by bench/run.mjs through
// window.bench. Both adapters expose the same three operations so that the
// driver times them with one definition.
import { generateEvents, toVisData } from './generate-events.js';

const lib = new URLSearchParams(location.search).get('lib');
const host = document.getElementById('host');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const adapters = {
  async ours() {
    await import('../dist/conflict-timeline.bundle.js');
    const el = document.createElement('conflict-timeline');
    el.label = 'bench';
    host.append(el);
    await customElements.whenDefined('conflict-timeline');
    await el.updateComplete;
    let records;
    return {
      prepare(n, seed) {
        records = generateEvents(n, seed);
      },
      // Ours validates large loads in slices, then draws in a rAF. The update that starts the load
      // must run before renderComplete is asked, or it has no load to wait for.
      async setData() {
        el.events = records;
        await el.updateComplete;
        await el.renderComplete;
      },
      zoomTo(start, end) {
        el.zoomTo(start, end);
      },
      drawn: () => el.renderComplete,
      view() {
        return [el.view.start.getTime(), el.view.end.getTime()];
      },
      drawnCount: () => el.shadowRoot.querySelectorAll('g.mark, g.cluster').length,
      layoutRoot: el,
    };
  },
  async vis() {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '../node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
    const { Timeline, DataSet } = window.vis;
    let visData;
    let visOptions;
    let timeline;
    return {
      prepare(n, seed) {
        visData = toVisData(generateEvents(n, seed));
        // Same window ours fits to (data extent + 4 %); set before timing, as ours computes it itself.
        let from = Infinity;
        let to = -Infinity;
        for (const item of visData.items) {
          from = Math.min(from, Date.parse(item.start));
          to = Math.max(to, Date.parse(item.end ?? item.start) + 86_400_000);
        }
        const pad = (to - from) * 0.04;
        visOptions = { start: from - pad, end: to + pad };
      },
      // vis draws synchronously in its constructor, and again in its rAF-throttled redraw.
      async setData() {
        timeline = new Timeline(host, new DataSet(visData.items), new DataSet(visData.groups), visOptions);
        await nextFrame();
      },
      zoomTo(start, end) {
        timeline.setWindow(start, end, { animation: false });
      },
      drawn: () => Promise.resolve(),
      view() {
        const w = timeline.getWindow();
        return [w.start.getTime(), w.end.getTime()];
      },
      drawnCount: () => host.querySelectorAll('.vis-item').length,
      layoutRoot: host,
    };
  },
};

/** Every node in the document, including inside open shadow roots, recursively. */
function countNodes(root = document) {
  let count = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    count++;
    if (node.shadowRoot) stack.push(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return count;
}

function forceLayout(root) {
  return root.getBoundingClientRect().height + document.body.offsetHeight;
}

let adapter;
window.bench = {
  async init() {
    adapter = await adapters[lib]();
    return lib;
  },
  prepare(n, seed) {
    adapter.prepare(n, seed);
  },
  /** Set data → library has drawn → style/layout forced → next frame produced. */
  async firstRender() {
    const t0 = performance.now();
    await adapter.setData();
    forceLayout(adapter.layoutRoot);
    const drawn = performance.now();
    await nextFrame();
    const ms = performance.now() - t0;
    // A first render that finished before the data was drawn would time nothing.
    if (adapter.drawnCount() === 0) throw new Error(`${lib}: nothing drawn after the first render`);
    return { ms, drawnMs: drawn - t0 };
  },
  /**
   * One zoom step. Both libraries coalesce drawing into a rAF callback, and
   * headless Chromium paces frames at 60 Hz whatever the flags, so waiting for
   * the frame would put a ~16.7 ms floor under every step. A step is therefore
   * the work: the zoom call itself, plus the frame from its start (the rAF
   * timestamp) through the library's draw (its callback was queued first) and
   * a forced style + layout. `frameMs` is wall time to the end of that frame.
   */
  async zoomStep(start, end) {
    const t0 = performance.now();
    adapter.zoomTo(start, end);
    const callMs = performance.now() - t0;
    const [frameStart, drawnAt, frameEnd] = await new Promise((resolve) =>
      requestAnimationFrame((ts) => {
        const drawn = performance.now();
        forceLayout(adapter.layoutRoot);
        resolve([Math.max(ts, t0 + callMs), drawn, performance.now()]);
      }),
    );
    await adapter.drawn();
    return { ms: callMs + (frameEnd - frameStart), styleLayoutMs: frameEnd - drawnAt, frameMs: frameEnd - t0 };
  },
  async settle() {
    await nextFrame();
    await nextFrame();
  },
  view() {
    return adapter.view();
  },
  countNodes() {
    return countNodes();
  },
};
