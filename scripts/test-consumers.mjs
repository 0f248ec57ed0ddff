// `npm run test:consumers`: builds and packs the package as npm would publish it, checks the tarball
// (publint, arethetypeswrong, the manifest, what it ships), then installs it into fresh apps made from
// test/consumers/ and uses it as their developers would:
//   react19   TSX with the tag itself type-checks from the package's own types, renders in Chromium, hears ct-select
//   react18   TSX through conflict-timeline/react type-checks, renders in Chromium, hears ct-select
//   vue       vue-tsc with strictTemplates type-checks the tag, its props and its events; renders in Chromium, hears ct-select
//   svelte    svelte-check type-checks the tag in Svelte 5 markup
//   vitest    Vitest in jsdom and in happy-dom imports the package and creates the element
//   vite      `vite build` of a page with `src` (in the vitest app, which has Vite): Vite builds the load
//             worker among its assets, and the CSV is read in it, not on the page
//   webpack   the same with webpack 5
// Only the npm registry is reached. Apps, their node_modules and npm's cache live under
// $CONSUMERS_DIR (default: <tmp>/conflict-timeline-consumers), so a second run installs nothing new.
// Ends with "N passed, N failed"; exits 1 when any check failed.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test/consumers');
const WORK = resolve(process.env.CONSUMERS_DIR ?? join(tmpdir(), 'conflict-timeline-consumers'));
const NPM_CACHE = join(WORK, 'npm-cache');
const BIN = join(ROOT, 'node_modules/.bin');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/** What each app installs besides the package (exact versions, so a cached install stays valid). */
const APPS = {
  react19: { react: '19.3.1', 'react-dom': '19.3.1', '@types/react': '19.3.3', '@types/react-dom': '19.3.0', '@lit/react': '1.0.8' },
  react18: { react: '18.3.1', 'react-dom': '18.3.1', '@types/react': '18.3.32', '@types/react-dom': '18.3.7', '@lit/react': '1.0.8' },
  vue: { vue: '3.5.45', 'vue-tsc': '3.3.14', typescript: '5.9.3' },
  svelte: { svelte: '5.57.3', 'svelte-check': '4.7.8', typescript: '5.9.3' },
  vitest: { vitest: '4.1.12', vite: '8.3.8', jsdom: '26.1.0', 'happy-dom': '21.0.4' },
  webpack: { webpack: '5.113.0', 'webpack-cli': '6.0.1' },
};

const results = [];
const started = performance.now();
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** Runs a command; on failure the error carries its output. */
async function sh(cmd, args, options = {}) {
  try {
    return await run(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    error.message = `${cmd} ${args.join(' ')} failed (${error.code}):\n${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw error;
  }
}

async function check(name, fn) {
  const t = performance.now();
  try {
    const note = await fn();
    results.push({ name, ok: true });
    console.log(`ok    ${name} (${seconds(t)} s)${note ? ` — ${note}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL  ${name} (${seconds(t)} s)\n${String(error.message ?? error).replace(/^/gm, '      ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Builds, then packs without running the build again; the tarball is named by its content. */
async function pack() {
  await sh('npm', ['run', 'build', '--silent'], { cwd: ROOT });
  const dir = join(WORK, 'tarballs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { stdout } = await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT });
  const [info] = JSON.parse(stdout);
  const hash = createHash('sha256').update(readFileSync(join(dir, info.filename))).digest('hex').slice(0, 12);
  const tarball = join(dir, `conflict-timeline-${hash}.tgz`);
  renameSync(join(dir, info.filename), tarball);
  return { tarball, info };
}

/** The tarball unpacked, to read what it ships. */
async function unpack(tarball) {
  const dir = join(WORK, 'unpacked');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await sh('tar', ['-xzf', tarball, '-C', dir]);
  return join(dir, 'package');
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile());
}

function checkContents(pkgDir) {
  const files = filesUnder(pkgDir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert(!files.some((f) => f.split('/').includes('node_modules')), `a node_modules folder is shipped: ${files.find((f) => f.includes('node_modules'))}`);
  const license = readFileSync(join(pkgDir, 'LICENSE'), 'utf8');
  assert(pkg.license === 'MIT' && license.startsWith('MIT License'), 'LICENSE is not the MIT licence package.json names');
  for (const field of ['repository', 'homepage', 'keywords', 'author', 'unpkg', 'jsdelivr', 'web-types', 'customElements']) {
    assert(pkg[field], `package.json has no "${field}"`);
  }
  for (const field of ['unpkg', 'jsdelivr']) assert(/conflict-timeline\.bundle\.js$/.test(pkg[field]), `"${field}" is not the bundle: ${pkg[field]}`);
  const exportTargets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(exportTargets));
  const targets = [pkg.unpkg, pkg.jsdelivr, pkg['web-types'], pkg.customElements, ...exportTargets(pkg.exports)];
  for (const target of targets) {
    assert(existsSync(join(pkgDir, target)), `package.json names ${target}, which is not in the package`);
  }
  // A map must carry its sources or point to files that are shipped.
  for (const map of files.filter((f) => f.endsWith('.map'))) {
    const { sources = [], sourcesContent = [] } = JSON.parse(readFileSync(join(pkgDir, map), 'utf8'));
    const missing = sources.filter((s, i) => sourcesContent[i] == null && !existsSync(join(pkgDir, dirname(map), s)));
    assert(missing.length === 0, `${map} points to ${missing.length} source(s) not in the package, e.g. ${missing[0]}`);
  }
  const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
  const cdn = `conflict-timeline@${pkg.version}/dist/conflict-timeline.bundle.js`;
  assert(readme.includes(cdn), `README.md shows no versioned CDN URL (…/${cdn})`);
  const maps = files.filter((f) => f.endsWith('.map')).length;
  return `${files.length} files, ${maps} source maps, no node_modules, MIT LICENSE, README's CDN URL versioned`;
}

/** Copies an app's files and installs its dependencies and the tarball (kept between runs). */
async function prepareApp(name, tarball) {
  const dir = join(WORK, 'apps', name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  cpSync(join(FIXTURES, 'shared-events.ts'), join(dir, 'shared-events.ts'));
  const manifest = {
    name: `consumer-${name}`,
    private: true,
    type: 'module',
    dependencies: { ...APPS[name], 'conflict-timeline': `file:${relative(dir, tarball)}` },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--cache', NPM_CACHE], { cwd: dir });
  return dir;
}

/** Bundles an app for a page: one classic script, so the page loads from file:// with no server. */
async function bundle(dir, entry = 'app.tsx', defines = []) {
  await sh(join(BIN, 'esbuild'), [entry, '--bundle', '--format=iife', '--jsx=automatic', '--define:process.env.NODE_ENV="production"', ...defines, '--outfile=out/app.js', '--log-level=error'], { cwd: dir });
  writeFileSync(join(dir, 'out/index.html'), '<!doctype html><meta charset="utf-8"><body><div id="root"></div><script src="app.js"></script>');
  return pathToFileURL(join(dir, 'out/index.html')).href;
}

let browser;
/** Opens the app, waits for the timeline to draw both events, clicks one and reads what the app's handler wrote. */
async function renderAndSelect(url) {
  browser ??= await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(url);
    const marks = await page.evaluate(async () => {
      await customElements.whenDefined('conflict-timeline');
      const el = document.getElementById('timeline');
      await el.renderComplete;
      return [...el.shadowRoot.querySelectorAll('g.mark[role="button"]')].map((m) => m.getAttribute('data-event'));
    });
    assert(marks.length === 2, `expected the 2 events given as a property drawn, found ${marks.length} marks`);
    const mark = await page.waitForSelector('#timeline >>> g.mark[role="button"][data-event="sochi"]');
    await mark.click();
    await page.waitForFunction(() => document.getElementById('selected').textContent !== 'none', { timeout: 5000 });
    const selected = await page.$eval('#selected', (o) => o.textContent);
    assert(selected === 'Sochi memorandum', `the ct-select handler wrote "${selected}"`);
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
    return `2 marks drawn, a click reached the app's ct-select handler`;
  } finally {
    await page.close();
  }
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  console.log(`Consumer apps in ${WORK}`);
  let tarball;
  let pkgDir;
  await check('build and pack', async () => {
    const packed = await pack();
    tarball = packed.tarball;
    pkgDir = await unpack(tarball);
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
    return `${packed.info.entryCount} files, ${kb(packed.info.size)} packed, ${kb(packed.info.unpackedSize)} unpacked`;
  });
  if (!tarball) return;

  await check('package contents', () => checkContents(pkgDir));
  await check('custom-elements.json validates', async () => (await sh('node', [join(ROOT, 'scripts/validate-manifest.mjs'), pkgDir])).stdout.trim());
  await check('publint', async () => {
    const { stdout } = await sh(join(BIN, 'publint'), ['run', tarball, '--strict']);
    assert(/All good/.test(stdout), stdout);
  });
  await check('arethetypeswrong', () => sh(join(BIN, 'attw'), [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'table-flipped']).then(() => 'every entry point resolves to types and code'));

  const installed = {};
  await Promise.all(
    Object.keys(APPS).map((name) =>
      check(`install ${name} app`, async () => {
        installed[name] = await prepareApp(name, tarball);
      }),
    ),
  );
  const tsc = async (dir) => {
    await sh('node', [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir });
  };

  if (installed.react19) {
    await check('React 19: TSX with <conflict-timeline> type-checks', () => tsc(installed.react19));
    await check('React 19: renders the tag, hears ct-select', async () => renderAndSelect(await bundle(installed.react19)));
  }
  if (installed.react18) {
    await check('React 18: TSX with the wrapper type-checks', () => tsc(installed.react18));
    await check('React 18: the wrapper renders, hears ct-select', async () => renderAndSelect(await bundle(installed.react18)));
  }
  if (installed.vue) {
    await check('Vue: vue-tsc with strictTemplates type-checks', async () => {
      await sh(join(installed.vue, 'node_modules/.bin/vue-tsc'), ['-p', 'tsconfig.json'], { cwd: installed.vue });
    });
    // Vue's bundler build asks its bundler for these flags.
    const vueFlags = ['__VUE_OPTIONS_API__=true', '__VUE_PROD_DEVTOOLS__=false', '__VUE_PROD_HYDRATION_MISMATCH_DETAILS__=false'].map((d) => `--define:${d}`);
    await check('Vue: renders the tag, hears ct-select', async () => renderAndSelect(await bundle(installed.vue, 'render.ts', vueFlags)));
  }
  if (installed.svelte) {
    await check('Svelte: svelte-check type-checks', async () => {
      await sh(join(installed.svelte, 'node_modules/.bin/svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine'], { cwd: installed.svelte });
    });
  }
  if (installed.vitest) {
    await check('Vitest in jsdom and happy-dom creates the element', async () => {
      try {
        await sh(join(installed.vitest, 'node_modules/.bin/vitest'), ['run', '--reporter=dot'], { cwd: installed.vitest });
      } catch (error) {
        if (/ResizeObserver is not defined/.test(error.message)) error.message = `ResizeObserver is not defined in the test DOM: the element needs its guard\n${error.message}`;
        throw error;
      }
    });
    await check('Vite: builds the load worker, and a src loads in it', async () => srcLoadsInBuiltWorker(await viteBuild(installed.vitest)));
  }
  if (installed.webpack) {
    await check('webpack: builds the load worker, and a src loads in it', async () => srcLoadsInBuiltWorker(await webpackBuild(installed.webpack)));
  }
}

/** Serves `root` over http (a module worker cannot start from file://); resolves to its origin and a stop. */
async function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.csv': 'text/csv' };
  const server = createServer((request, response) => {
    const path = join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return { origin: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() };
}

/** Vite's build of test/consumers/vitest/vite-app: the folder it wrote. */
async function viteBuild(dir) {
  const app = join(dir, 'vite-app');
  mkdirSync(join(app, 'public'), { recursive: true });
  cpSync(join(ROOT, 'test/data/fixtures/events.csv'), join(app, 'public/events.csv'));
  const out = join(dir, 'vite-dist');
  await sh(join(dir, 'node_modules/.bin/vite'), ['build', app, '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: dir });
  return out;
}

/** webpack's build of test/consumers/webpack, with its page and the CSV beside: the folder it wrote. */
async function webpackBuild(dir) {
  await sh(join(dir, 'node_modules/.bin/webpack'), ['--no-stats'], { cwd: dir });
  const out = join(dir, 'webpack-dist');
  cpSync(join(dir, 'index.html'), join(out, 'index.html'));
  cpSync(join(ROOT, 'test/data/fixtures/events.csv'), join(out, 'events.csv'));
  return out;
}

/**
 * Opens a bundler's build of a page whose timeline has `src`, and checks that the CSV was read in a worker
 * the bundler built from the package (from `new Worker(new URL(…, import.meta.url))`), not on the page.
 */
async function srcLoadsInBuiltWorker(out) {
  const { origin, stop } = await serve(out);
  browser ??= await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => document.getElementById('timeline')?.shadowRoot?.querySelectorAll('g.mark[role="button"]').length === 2, { timeout: 20000 });
    const loads = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ type: e.initiatorType, path: new URL(e.name).pathname })));
    // A worker's script is the one script resource timing gives no initiator element or call ('other').
    const workers = loads.filter((load) => load.type === 'other' && load.path.endsWith('.js')).map((load) => load.path);
    assert(workers.length === 1, `worker scripts started: ${workers.join(', ') || 'none'}`);
    const source = readFileSync(join(out, workers[0]), 'utf8');
    assert(source.includes('postMessage'), `${workers[0]} is not the load worker`);
    const fetched = loads.filter((load) => load.type === 'fetch').map((load) => load.path);
    assert(fetched.length === 0, `the page fetched ${fetched.join(', ')} itself: the load ran on the page`);
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
    return `the CSV was read in the worker built as ${workers[0].slice(1)}; the page fetched nothing`;
  } finally {
    await page.close();
    stop();
  }
}

try {
  await main();
} finally {
  await browser?.close();
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\ntest:consumers took ${seconds(started)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || results.length === 0 ? 1 : 0;
