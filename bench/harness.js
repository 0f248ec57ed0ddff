// One library per page (?lib=ours|vis|empty), driven by bench/run.mjs through
// window.bench. The adapters expose the same operations so that the driver
// times them with one definition. Marks made with console.timeStamp land in
// the Chromium trace that run.mjs records, which is where the frame and
// input figures come from.
import { generateEvents, toVisData } from './generate-events.js';

const lib = new URLSearchParams(location.search).get('lib');
const host = document.getElementById('host');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** A mark in the trace (a devtools.timeline TimeStamp event with this message). */
const mark = (label) => console.timeStamp(label);
/** The File the next loadFile gives (see prepareFile). */
let preparedFile;

/** The point where input goes: the plot's centre, or 300 px down if the plot is taller than that. */
function centreOf(element) {
  const r = element.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + Math.min(r.height / 2, 300)) };
}

const adapters = {
  async ours() {
    await import('../dist/conflict-timeline.bundle.js');
    const el = document.createElement('conflict-timeline');
    el.label = 'bench';
    // A 50 MB file takes longer than the default 30 s limit here; the limit is not what is measured.
    el.loadTimeout = 3_600_000;
    host.append(el);
    await customElements.whenDefined('conflict-timeline');
    await el.updateComplete;
    let records;
    return {
      prepare(n, seed, titles) {
        records = generateEvents(n, seed, { titles });
      },
      // Ours validates large loads in slices, then draws in a rAF. The update that starts the load
      // must run before renderComplete is asked, or it has no load to wait for.
      async setData() {
        el.events = records;
        await el.updateComplete;
        await el.renderComplete;
      },
      async loadSrc(url) {
        el.src = url;
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
      plotCentre: () => centreOf(el.shadowRoot.querySelector('.plot')),
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
      prepare(n, seed, titles) {
        visData = toVisData(generateEvents(n, seed, { titles }));
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
      plotCentre: () => centreOf(host.querySelector('.vis-panel.vis-center')),
      layoutRoot: host,
    };
  },
  /**
   * The floor for input latency: a page with nothing on it but a 1200 × 400 box whose listeners move
   * one 1 px dot, so that each wheel turn or drag move reaches the page and gives a frame to commit.
   */
  async empty() {
    const box = document.createElement('div');
    box.style.cssText = 'position: relative; height: 400px';
    const dot = document.createElement('div');
    dot.style.cssText = 'position: absolute; width: 1px; height: 1px; background: #000';
    box.append(dot);
    host.append(box);
    let x = 0;
    const move = () => (dot.style.transform = `translateX(${(x = (x + 1) % 1000)}px)`);
    box.addEventListener('wheel', (event) => (event.preventDefault(), move()), { passive: false });
    box.addEventListener('mousedown', move);
    window.addEventListener('mousemove', move);
    return {
      prepare() {},
      async setData() {},
      zoomTo() {},
      drawn: () => Promise.resolve(),
      view: () => [0, 0],
      drawnCount: () => 1,
      plotCentre: () => centreOf(box),
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

/**
 * Marks every wheel turn and every pointer move with a button down that reaches the page, before any
 * library's listener, with the times the browser created them (all the moves coalesced into one) and
 * performance.now(), which puts those times on the trace's clock (see inputLatencies in trace.mjs).
 * Passive, so that they change nothing about how the page scrolls.
 */
function markInputs() {
  const note = (kind, times) => mark(`input ${kind} ${performance.now()} ${times.join(',')}`);
  const options = { capture: true, passive: true };
  addEventListener('wheel', (event) => event.deltaX + event.deltaY !== 0 && note('wheel', [event.timeStamp]), options);
  addEventListener(
    'pointermove',
    (event) => {
      if (!event.buttons) return;
      const coalesced = event.getCoalescedEvents?.() ?? [];
      note('drag', (coalesced.length ? coalesced : [event]).map((e) => e.timeStamp));
    },
    options,
  );
}

let adapter;
window.bench = {
  async init() {
    adapter = await adapters[lib]();
    markInputs();
    return lib;
  },
  prepare(n, seed, titles = 'realistic') {
    adapter.prepare(n, seed, titles);
  },
  mark,
  /** Set data → library has drawn → style/layout forced → next frame produced. */
  async firstRender() {
    mark('load-start');
    const t0 = performance.now();
    await adapter.setData();
    forceLayout(adapter.layoutRoot);
    const drawn = performance.now();
    await nextFrame();
    const ms = performance.now() - t0;
    mark('load-end');
    // A first render that finished before the data was drawn would time nothing.
    if (adapter.drawnCount() === 0) throw new Error(`${lib}: nothing drawn after the first render`);
    return { ms, drawnMs: drawn - t0 };
  },
  /**
   * A file as a reader's File would be (ours only): its bytes fetched and made into a File in the page
   * beforehand, untimed, as a file input would have given it; loadFile then times it as loadSrc does.
   */
  async prepareFile(url, type) {
    const blob = await (await fetch(url)).blob();
    preparedFile = new File([blob], url.split('/').pop(), { type });
  },
  /** The prepared File through `src`, as a page gives one: `URL.createObjectURL(file)`. */
  async loadFile() {
    mark('load-start');
    const t0 = performance.now();
    const url = URL.createObjectURL(preparedFile);
    return this.timedLoad(url, t0);
  },
  /** The same as firstRender, for data read from `src` (ours only). */
  async loadSrc(url) {
    mark('load-start');
    return this.timedLoad(url, performance.now());
  },
  async timedLoad(url, t0) {
    await adapter.loadSrc(url);
    forceLayout(adapter.layoutRoot);
    await nextFrame();
    const ms = performance.now() - t0;
    mark('load-end');
    if (adapter.drawnCount() === 0) throw new Error(`${lib}: nothing drawn after loading ${url}`);
    return { ms };
  },
  /**
   * One zoom step. Both libraries coalesce drawing into a rAF callback, and
   * headless Chromium paces frames at 60 Hz whatever the flags, so waiting for
   * the frame would put a ~16.7 ms floor under every step. The in-page `ms` is
   * therefore the work the page's clock sees: the zoom call itself, plus the
   * frame from its start (the rAF timestamp) through the library's draw (its
   * callback was queued first) and a forced style + layout. It ends before the
   * frame's own paint and commit; run.mjs takes the frame with those from the
   * trace, starting at the `zoom-step` mark made here.
   */
  async zoomStep(start, end) {
    mark('zoom-step');
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
    // Complete: anything the library left for after the frame (ours: the accessible layer of a painted
    // view, see PlotRenderer.render), with the style and layout it causes.
    await adapter.drawn();
    forceLayout(adapter.layoutRoot);
    mark('zoom-complete');
    return { ms: callMs + (frameEnd - frameStart), styleLayoutMs: frameEnd - drawnAt };
  },
  async settle() {
    await nextFrame();
    await nextFrame();
  },
  view() {
    return adapter.view();
  },
  plotCentre() {
    return adapter.plotCentre();
  },
  countNodes() {
    return countNodes();
  },
};
