// Side-by-side benchmark: <conflict-timeline> and vis-timeline on the same generated events, in one
// headless Chromium, runs alternating between the two (ours, vis, ours, vis, …), each run in a fresh
// browser context. Then loads only ours can read (a 50 MB CSV through `src` and as a File made in the page, JSON
// through `src`) and a million events.
// Prints a table of medians and ratios, writes bench/results.json; `node bench/readme-table.mjs` puts the
// table into the README.
//
//   npm run bench                                   # build, then the full run (8 to 14 minutes here)
//   node bench/run.mjs --vis-max 10000              # as the README's run: with vis-timeline at 10,000 too
//   node bench/run.mjs --quick                      # a smoke run: 1,000 and 10,000, 2 runs, small big loads
//   node bench/run.mjs --n 10000 --reps 3 --libs ours --no-big
//   node bench/run.mjs --n 100000 --reps 1 --libs ours --no-big --profile   # + bench/.cache/profiles/*.cpuprofile
//   node bench/run.mjs --big-only million --big-reps 3 --no-write   # the million events alone
//
// Flags: --n sizes (comma-separated; default 1000,10000,100000), --reps runs per library and size (5),
// --vis-max the largest size vis-timeline runs at (5000; the README's run used 10000, which adds 7 to 15
// minutes), --vis-reps runs of vis-timeline above 5,000 events (1: its first render there takes minutes),
// --libs ours,vis, --titles short (the compared sizes with short titles), --short-n sizes compared again
// with short titles in the same run (e.g. 10000; both libraries, as --vis-max allows), --no-big (skip the big loads), --big-reps (as --reps), --csv-mb (50), --json-n
// (200000), --million (1000000), --no-empty (skip the empty page), --no-write, --quick,
// --big-only million (only these big loads, comma-separated: csvSrc, csvFile, jsonSrc, jsonEvents, million;
// no compared sizes, no empty page, no files written for the loads left out: the million alone takes ~1 minute).
//
// Definitions (the same for both libraries; see bench/harness.js and bench/trace.mjs):
//  - first render: from setting the data (ours: the `events` property, or `src` for the big loads; vis:
//    new DataSets in a new Timeline) until the library has drawn it (ours: `renderComplete`; vis: its
//    constructor's draw and the next frame), style and layout are forced, and the next animation frame has
//    started. Parsing/validation is included for both; generating the records and converting them to vis's
//    item shape are not. `longest task`: the longest main-thread task in that time, from the trace.
//  - zoom: 30 programmatic steps in by x1.25 around the data's centre, then 30 out (ours: `zoomTo`; vis:
//    `setWindow(…, { animation: false })`); the page settles for two frames between steps (untimed).
//    `frame` (the headline figure) is from the Chromium trace: the main thread's busy time from the task
//    that makes the zoom call through the end of the task that commits the next frame, so the library's
//    own work, its animation-frame draw, style, layout, paint and commit (raster and draw on other threads
//    are not in it, nor idle time waiting for the 60 Hz frame). `step complete`: the same busy time through
//    the task in which the library says the step is drawn (ours: `renderComplete`, which waits for the
//    accessible layer a painted frame joins after it) and style and layout are forced again: all the work
//    of a step, wherever it runs. For vis-timeline it is the frame. `step` is the older in-page figure: the
//    zoom call plus the frame callback's draw and a forced style + layout, timed with performance.now(),
//    before paint; kept beside it for comparison with earlier runs.
//  - input latency: real input through CDP Input.dispatchMouseEvent at the plot's centre, from the moment the browser created the event
//    (event.timeStamp, read by a capture listener the harness adds) to the end of the next frame the page's
//    main thread commits after receiving it (see inputLatencies in trace.mjs), one figure per event
//    (coalesced moves included). In this order: `drag`: a press, 60 moves of 4 px every 16.7 ms, a release
//    (the press engages ours' plot, so that a plain wheel zooms it, as in vis-timeline); `wheel notch`: 10
//    single notches of 100 px 250 ms apart, in and out in turn; `paced wheel`: 60 notches, one every
//    16.7 ms, 30 in then 30 out. The `empty page` row is the floor:
//    the same input to a page whose listeners only move a 1 px dot.
//  - heap: JS heap in use after a forced GC (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), after the
//    first render; `heap Δ` subtracts the same page before setting the data (library loaded, records generated).
//  - DOM nodes: every node in the document including open shadow roots, recursively; after the first render and
//    the most seen after any zoom step.
//  - the million's first frames: the slowest of the zoom's first 3 frames (as `frame`), zooming as soon as the
//    render is done (the zoom's own page, two frames after it) and in another fresh page half a second after
//    it (10 steps): the major collection a load leaves behind falls in the first, and had run by the second.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { basename, dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { acledCsvFile, BIG_LOAD_DIR, eventsJsonFile } from './big-load-files.mjs';
import { generateEvents } from './generate-events.js';
import { printTable } from './report.mjs';
import { checkClock, FRAME_PHASES, inputLatencies, longestTask, mainThread, nowUs, stepCompletions, stepFrames, traceEvents, TRACE_CATEGORIES } from './trace.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const DEFAULT_REPS = 5;
/**
 * vis-timeline's first render of 10,000 items takes 7 to 13 minutes here, so by default it runs only up to
 * 5,000 (`--vis-max 10000` to include 10,000); 100,000 would not finish.
 */
const VIS_MAX_N = 5_000;
/**
 * Above this, one vis-timeline run takes minutes here (its first render forces a layout per item), so it
 * gets one run unless --vis-reps says otherwise.
 */
const VIS_SLOW_N = 5_000;
const SEED = 20110315;
const ACLED_SEED = 20170101;
const ZOOM_STEPS_EACH_WAY = 30;
const ZOOM_FACTOR = 1.25;
const DAY_MS = 86_400_000;
const FIT_MARGIN = 0.04;
/** A frame at 60 Hz, the pace of the paced wheel and the drag. */
const FRAME_MS = 1000 / 60;
const WHEEL_NOTCHES = 10;
const NOTCH_GAP_MS = 250;
/** Pixels of one wheel notch, as Chromium reports a mouse wheel's notch on Windows. */
const NOTCH_PX = 100;
const PACED_NOTCHES = 60;
const DRAG_MOVES = 60;
const DRAG_STEP_PX = 4;
/** How long after the last send of a kind an input event created still counts as that kind's. */
const INPUT_CREATION_SLACK_US = 10_000;
/** The million's zoom measured again after this pause from its render, as a reader who looks first would zoom. */
const READER_PAUSE_MS = 500;
/** The zoom's first frames: where the collection a load leaves behind falls. */
const FIRST_FRAMES = 3;
/** The steps zoomed after the pause: enough for the first frames, fewer than a whole zoom. */
const PAUSED_STEPS = 10;
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
  // Issue 15: the omnibox's WebUI popups are browser UI a headless run has no use for; Chromium 156
  // headless starts their renderers anyway, and they burn 1–3 s of CPU at start.
  '--disable-features=WebUIOmniboxAimPopup,WebUIOmniboxPopup,WebUIOmniboxFullPopup',
];

const args = parseArgs(process.argv.slice(2));
const quick = Boolean(args.quick);
const sizes = args['big-only'] ? [] : args.n ? String(args.n).split(',').map(Number) : quick ? [1_000, 10_000] : DEFAULT_SIZES;
const reps = Number(args.reps ?? (quick ? 2 : DEFAULT_REPS));
const bigReps = Number(args['big-reps'] ?? reps);
const libs = args.libs ? String(args.libs).split(',') : ['ours', 'vis'];
const big = !args['no-big'] && libs.includes('ours');
/** With --big-only, the big loads to run (by key) and nothing else. */
const bigOnly = args['big-only'] ? String(args['big-only']).split(',') : undefined;
const csvMb = Number(args['csv-mb'] ?? (quick ? 5 : 50));
const jsonN = Number(args['json-n'] ?? (quick ? 20_000 : 200_000));
const millionN = Number(args.million ?? (quick ? 100_000 : 1_000_000));
const visMaxN = Number(args['vis-max'] ?? (quick ? 1_000 : VIS_MAX_N));
/** The compared cells' titles: 'realistic' (default) or 'short' (the place alone; see generate-events.js). */
const titles = args.titles === 'short' ? 'short' : 'realistic';
/** Sizes compared a second time with short titles, so that both kinds of title come from one run. */
const shortSizes = args['short-n'] ? String(args['short-n']).split(',').map(Number) : [];

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

// ---- static server (127.0.0.1, random port, the repository root, and /bench-data/ for the big loads) ----

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.csv': 'text/csv' };

function startServer() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = path.startsWith('/bench-data/') ? join(BIG_LOAD_DIR, basename(path)) : join(ROOT, path);
    const base = path.startsWith('/bench-data/') ? BIG_LOAD_DIR : ROOT;
    if (relative(base, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

// ---- statistics ----

function quantile(values, q) {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return NaN;
  const sorted = finite.sort((a, b) => a - b);
  // Nearest rank: p95 of 60 steps is the 57th, a step that really happened.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const median = (values) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
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

// ---- a page: one library in a fresh browser context ----

async function openPage(browser, origin, lib) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await page.createCDPSession();
  await page.goto(`${origin}/bench/harness.html?lib=${lib}`, { waitUntil: 'load' });
  await page.evaluate(() => window.bench.init());
  return {
    page,
    cdp,
    settle: () => page.evaluate(() => window.bench.settle()),
    async heap() {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    },
    /** Runs `during` with the trace on; returns its result and the page's main thread in the trace. */
    async traced(during) {
      await page.tracing.start({ categories: TRACE_CATEGORIES });
      const result = await during();
      return { result, thread: mainThread(traceEvents(await page.tracing.stop())) };
    },
    async close() {
      if (errors.length) throw new Error(errors.join('\n'));
      await context.close();
    },
  };
}

const summary = (values) => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95) });
const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** The 60 zoom steps, traced: per step the frame (trace) and the in-page step. */
async function measureZoom(p, windows) {
  const steps = [];
  let nodesMax = 0;
  const { thread } = await p.traced(async () => {
    for (const [start, end] of windows) {
      steps.push(await p.page.evaluate((a, b) => window.bench.zoomStep(a, b), start, end));
      await p.settle();
      nodesMax = Math.max(nodesMax, await p.page.evaluate(() => window.bench.countNodes()));
    }
  });
  const frames = stepFrames(thread, 'zoom-step');
  const completions = stepCompletions(thread, 'zoom-step', 'zoom-complete');
  if (frames.length !== windows.length) throw new Error(`${frames.length} zoom marks in the trace for ${windows.length} steps`);
  return {
    frameMs: frames.map((f) => f.busyMs),
    completeMs: completions,
    slowFramePhases: slowFramePhases(frames),
    frameWallMs: frames.map((f) => f.wallMs),
    stepMs: steps.map((s) => s.ms),
    styleLayoutMs: steps.map((s) => s.styleLayoutMs),
    nodesMax,
  };
}

/**
 * Where the slowest tenth of the frames spent their time: the mean of each phase over the frames at or
 * above the 90th percentile of busy time, in ms. What the p95 is made of.
 */
function slowFramePhases(frames) {
  const cut = quantile(frames.map((f) => f.busyMs), 0.9);
  const slow = frames.filter((f) => f.busyMs >= cut);
  return Object.fromEntries(FRAME_PHASES.map((phase) => [phase, slow.reduce((sum, f) => sum + f.phases[phase], 0) / slow.length]));
}

/** Sends `count` inputs one every `intervalMs`, not waiting for the browser's answers; the send times (trace clock). */
async function paced(count, intervalMs, send) {
  const sent = [];
  const answers = [];
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const wait = t0 + i * intervalMs - performance.now();
    if (wait > 1) await sleep(wait);
    sent.push(nowUs());
    answers.push(send(i));
  }
  await Promise.all(answers);
  return sent;
}

/**
 * A drag, wheel notches and a paced wheel through CDP at the plot's centre, traced: latencies in ms. The
 * drag comes first: its press engages ours' plot, after which a plain wheel zooms it (before, a plain wheel
 * is left to scroll the page), as it does in vis-timeline, so both get the same wheel.
 */
async function measureInput(p) {
  const { page, cdp } = p;
  const { x, y } = await page.evaluate(() => window.bench.plotCentre());
  const mouse = (params) => cdp.send('Input.dispatchMouseEvent', { x, y, ...params });
  const wheel = (deltaY) => mouse({ type: 'mouseWheel', deltaX: 0, deltaY });
  await mouse({ type: 'mouseMoved' });
  await p.settle();
  const { result, thread } = await p.traced(async () => {
    const before = nowUs();
    await page.evaluate(() => window.bench.mark('input-start'));
    const after = nowUs();
    await mouse({ type: 'mousePressed', button: 'left', buttons: 1, clickCount: 1 });
    const drag = await paced(DRAG_MOVES, FRAME_MS, (i) => mouse({ type: 'mouseMoved', x: x + (i + 1) * DRAG_STEP_PX, button: 'left', buttons: 1 }));
    await mouse({ type: 'mouseReleased', x: x + DRAG_MOVES * DRAG_STEP_PX, button: 'left', buttons: 0, clickCount: 1 });
    await p.settle();
    await sleep(NOTCH_GAP_MS);
    const notches = [];
    for (let i = 0; i < WHEEL_NOTCHES; i++) {
      const sent = nowUs();
      notches.push(sent);
      // In and out in turn, so the view stays where it was.
      await wheel(i % 2 ? NOTCH_PX : -NOTCH_PX);
      await p.settle();
      const left = NOTCH_GAP_MS - (nowUs() - sent) / 1000;
      if (left > 0) await sleep(left);
    }
    const pacedWheel = await paced(PACED_NOTCHES, FRAME_MS, (i) => wheel(i < PACED_NOTCHES / 2 ? -NOTCH_PX : NOTCH_PX));
    await p.settle();
    await p.settle();
    return { before, after, notches, pacedWheel, drag };
  });
  checkClock(thread, 'input-start', result.before, result.after);
  // The browser creates an event when it takes the command, within a few ms of the send.
  const within = (sent) => [Math.min(...sent), Math.max(...sent) + INPUT_CREATION_SLACK_US];
  const gaps = (sent) => sent.slice(1).map((t, i) => (t - sent[i]) / 1000);
  return {
    wheelMs: inputLatencies(thread, 'wheel', ...within(result.notches)),
    pacedWheelMs: inputLatencies(thread, 'wheel', ...within(result.pacedWheel)),
    dragMs: inputLatencies(thread, 'drag', ...within(result.drag)),
    // How well node kept the pace on two busy cores: the gaps between sends, and events per kind.
    pacedWheelGapMs: gaps(result.pacedWheel),
    dragGapMs: gaps(result.drag),
  };
}

/** First render of `n` generated events, with its longest task, heap, nodes. */
async function measureFirstRender(p, n, titles) {
  await p.page.evaluate((count, seed, t) => window.bench.prepare(count, seed, t), n, SEED, titles);
  await p.settle();
  const heapBefore = await p.heap();
  const { result: first, thread } = await p.traced(() => p.page.evaluate(() => window.bench.firstRender()));
  await p.settle();
  const heapAfter = await p.heap();
  return {
    firstRenderMs: first.ms,
    drawnMs: first.drawnMs,
    ...longestTask(thread, 'load-start', 'load-end'),
    heapBytes: heapAfter,
    heapDeltaBytes: heapAfter - heapBefore,
    nodesFirst: await p.page.evaluate(() => window.bench.countNodes()),
  };
}

// ---- one run: one library, one size ----

async function runOnce(browser, origin, lib, n, windows, cellTitles, profile) {
  const p = await openPage(browser, origin, lib);
  try {
    if (profile) await startProfile(p.cdp);
    const first = await measureFirstRender(p, n, cellTitles);
    if (profile) await saveProfile(p.cdp, `${lib}-${n}-first`);
    if (profile) await startProfile(p.cdp);
    const zoom = await measureZoom(p, windows);
    if (profile) await saveProfile(p.cdp, `${lib}-${n}-zoom`);
    const input = await measureInput(p);
    return { ...first, ...zoom, nodesMax: Math.max(first.nodesFirst, zoom.nodesMax), ...input };
  } finally {
    await p.close();
  }
}

/** The floor: the same input to a page with nothing on it. */
async function runEmpty(browser, origin) {
  const p = await openPage(browser, origin, 'empty');
  try {
    return await measureInput(p);
  } finally {
    await p.close();
  }
}

/** Ours only: a file through `src`, traced. */
async function runSrcLoad(browser, origin, file) {
  return tracedLoad(browser, origin, (p) => p.page.evaluate((url) => window.bench.loadSrc(url), `/bench-data/${file.name}`));
}

/** Ours only: a file given as a File made in the page (a blob: URL through `src`), traced from the moment the URL is made. */
async function runFileLoad(browser, origin, file, type) {
  return tracedLoad(
    browser,
    origin,
    (p) => p.page.evaluate(() => window.bench.loadFile()),
    (p) => p.page.evaluate((url, t) => window.bench.prepareFile(url, t), `/bench-data/${file.name}`, type),
  );
}

/** One load in a fresh page of ours (`prepare` untimed first): first render, longest task and heap, from the trace. */
async function tracedLoad(browser, origin, load, prepare) {
  const p = await openPage(browser, origin, 'ours');
  try {
    if (prepare) await prepare(p);
    const heapBefore = await p.heap();
    const { result, thread } = await p.traced(() => load(p));
    const heapAfter = await p.heap();
    return { firstRenderMs: result.ms, ...longestTask(thread, 'load-start', 'load-end'), heapBytes: heapAfter, heapDeltaBytes: heapAfter - heapBefore };
  } finally {
    await p.close();
  }
}

/**
 * Ours only: `n` records through `events`; with `windows`, the 60 zoom steps, twice. The first render's
 * heap measurement forces a full collection (HeapProfiler.collectGarbage), one V8 makes to shrink the
 * heap: it sets the limit of the next collection just above what is live, so the zoom measured right
 * after it meets a major collection sooner than a reader's page would. The headline zoom is measured in a
 * fresh page that loads the same events and forces no collection, as a reader's page; the zoom after the
 * forced one is kept beside it (`forcedGc…`). At a million events the fresh page meets one too (it holds
 * the load's own garbage): in the run of 2026-11-30 its slowest tenth of frames held 10 to 29 ms of gc
 * each, in all 5 runs.
 */
async function runEventsLoad(browser, origin, n, windows) {
  let first;
  let afterForcedGc;
  const p = await openPage(browser, origin, 'ours');
  try {
    first = await measureFirstRender(p, n, 'realistic');
    if (!windows) return first;
    afterForcedGc = await measureZoom(p, windows);
  } finally {
    await p.close();
  }
  const fresh = await pageWithEvents(browser, origin, n);
  try {
    const zoom = await measureZoom(fresh, windows);
    return {
      ...first,
      ...zoom,
      firstFramesMaxMs: Math.max(...zoom.frameMs.slice(0, FIRST_FRAMES)),
      pausedFirstFramesMaxMs: await firstFramesAfterPause(browser, origin, n, windows),
      forcedGcFrameMs: afterForcedGc.frameMs,
      forcedGcCompleteMs: afterForcedGc.completeMs,
      forcedGcSlowFramePhases: afterForcedGc.slowFramePhases,
    };
  } finally {
    await fresh.close();
  }
}

/** A fresh page of ours, as a reader's: `n` records through `events`, drawn, two frames settled, no collection forced. */
async function pageWithEvents(browser, origin, n) {
  const p = await openPage(browser, origin, 'ours');
  try {
    await p.page.evaluate((count, seed, t) => window.bench.prepare(count, seed, t), n, SEED, 'realistic');
    await p.page.evaluate(() => window.bench.firstRender());
    await p.settle();
    return p;
  } catch (error) {
    await p.close().catch(() => {});
    throw error;
  }
}

/** In a fresh page: `n` records through `events`, a pause as a reader's, then the slowest of the zoom's first frames. */
async function firstFramesAfterPause(browser, origin, n, windows) {
  const p = await pageWithEvents(browser, origin, n);
  try {
    await sleep(READER_PAUSE_MS);
    const { frameMs } = await measureZoom(p, windows.slice(0, PAUSED_STEPS));
    return Math.max(...frameMs.slice(0, FIRST_FRAMES));
  } finally {
    await p.close();
  }
}

async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
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
  const lazyChunks = chunkPaths.filter((path) => existsSync(join(ROOT, path)));
  // The load worker is started by a lazy chunk, by its file name beside it: reported apart, as it runs apart.
  const workerNames = lazyChunks.flatMap((path) => [...readFileSync(join(ROOT, path), 'utf8').matchAll(/["'`](load-worker-[\w-]+\.js)["'`]/g)].map((m) => `dist/bundle-chunks/${m[1]}`));
  const sizes = {
    ours: gzipSize('dist/conflict-timeline.bundle.js'),
    oursLazyChunks: lazyChunks.map(gzipSize),
    oursWorker: workerNames.length > 0 ? gzipSize(workerNames[0]) : undefined,
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

// ---- summaries ----

/** One run's distributions as p50/p95, then the median of those across runs. */
function summarise(runs) {
  const pick = (key) => median(runs.map((r) => r[key]));
  const dist = (key) => {
    const per = runs.filter((r) => r[key]).map((r) => summary(r[key]));
    return { p50: median(per.map((s) => s.p50)), p95: median(per.map((s) => s.p95)) };
  };
  const out = { runs: runs.length };
  for (const key of ['firstRenderMs', 'longestTaskMs', 'tasksOver50Ms', 'heapBytes', 'heapDeltaBytes', 'nodesFirst', 'firstFramesMaxMs', 'pausedFirstFramesMaxMs']) {
    if (runs.some((r) => r[key] !== undefined)) out[key] = pick(key);
  }
  if (runs.some((r) => r.nodesMax !== undefined)) out.nodesMax = Math.max(...runs.map((r) => r.nodesMax));
  // Each phase of the slowest tenth of frames, the median over the runs that have it.
  for (const key of ['slowFramePhases', 'forcedGcSlowFramePhases']) {
    const having = runs.filter((r) => r[key]);
    if (having.length) out[key] = Object.fromEntries(FRAME_PHASES.map((phase) => [phase, median(having.map((r) => r[key][phase]))]));
  }
  for (const key of ['frameMs', 'completeMs', 'forcedGcFrameMs', 'forcedGcCompleteMs', 'frameWallMs', 'stepMs', 'styleLayoutMs', 'wheelMs', 'pacedWheelMs', 'dragMs', 'pacedWheelGapMs', 'dragGapMs']) {
    if (runs.some((r) => r[key])) out[key] = dist(key);
  }
  return out;
}

const fmtMs = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');

/** Keeps a run's arrays but rounds them, so results.json stays readable. */
function rounded(run) {
  const out = {};
  const round = (v) => Math.round(v * 100) / 100;
  for (const [key, value] of Object.entries(run)) {
    if (Array.isArray(value)) out[key] = value.map(round);
    else if (value && typeof value === 'object') out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
    else out[key] = value;
  }
  return out;
}

async function timed(label, run) {
  const t = Date.now();
  try {
    const result = await run();
    console.log(`${label}: ${describe(result)} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return rounded(result);
  } catch (error) {
    console.log(`${label}: FAILED ${error.message.split('\n')[0]} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return { error: error.message };
  }
}

function describe(r) {
  const parts = [];
  if (r.firstRenderMs !== undefined) parts.push(`first ${fmtMs(r.firstRenderMs)} ms (longest task ${fmtMs(r.longestTaskMs)})`);
  if (r.frameMs) parts.push(`frame p50/p95 ${fmtMs(quantile(r.frameMs, 0.5))}/${fmtMs(quantile(r.frameMs, 0.95))}, step ${fmtMs(quantile(r.stepMs, 0.5))}/${fmtMs(quantile(r.stepMs, 0.95))}${r.completeMs ? `, complete ${fmtMs(quantile(r.completeMs, 0.5))}/${fmtMs(quantile(r.completeMs, 0.95))}` : ''}`);
  if (r.slowFramePhases) parts.push(`slowest tenth: ${FRAME_PHASES.map((phase) => `${phase} ${fmtMs(r.slowFramePhases[phase])}`).join(' ')}`);
  if (r.firstFramesMaxMs !== undefined) parts.push(`slowest of the first ${FIRST_FRAMES} frames ${fmtMs(r.firstFramesMaxMs)}, ${READER_PAUSE_MS} ms after the render ${fmtMs(r.pausedFirstFramesMaxMs)}`);
  if (r.forcedGcFrameMs) parts.push(`after a forced GC: frame p50/p95 ${fmtMs(quantile(r.forcedGcFrameMs, 0.5))}/${fmtMs(quantile(r.forcedGcFrameMs, 0.95))}, slowest tenth's gc ${fmtMs(r.forcedGcSlowFramePhases.gc)}`);
  for (const key of ['wheelMs', 'pacedWheelMs', 'dragMs']) if (r[key]) parts.push(`${key.replace('Ms', '')} ${fmtMs(quantile(r[key], 0.5))}/${fmtMs(quantile(r[key], 0.95))} (${r[key].length} events)`);
  if (r.dragGapMs) parts.push(`send gaps p50/p95 wheel ${fmtMs(quantile(r.pacedWheelGapMs, 0.5))}/${fmtMs(quantile(r.pacedWheelGapMs, 0.95))} drag ${fmtMs(quantile(r.dragGapMs, 0.5))}/${fmtMs(quantile(r.dragGapMs, 0.95))}`);
  if (r.heapBytes !== undefined) parts.push(`heap ${(r.heapBytes / 1048576).toFixed(1)} MB`);
  return parts.join(', ');
}

const ok = (runs) => runs.filter((r) => !r.error);

// ---- main ----

async function main() {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const wanted = (key) => !bigOnly || bigOnly.includes(key);
  const bigFiles = big
    ? { csv: wanted('csvSrc') || wanted('csvFile') ? acledCsvFile(csvMb, ACLED_SEED) : undefined, json: wanted('jsonSrc') ? eventsJsonFile(jsonN, SEED) : undefined }
    : undefined;
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS, protocolTimeout: 1_800_000 });
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
      // Other work on the machine skews every figure; the 1-minute load average says how much there was.
      loadAverageAtStart: os.loadavg()[0],
    },
    versions: {
      'conflict-timeline': JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
      commit: gitCommit(),
      'vis-timeline': versionOf('vis-timeline'),
      'vis-data': versionOf('vis-data'),
      '@knight-lab/timelinejs': versionOf('@knight-lab/timelinejs'),
      'puppeteer-core': versionOf('puppeteer-core'),
    },
    settings: {
      seed: SEED, reps, bigReps, quick, titles, shortTitleSizes: shortSizes, zoomSteps: ZOOM_STEPS_EACH_WAY * 2, zoomFactor: ZOOM_FACTOR, viewportPx: [1400, 1000], hostWidthPx: 1200,
      wheelNotches: WHEEL_NOTCHES, notchPx: NOTCH_PX, pacedNotches: PACED_NOTCHES, dragMoves: DRAG_MOVES, dragStepPx: DRAG_STEP_PX, paceMs: FRAME_MS,
      traceCategories: TRACE_CATEGORIES, chromeArgs: CHROME_ARGS,
    },
    sizes: bundleSizes(),
    cells: [],
  };
  try {
    if (!args['no-empty'] && !bigOnly) {
      const runs = [];
      for (let rep = 0; rep < reps; rep++) runs.push(await timed(`empty page rep ${rep + 1}/${reps}`, () => runEmpty(browser, origin)));
      results.empty = { ...summarise(ok(runs)), samples: runs };
    }
    const compared = [...sizes.map((n) => ({ n, titles })), ...shortSizes.map((n) => ({ n, titles: 'short' }))];
    for (const { n, titles: cellTitles } of compared) {
      const windows = zoomWindows(n);
      const cell = { n, titles: cellTitles, samples: {} };
      const cellLibs = libs.filter((lib) => lib !== 'vis' || n <= visMaxN);
      if (libs.includes('vis') && n > visMaxN) {
        cell.visSkipped = `above ${visMaxN.toLocaleString('en')} events vis-timeline takes minutes per render here (--vis-max to include it)`;
      }
      const visReps = n > VIS_SLOW_N ? Number(args['vis-reps'] ?? 1) : reps;
      if (cellLibs.includes('vis') && visReps < reps) cell.visNote = `vis-timeline: ${visReps} run(s) at this size (minutes each), ours: ${reps}`;
      for (let rep = 0; rep < reps; rep++) {
        // ours, vis, ours, vis, …
        for (const lib of cellLibs) {
          if (lib === 'vis' && rep >= visReps) continue;
          const what = `N=${n}${cellTitles === 'short' ? ' short titles' : ''} ${lib.padEnd(4)} rep ${rep + 1}/${reps}`;
          const run = await timed(what, () => runOnce(browser, origin, lib, n, windows, cellTitles, Boolean(args.profile) && rep === 0));
          (cell.samples[lib] ??= []).push(run);
        }
      }
      for (const lib of cellLibs) cell[lib] = summarise(ok(cell.samples[lib]));
      results.cells.push(cell);
    }
    if (big) {
      const millionWindows = wanted('million') ? zoomWindows(millionN) : undefined;
      const allLoads = {
        csvSrc: bigFiles.csv && { label: `ACLED CSV through src, ${(bigFiles.csv.bytes / 1e6).toFixed(0)} MB, ${bigFiles.csv.rows.toLocaleString('en')} rows`, file: bigFiles.csv, run: () => runSrcLoad(browser, origin, bigFiles.csv) },
        csvFile: bigFiles.csv && { label: `ACLED CSV as a File (blob: URL made in the page), ${(bigFiles.csv.bytes / 1e6).toFixed(0)} MB`, file: bigFiles.csv, run: () => runFileLoad(browser, origin, bigFiles.csv, 'text/csv') },
        jsonSrc: bigFiles.json && { label: `JSON through src, ${(bigFiles.json.bytes / 1e6).toFixed(0)} MB, ${jsonN.toLocaleString('en')} records`, file: bigFiles.json, run: () => runSrcLoad(browser, origin, bigFiles.json) },
        jsonEvents: { label: `${jsonN.toLocaleString('en')} records through events`, run: () => runEventsLoad(browser, origin, jsonN) },
        million: { label: `${millionN.toLocaleString('en')} events through events`, run: () => runEventsLoad(browser, origin, millionN, millionWindows) },
      };
      const loads = Object.fromEntries(Object.entries(allLoads).filter(([key, load]) => load && wanted(key)));
      results.bigLoads = {};
      for (let rep = 0; rep < bigReps; rep++) {
        for (const [key, load] of Object.entries(loads)) {
          const entry = (results.bigLoads[key] ??= { label: load.label, bytes: load.file?.bytes, rows: load.file?.rows, samples: [] });
          entry.samples.push(await timed(`${load.label} rep ${rep + 1}/${bigReps}`, load.run));
        }
      }
      for (const entry of Object.values(results.bigLoads)) Object.assign(entry, summarise(ok(entry.samples)));
    }
  } finally {
    await browser.close();
    server.close();
  }
  results.durationS = (Date.now() - startedAt.getTime()) / 1000;
  results.machine.loadAverageAtEnd = os.loadavg()[0];
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
