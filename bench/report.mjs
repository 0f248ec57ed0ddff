// The bench's results (bench/results.json) as the console table run.mjs prints and as the Markdown
// tables in the README's Performance section (bench/readme-table.mjs writes them there).

const fmtMs = (v) => (Number.isFinite(v) ? (v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1)) : '–');
const fmtMB = (v) => (Number.isFinite(v) ? (v / 1048576).toFixed(1) : '–');
const fmtInt = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en') : '–');
const fmtRatio = (r) => (Number.isFinite(r) ? `${r >= 10 ? Math.round(r).toLocaleString('en') : r.toFixed(1)}×` : '–');
const ratioOf = (vis, ours) => (Number.isFinite(vis) && Number.isFinite(ours) && ours > 0 ? vis / ours : NaN);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

/** The rows of a size's comparison: label, how to read a summary, how to print it, whether vis ÷ ours means something. */
const CELL_ROWS = [
  ['first render', (s) => [s.firstRenderMs], 'ms'],
  ['longest task in the first render', (s) => [s.longestTaskMs], 'ms'],
  ['zoom frame, paint included, p50 / p95', (s) => [s.frameMs?.p50, s.frameMs?.p95], 'ms'],
  ['zoom step complete (the frame and what the library did after it), p50 / p95', (s) => [s.completeMs?.p50, s.completeMs?.p95], 'ms'],
  ['zoom step in the frame callback (before paint), p50 / p95', (s) => [s.stepMs?.p50, s.stepMs?.p95], 'ms'],
  [
    'the slowest tenth of zoom frames, mean: script / style and layout / paint and commit / gc',
    (s) => (s.slowFramePhases ? [s.slowFramePhases.script + s.slowFramePhases.idle, s.slowFramePhases.style + s.slowFramePhases.layout, s.slowFramePhases.paint + s.slowFramePhases.commit, s.slowFramePhases.gc] : undefined),
    'ms',
    // What a p95 frame is made of, not a comparison.
    { ratio: false },
  ],
  ['wheel notch to next frame, p50 / p95', (s) => [s.wheelMs?.p50, s.wheelMs?.p95], 'ms'],
  ['paced wheel (a notch every 16.7 ms) to next frame, p50 / p95', (s) => [s.pacedWheelMs?.p50, s.pacedWheelMs?.p95], 'ms'],
  ['drag (a move every 16.7 ms) to next frame, p50 / p95', (s) => [s.dragMs?.p50, s.dragMs?.p95], 'ms'],
  ['JS heap after render', (s) => [s.heapBytes], 'MB'],
  ['DOM nodes (most while zooming)', (s) => [s.nodesMax], ''],
];

const show = (values, unit) => {
  if (!values || values.every((v) => v === undefined)) return '';
  const f = unit === 'MB' ? fmtMB : unit === 'ms' ? fmtMs : fmtInt;
  return `${values.map(f).join(' / ')}${unit ? ` ${unit}` : ''}`;
};

/** A compared size as the tables name it: the count, and the titles when they were the short ones. */
const eventsOf = (cell) => `${cell.n.toLocaleString('en')}${cell.titles === 'short' ? ' (short titles)' : ''}`;

/** Rows [events, measure, ours, vis, vis ÷ ours] for every size, the empty page and the big loads. */
function rows(results) {
  const out = [];
  if (results.empty) {
    const e = results.empty;
    out.push(['–', 'empty page (floor): wheel notch, p50 / p95', show([e.wheelMs?.p50, e.wheelMs?.p95], 'ms'), '', '']);
    out.push(['–', 'empty page (floor): paced wheel, p50 / p95', show([e.pacedWheelMs?.p50, e.pacedWheelMs?.p95], 'ms'), '', '']);
    out.push(['–', 'empty page (floor): drag, p50 / p95', show([e.dragMs?.p50, e.dragMs?.p95], 'ms'), '', '']);
  }
  for (const cell of results.cells) {
    for (const [label, read, unit, { ratio: compared = true } = {}] of CELL_ROWS) {
      const ours = cell.ours ? read(cell.ours) : undefined;
      const vis = cell.vis ? read(cell.vis) : undefined;
      const ratio = compared && ours && vis ? vis.map((v, i) => fmtRatio(ratioOf(v, ours[i]))).join(' / ') : '';
      const visText = cell.vis ? show(vis, unit) : cell.visSkipped ? 'not run¹' : '';
      out.push([eventsOf(cell), label, show(ours, unit), visText, ratio]);
    }
  }
  return out;
}

/**
 * Rows [load, first render, longest task, heap, zoom frame, step complete and step p50 / p95, the frame after a
 * forced GC, the first frames at once and after a pause] for the loads only ours reads.
 */
function bigRows(results) {
  return Object.values(results.bigLoads ?? {}).map((load) => [
    load.label,
    show([load.firstRenderMs], 'ms'),
    show([load.longestTaskMs], 'ms'),
    show([load.heapBytes], 'MB'),
    load.frameMs ? show([load.frameMs.p50, load.frameMs.p95], 'ms') : '',
    load.completeMs ? show([load.completeMs.p50, load.completeMs.p95], 'ms') : '',
    load.stepMs ? show([load.stepMs.p50, load.stepMs.p95], 'ms') : '',
    load.forcedGcFrameMs ? show([load.forcedGcFrameMs.p50, load.forcedGcFrameMs.p95], 'ms') : '',
    load.firstFramesMaxMs !== undefined ? show([load.firstFramesMaxMs, load.pausedFirstFramesMaxMs], 'ms') : '',
  ]);
}

function markdown(header, body) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const load = (m) => (m.loadAverageAtStart === undefined ? '' : `, load average ${m.loadAverageAtStart.toFixed(1)} at the start and ${m.loadAverageAtEnd.toFixed(1)} at the end`);

/** The README's tables and the line saying where they come from. */
export function markdownTables(results) {
  const runs = `medians of ${results.settings.reps} runs${results.cells.some((c) => c.visNote) ? ', vis-timeline 1 run at 10,000' : ''}`;
  const date = results.date.slice(0, 10);
  const head = `Run of ${date} (${results.machine.cpus}-core shared machine, ${results.machine.browser.replace(/^(Headless)?Chrome\//, 'Chromium ').replace(/\.\d+\.\d+\.\d+$/, '')}, ${runs}, ${Math.round(results.durationS / 60)} minutes in all${load(results.machine)}):`;
  const main = markdown(['events', 'measure', 'conflict-timeline', 'vis-timeline', 'vis ÷ ours'], rows(results));
  const bigOnes = bigRows(results);
  const bigTable = bigOnes.length
    ? `\n\nLoads only conflict-timeline reads (vis-timeline cannot read CSV), ${results.settings.bigReps} runs each:\n\n${markdown(['load (ours only)', 'first render', 'longest task', 'JS heap after load', 'zoom frame p50 / p95', 'zoom step complete p50 / p95', 'zoom step p50 / p95', 'zoom frame p50 / p95 right after a forced full GC²', 'slowest of the zoom\'s first 3 frames: zoom at once / half a second after the render³'], bigOnes)}`
    : '';
  return `${head}\n\n${main}${bigTable}\n`;
}

export function printTable(results) {
  const header = ['N', 'metric', 'ours', 'vis-timeline', 'vis ÷ ours'];
  const body = rows(results);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let last;
  for (const r of body) {
    if (last && r[0] !== last) lines.push('');
    last = r[0];
    lines.push(line(r));
  }
  console.log(`\n${lines.join('\n')}`);
  for (const cell of results.cells) {
    if (cell.visSkipped) console.log(`N=${eventsOf(cell)}: vis-timeline skipped: ${cell.visSkipped}`);
    if (cell.visNote) console.log(`N=${eventsOf(cell)}: ${cell.visNote}`);
  }
  const big = bigRows(results);
  if (big.length) {
    console.log('\nloads only ours reads: first render, longest task, heap, zoom frame p50/p95, zoom step complete p50/p95, zoom step p50/p95, zoom frame p50/p95 after a forced GC, slowest of the first 3 zoom frames at once/half a second after the render');
    for (const r of big) console.log(`  ${r.filter(Boolean).join('  ')}`);
  }
  const s = results.sizes;
  console.log('\nmin+gzip (zlib level 9):');
  console.log(`  conflict-timeline bundle (lit, d3, date-fns, CSS, English)        ${kb(s.ours.gzipBytes)}  (${kb(s.ours.bytes)} min)`);
  if (s.oursLazyChunks.length) {
    const chunks = s.oursLazyChunks.map((c) => `${c.path.split('/').pop().replace(/-[\w-]{8}\.js$/, '')} ${kb(c.gzipBytes)}`);
    console.log(`    + chunks loaded only when asked for: ${chunks.join(', ')}`);
  }
  if (s.oursWorker) console.log(`    + the load worker, a file of its own started for a src (readers and validation): ${kb(s.oursWorker.gzipBytes)}  (${kb(s.oursWorker.bytes)} min)`);
  console.log(`  vis-timeline standalone (JS with CSS injected)                    ${kb(s.visJs.gzipBytes)}  (${kb(s.visJs.bytes)} min)  ${(s.visJs.gzipBytes / s.ours.gzipBytes).toFixed(1)}×`);
  console.log(`  TimelineJS ${s.timelineSource}: JS ${kb(s.timelineJs.gzipBytes)} + CSS ${kb(s.timelineCss.gzipBytes)}  ${((s.timelineJs.gzipBytes + s.timelineCss.gzipBytes) / s.ours.gzipBytes).toFixed(1)}×`);
}
