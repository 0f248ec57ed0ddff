// The research demo: generates the invented ACLED-shaped CSV in the page and hands it to the timeline as a
// Blob URL, so the element reads it through its real `src` path (fetch, CSV reader, sliced validation,
// progress), as it would read a researcher's export. Reports the load time and the filters' counts.
import { generateAcledCsv, RESEARCH_ROWS, RESEARCH_SEED } from './research-data.js';

const timeline = document.getElementById('research-timeline');
const lanesChoice = document.getElementById('lanes-choice');
const maxLanes = document.getElementById('max-lanes');
const statRows = document.getElementById('stat-rows');
const statLoad = document.getElementById('stat-load');
const statShown = document.getElementById('stat-shown');
const number = new Intl.NumberFormat('en');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** `?n=5000` for a smaller set, `?seed=7` for other rows. */
const params = new URLSearchParams(location.search);
const rows = Math.max(1, Math.floor(Number(params.get('n')) || RESEARCH_ROWS));
const seed = Math.floor(Number(params.get('seed')) || RESEARCH_SEED);

let total = 0;

timeline.addEventListener('ct-diagnostics', (e) => {
  total = e.detail.accepted;
  const rejected = e.detail.rejected.length;
  statRows.textContent = `${number.format(e.detail.accepted)} read${rejected ? `, ${number.format(rejected)} rejected` : ''}`;
  statShown.textContent = `all ${number.format(total)}`;
});

timeline.addEventListener('ct-filter-change', (e) => {
  const { shown, total: all } = e.detail;
  statShown.textContent = shown === all ? `all ${number.format(all)}` : `${number.format(shown)} of ${number.format(all)}`;
});

lanesChoice.addEventListener('change', () => timeline.setAttribute('lanes', lanesChoice.value));
maxLanes.addEventListener('change', () => {
  // Empty: the element chooses as many lanes as fit its height.
  const value = Math.floor(Number(maxLanes.value));
  timeline.maxLanes = maxLanes.value.trim() !== '' && value >= 2 ? value : undefined;
});
document.getElementById('research-controls').addEventListener('submit', (e) => e.preventDefault());

async function load() {
  await customElements.whenDefined('conflict-timeline');
  lanesChoice.value = timeline.getAttribute('lanes') ?? 'actor';
  statRows.textContent = `generating ${number.format(rows)}…`;
  await nextFrame();
  const t0 = performance.now();
  const csv = generateAcledCsv(rows, seed);
  const generated = performance.now() - t0;
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const t1 = performance.now();
  timeline.src = url;
  await timeline.updateComplete;
  await timeline.renderComplete;
  const loaded = performance.now() - t1;
  URL.revokeObjectURL(url);
  statLoad.textContent = `${number.format(Math.round(loaded))} ms (generating the ${(csv.length / 1e6).toFixed(1)} MB CSV: ${number.format(Math.round(generated))} ms)`;
  // For scripts that drive the page (the README's screenshot): the data is in and drawn.
  document.body.dataset['loaded'] = 'true';
}

void load();
