// Generates N events with the benchmark's generator and reports how long
// generation and the first render took, as the benchmark defines them.
import { generateEvents } from '../bench/generate-events.js';

const SEED = 20110315;
const ZOOM_STEPS_EACH_WAY = 30;
const ZOOM_FACTOR = 1.25;

const timeline = document.getElementById('stress');
const count = document.getElementById('count');
const stats = document.getElementById('stats');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

function show(rows) {
  stats.replaceChildren(
    ...rows.flatMap(([term, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      return [dt, dd];
    }),
  );
}

function countNodes(root) {
  let n = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    n++;
    if (node.shadowRoot) stack.push(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return n;
}

let rows = [];
async function run(n) {
  await customElements.whenDefined('conflict-timeline');
  show([['Generating', `${n.toLocaleString('en')} events…`]]);
  await nextFrame();
  const t0 = performance.now();
  const events = generateEvents(n, SEED);
  const generated = performance.now() - t0;
  const t1 = performance.now();
  timeline.events = events;
  await timeline.updateComplete;
  await timeline.renderComplete;
  await nextFrame();
  const rendered = performance.now() - t1;
  rows = [
    ['Events', n.toLocaleString('en')],
    ['Generation', `${generated.toFixed(0)} ms`],
    ['First render (set data → frame drawn)', `${rendered.toFixed(0)} ms`],
    ['DOM nodes in the element', countNodes(timeline).toLocaleString('en')],
  ];
  show(rows);
}

async function zoomTest() {
  const { start, end } = timeline.view;
  const centre = (start.getTime() + end.getTime()) / 2;
  let half = (end.getTime() - start.getTime()) / 2;
  const steps = [];
  let most = 0;
  for (let i = 0; i < ZOOM_STEPS_EACH_WAY * 2; i++) {
    half = i < ZOOM_STEPS_EACH_WAY ? half / ZOOM_FACTOR : half * ZOOM_FACTOR;
    const t = performance.now();
    timeline.zoomTo(centre - half, centre + half);
    await timeline.renderComplete;
    timeline.getBoundingClientRect();
    steps.push(performance.now() - t);
    await nextFrame();
    most = Math.max(most, countNodes(timeline));
  }
  steps.sort((a, b) => a - b);
  show([
    ...rows,
    ['Zoom step median (zoomTo → frame drawn, 60 Hz pacing included)', `${steps[steps.length >> 1].toFixed(1)} ms`],
    ['Zoom step p95 (same)', `${steps[Math.ceil(0.95 * steps.length) - 1].toFixed(1)} ms`],
    ['Most DOM nodes while zooming', most.toLocaleString('en')],
  ]);
}

const initial = Number(new URLSearchParams(location.search).get('n')) || 100_000;
count.value = String(initial);
document.getElementById('controls').addEventListener('submit', (e) => {
  e.preventDefault();
  void run(Math.max(1, Math.floor(Number(count.value) || initial)));
});
document.getElementById('zoom-test').addEventListener('click', () => void zoomTest());
void run(initial);
