// Side-by-side benchmark: <conflict-timeline> and vis-timeline on the same
// generated events, in one headless Chromium, runs alternating between the
// two. Prints a table of medians and ratios and writes bench/results.json.
//
//   npm run bench                        # build, then the full run
//   node bench/run.mjs --n 10000 --reps 3 --libs ours
//   node bench/run.mjs --n 100000 --reps 1 --libs ours --profile   # also writes bench/.cache/profiles/*.cpuprofile
//
// Definitions (the same for both libraries; see bench/harness.js):
//  - first render: from setting the data (ours: the `events` property; vis: setGroups + setItems with new
//    DataSets) until the library has drawn it (ours: `renderComplete`; vis: its rAF-throttled redraw), style
//    and layout are forced, and the next animation frame has started, i.e. a frame with the data was produced.
//    Parsing/validation is included for both; generating the records and converting them to vis's item shape
//    are not.
//  - zoom step: one programmatic change of window (ours: `zoomTo(start, end)`; vis: `setWindow(start, end,
//    { animation: false })`), then the library's rAF-coalesced draw, then forced style and layout. 30 steps in by
//    x1.25 around the data's centre, then 30 back out; the page settles for two frames between steps (untimed).
//    `frame` additionally waits for the next animation frame, so it includes paint. The frame-rate limit is off.
//  - heap: JS heap in use after a forced GC (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), after the
//    first render; `heap Δ` subtracts the same page before setting the data (library loaded, records generated).
//  - DOM nodes: every node in the document including open shadow roots, recursively; after the first render and
//    the most seen after any zoom step.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { generateEvents } from './generate-events.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const DEFAULT_REPS = 5;
/** vis-timeline needs ~13 s to first render 30,000 items; 100,000 would dominate the run. */
const VIS_MAX_N = 30_000;
/**
 * Above this, one vis-timeline run takes minutes here (its first render forces a layout per item), so it
 * gets one run unless --vis-reps says otherwise.
 */
const VIS_SLOW_N = 5_000;
const SEED = 20110315;
const ZOOM_STEPS_EACH_WAY = 30;
const ZOOM_FACTOR = 1.25;
const DAY_MS = 86_400_000;
const FIT_MARGIN = 0.04;
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  '--enable-precise-memory-info',
  '--window-size=1400,1000',
  // Issue 15: the omnibox's WebUI popups are browser UI a headless run has no use for.
  '--disable-features=WebUIOmniboxAimPopup,WebUIOmniboxPopup,WebUIOmniboxFullPopup',
];

const args = parseArgs(process.argv.slice(2));
const sizes = args.n ? args.n.split(',').map(Number) : DEFAULT_SIZES;
const reps = args.reps ? Number(args.reps) : DEFAULT_REPS;
const libs = args.libs ? args.libs.split(',') : ['ours', 'vis'];

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

// ---- static server (127.0.0.1, random port, the repository root only) ----

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

function startServer() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(ROOT, path);
    if (relative(ROOT, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

// ---- statistics ----

function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p95 of 60 steps is the 57th, a step that really happened.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const median = (values) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---- the windows both libraries are zoomed through ----

function zoomWindows(n) {
  let from = Infinity;
  let to = -Infinity;
  for (const r of generateEvents(n, SEED)) {
    from = Math.min(from, Date.parse(r.start));
    to = Math.max(to, Date.parse(r.end ?? r.start) + DAY_MS);
  }
  const pad = (to - from) * FIT_MARGIN;
  const start = from - pad;
  const end = to + pad;
  const centre = (start + end) / 2;
  const windows = [];
  let half = (end - start) / 2;
  for (let i = 0; i < ZOOM_STEPS_EACH_WAY; i++) windows.push([centre - (half /= ZOOM_FACTOR), centre + half]);
  for (let i = 0; i < ZOOM_STEPS_EACH_WAY; i++) windows.push([centre - (half *= ZOOM_FACTOR), centre + half]);
  return windows.map(([a, b]) => [Math.round(a), Math.round(b)]);
}

// ---- one run: one library, one size, a fresh browser context ----

async function runOnce(browser, origin, lib, n, windows, profile) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  try {
    await page.goto(`${origin}/bench/harness.html?lib=${lib}`, { waitUntil: 'load' });
    await page.evaluate(() => window.bench.init());
    await page.evaluate((count, seed) => window.bench.prepare(count, seed), n, SEED);
    await page.evaluate(() => window.bench.settle());
    const heapBefore = await heap();
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const first = await page.evaluate(() => window.bench.firstRender());
    if (profile) await saveProfile(cdp, `${lib}-${n}-first`);
    await page.evaluate(() => window.bench.settle());
    const heapAfter = await heap();
    const nodesFirst = await page.evaluate(() => window.bench.countNodes());
    const steps = [];
    const styleLayout = [];
    const frames = [];
    let nodesMax = nodesFirst;
    if (profile) await cdp.send('Profiler.start');
    for (const [start, end] of windows) {
      const step = await page.evaluate((a, b) => window.bench.zoomStep(a, b), start, end);
      steps.push(step.ms);
      styleLayout.push(step.styleLayoutMs);
      frames.push(step.frameMs);
      await page.evaluate(() => window.bench.settle());
      nodesMax = Math.max(nodesMax, await page.evaluate(() => window.bench.countNodes()));
    }
    if (profile) await saveProfile(cdp, `${lib}-${n}-zoom`);
    if (errors.length) throw new Error(errors.join('\n'));
    return {
      firstRenderMs: first.ms,
      drawnMs: first.drawnMs,
      heapBytes: heapAfter,
      heapDeltaBytes: heapAfter - heapBefore,
      nodesFirst,
      nodesMax,
      zoomStepMs: steps,
      zoomFrameMs: frames,
      zoomStyleLayoutMs: styleLayout,
      zoomStyleLayoutMedianMs: median(styleLayout),
      zoomStepMedianMs: median(steps),
      zoomStepP95Ms: quantile(steps, 0.95),
      zoomFrameP95Ms: quantile(frames, 0.95),
    };
  } finally {
    await context.close();
  }
}

async function saveProfile(cdp, name) {
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(join(ROOT, 'bench/.cache/profiles'), { recursive: true });
  writeFileSync(join(ROOT, `bench/.cache/profiles/${name}.cpuprofile`), JSON.stringify(profile));
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const original = await bundleSourceMap();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    let where = `${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    if (original && f.url.endsWith('conflict-timeline.bundle.js')) {
      const pos = original.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
      if (pos.source) where = `${pos.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${pos.line} ${pos.name ?? ''}`;
    }
    const key = `${f.functionName || '(anonymous)'} ${where}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`  profile ${name}: top self time`);
  for (const [key, ms] of top) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

let sourceMapConsumer;
/** Names minified frames in profiles; source-map is only there as a dev tool's dependency, so it is optional. */
async function bundleSourceMap() {
  if (sourceMapConsumer !== undefined) return sourceMapConsumer;
  try {
    const { SourceMapConsumer } = await import('source-map');
    sourceMapConsumer = await new SourceMapConsumer(JSON.parse(readFileSync(join(ROOT, 'dist/conflict-timeline.bundle.js.map'), 'utf8')));
  } catch {
    sourceMapConsumer = null;
  }
  return sourceMapConsumer;
}

// ---- sizes ----

function gzipSize(path) {
  const bytes = readFileSync(join(ROOT, path));
  return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

function bundleSizes() {
  // Chunks the bundle imports only when asked for (another language, a src to read): listed, not added.
  // Read from the bundle itself, since rollup leaves older builds' chunks in the folder.
  const entry = readFileSync(join(ROOT, 'dist/conflict-timeline.bundle.js'), 'utf8');
  const chunkPaths = [...new Set([...entry.matchAll(/["'`]\.\/([\w-]+\/[\w.-]+\.js)["'`]/g)].map((m) => `dist/${m[1]}`))];
  const sizes = {
    ours: gzipSize('dist/conflict-timeline.bundle.js'),
    oursLazyChunks: chunkPaths.filter((path) => existsSync(join(ROOT, path))).map(gzipSize),
    visJs: gzipSize('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
    visCss: gzipSize('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'),
  };
  const tl = 'node_modules/@knight-lab/timelinejs/dist';
  if (existsSync(join(ROOT, tl))) {
    sizes.timelineJs = gzipSize(`${tl}/js/timeline.js`);
    sizes.timelineCss = gzipSize(`${tl}/css/timeline.css`);
    sizes.timelineSource = 'measured from @knight-lab/timelinejs';
  } else {
    sizes.timelineJs = { gzipBytes: 65 * 1024 };
    sizes.timelineCss = { gzipBytes: 12 * 1024 };
    sizes.timelineSource = 'published figures, not measured';
  }
  return sizes;
}

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

// ---- report ----

const fmtMs = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');
const fmtMB = (v) => (Number.isFinite(v) ? (v / 1048576).toFixed(1) : '–');
const fmtInt = (v) => (Number.isFinite(v) ? String(Math.round(v)) : '–');
const ratio = (vis, ours) => (Number.isFinite(vis) && Number.isFinite(ours) && ours > 0 ? `${(vis / ours).toFixed(1)}×` : '–');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

function summarise(runs) {
  const pick = (key) => median(runs.map((r) => r[key]));
  return {
    runs: runs.length,
    firstRenderMs: pick('firstRenderMs'),
    zoomStepMedianMs: pick('zoomStepMedianMs'),
    zoomStepP95Ms: pick('zoomStepP95Ms'),
    zoomFrameP95Ms: pick('zoomFrameP95Ms'),
    zoomStyleLayoutMedianMs: pick('zoomStyleLayoutMedianMs'),
    heapBytes: pick('heapBytes'),
    heapDeltaBytes: pick('heapDeltaBytes'),
    nodesFirst: pick('nodesFirst'),
    nodesMax: Math.max(...runs.map((r) => r.nodesMax)),
  };
}

function printTable(results) {
  const rows = [
    ['first render (ms)', 'firstRenderMs', fmtMs],
    ['zoom step median (ms)', 'zoomStepMedianMs', fmtMs],
    ['zoom step p95 (ms)', 'zoomStepP95Ms', fmtMs],
    ['  of a step: style+layout, median', 'zoomStyleLayoutMedianMs', fmtMs],
    ['JS heap after GC (MB)', 'heapBytes', fmtMB],
    ['heap Δ for the data (MB)', 'heapDeltaBytes', fmtMB],
    ['DOM nodes after render', 'nodesFirst', fmtInt],
    ['DOM nodes, most while zooming', 'nodesMax', fmtInt],
  ];
  const lines = [];
  const header = ['N', 'metric', 'ours', 'vis-timeline', 'vis ÷ ours'];
  const body = [];
  for (const cell of results.cells) {
    for (const [label, key, fmt] of rows) {
      const ours = cell.ours?.[key];
      const vis = cell.vis?.[key];
      // vis-timeline reads layout inside its own redraw, so its forced layout after the step is ~0: no ratio.
      const compare = cell.vis && key !== 'zoomStyleLayoutMedianMs';
      body.push([cell.n.toLocaleString('en'), label, fmt(ours), cell.vis ? fmt(vis) : cell.visSkipped ? 'skipped' : '–', compare ? ratio(vis, ours) : '']);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '));
  let last;
  for (const r of body) {
    if (last && r[0] !== last) lines.push('');
    last = r[0];
    lines.push(line(r));
  }
  console.log(`\n${lines.join('\n')}`);
  for (const cell of results.cells) {
    if (cell.visSkipped) console.log(`N=${cell.n}: vis-timeline skipped: ${cell.visSkipped}`);
    if (cell.visNote) console.log(`N=${cell.n}: ${cell.visNote}`);
  }
  const s = results.sizes;
  console.log('\nmin+gzip (zlib level 9):');
  console.log(`  conflict-timeline bundle (lit, d3, date-fns, CSS, English)        ${kb(s.ours.gzipBytes)}  (${kb(s.ours.bytes)} min)`);
  if (s.oursLazyChunks.length) {
    const chunks = s.oursLazyChunks.map((c) => `${c.path.split('/').pop().replace(/-[\w-]{8}\.js$/, '')} ${kb(c.gzipBytes)}`);
    console.log(`    + chunks loaded only when asked for: ${chunks.join(', ')}`);
  }
  console.log(`  vis-timeline standalone (JS with CSS injected)                    ${kb(s.visJs.gzipBytes)}  (${kb(s.visJs.bytes)} min)  ${(s.visJs.gzipBytes / s.ours.gzipBytes).toFixed(1)}×`);
  console.log(`  TimelineJS ${s.timelineSource}: JS ${kb(s.timelineJs.gzipBytes)} + CSS ${kb(s.timelineCss.gzipBytes)}  ${((s.timelineJs.gzipBytes + s.timelineCss.gzipBytes) / s.ours.gzipBytes).toFixed(1)}×`);
}

// ---- main ----

async function main() {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS, protocolTimeout: 600_000 });
  const startedAt = new Date();
  const results = {
    date: startedAt.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryBytes: os.totalmem(),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      browser: await browser.version(),
    },
    versions: {
      'conflict-timeline': JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
      commit: gitCommit(),
      'vis-timeline': versionOf('vis-timeline'),
      'vis-data': versionOf('vis-data'),
      '@knight-lab/timelinejs': versionOf('@knight-lab/timelinejs'),
      'puppeteer-core': versionOf('puppeteer-core'),
    },
    settings: { seed: SEED, reps, zoomSteps: ZOOM_STEPS_EACH_WAY * 2, zoomFactor: ZOOM_FACTOR, viewportPx: [1400, 1000], hostWidthPx: 1200, chromeArgs: CHROME_ARGS },
    sizes: bundleSizes(),
    cells: [],
  };
  try {
    for (const n of sizes) {
      const windows = zoomWindows(n);
      const cell = { n, samples: {} };
      const cellLibs = libs.filter((lib) => lib !== 'vis' || n <= VIS_MAX_N);
      if (libs.includes('vis') && n > VIS_MAX_N) {
        cell.visSkipped = `above ${VIS_MAX_N.toLocaleString('en')} events vis-timeline takes tens of seconds per render (13 s at 30,000), which would push the run past 10 minutes`;
      }
      const visReps = n > VIS_SLOW_N ? Number(args['vis-reps'] ?? 1) : reps;
      if (cellLibs.includes('vis') && visReps < reps) cell.visNote = `vis-timeline: ${visReps} run(s) at this size (minutes each), ours: ${reps}`;
      for (let rep = 0; rep < reps; rep++) {
        // Alternate which library goes first, so neither always gets the warmer machine.
        const order = rep % 2 === 0 ? cellLibs : [...cellLibs].reverse();
        for (const lib of order) {
          if (lib === 'vis' && rep >= visReps) continue;
          const t = Date.now();
          const run = await runOnce(browser, origin, lib, n, windows, Boolean(args.profile) && rep === 0);
          (cell.samples[lib] ??= []).push(run);
          console.log(
            `N=${n} ${lib.padEnd(4)} rep ${rep + 1}/${reps}: first ${fmtMs(run.firstRenderMs)} ms, step p50 ${fmtMs(run.zoomStepMedianMs)} p95 ${fmtMs(run.zoomStepP95Ms)} ms (style+layout p50 ${fmtMs(run.zoomStyleLayoutMedianMs)}), heap ${fmtMB(run.heapBytes)} MB, nodes ${run.nodesFirst}/${run.nodesMax} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
          );
        }
      }
      for (const lib of cellLibs) cell[lib] = summarise(cell.samples[lib]);
      results.cells.push(cell);
    }
  } finally {
    await browser.close();
    server.close();
  }
  results.durationS = (Date.now() - startedAt.getTime()) / 1000;
  printTable(results);
  if (!args['no-write']) {
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 1)}\n`);
    console.log(`\nwrote bench/results.json (${results.durationS.toFixed(0)} s)`);
  }
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
