// Tests run in a real headless Chromium (Debian's, or CHROME_PATH). No DOM is mocked.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { timezonePlugin } from './test/support/timezone-plugin.mjs';
import { touchPlugin } from './test/support/touch-plugin.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { edtfPlugins } from './test/support/edtf-plugins.mjs';
import { clipboardPlugin } from './test/support/clipboard-plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * `/__slow?ms=800&file=/test/data/fixtures/events.json` answers with that file
 * after a delay, so element tests can race a slow old `src` against a newer one.
 * With `&id=abc`, `/__slow-request?id=abc&state=received` answers once that request has
 * reached the server, and `state=over` once it is over: answered, or the page hung up.
 * Either answers 204, or 504 if the state is not reached within 10 s. A test proves that a
 * slow response never lands by waiting for it to be over, not for a guessed time. `state=hung-up`
 * answers once it is over, 204 if the page hung up before the answer, 409 if it was answered: a
 * load stopped at once (its worker ended) is told from one left to run.
 */
const slowRequests = new Map();
function slowRequest(id) {
  let entry = slowRequests.get(id);
  if (!entry) {
    const deferred = () => {
      let resolve;
      const promise = new Promise((r) => (resolve = r));
      return { promise, resolve };
    };
    entry = { received: deferred(), over: deferred(), answered: false };
    slowRequests.set(id, entry);
  }
  return entry;
}

function slowFileMiddleware(ctx, next) {
  if (ctx.path === '/__slow-request') return slowRequestState(ctx);
  if (ctx.path !== '/__slow') return next();
  const ms = Math.min(Number(ctx.query.ms) || 0, 10_000);
  const file = String(ctx.query.file ?? '');
  if (!file.startsWith('/')) {
    ctx.status = 400;
    return undefined;
  }
  if (ctx.query.id) {
    const request = slowRequest(String(ctx.query.id));
    request.received.resolve();
    // 'close' follows the last byte of the answer, or the client going away before it.
    ctx.res.once('finish', () => (request.answered = true));
    ctx.res.once('close', () => request.over.resolve());
  }
  return new Promise((resolve) => setTimeout(resolve, ms)).then(() => {
    ctx.url = file;
    return next();
  });
}

function slowRequestState(ctx) {
  const request = slowRequest(String(ctx.query.id ?? ''));
  const state = ctx.query.state === 'over' || ctx.query.state === 'hung-up' ? request.over : request.received;
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(504), 10_000)));
  return Promise.race([state.promise.then(() => 204), timeout]).then((status) => {
    clearTimeout(timer);
    ctx.status = status === 204 && ctx.query.state === 'hung-up' && request.answered ? 409 : status;
  });
}

/**
 * Every request the server gets, by path: `/__requests?path=/test/data/fixtures/missing.json` answers
 * how many there were so far. A page cannot see the requests its workers make; the server can, so a
 * test proves that a load asked again by the count going up, wherever the load ran.
 */
const requestCounts = new Map();
function requestCountMiddleware(ctx, next) {
  if (ctx.path === '/__requests') {
    ctx.body = String(requestCounts.get(String(ctx.query.path ?? '')) ?? 0);
    return undefined;
  }
  requestCounts.set(ctx.path, (requestCounts.get(ctx.path) ?? 0) + 1);
  return next();
}

/**
 * `/__flaky?id=abc&file=/test/data/fixtures/events.json` answers 503 the first
 * time it sees an id and serves the file after that, so a retry can succeed.
 */
const flakyIdsSeen = new Set();
function flakyFileMiddleware(ctx, next) {
  if (ctx.path !== '/__flaky') return next();
  const id = String(ctx.query.id ?? '');
  const file = String(ctx.query.file ?? '');
  if (!file.startsWith('/') || !flakyIdsSeen.has(id)) {
    flakyIdsSeen.add(id);
    ctx.status = 503;
    ctx.body = 'Service Unavailable';
    return undefined;
  }
  ctx.url = file;
  return next();
}

/**
 * `/__no-chunks/dist/conflict-timeline.bundle.js` serves the bundle as if copied without its
 * `bundle-chunks/` folder: every chunk it asks for from there is a 404.
 */
function noChunksMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__no-chunks/')) return next();
  if (ctx.path.includes('/bundle-chunks/')) {
    ctx.status = 404;
    return undefined;
  }
  ctx.url = ctx.url.slice('/__no-chunks'.length);
  return next();
}

/**
 * `/__raw/test/data/fixtures/events-utf16.json` serves that file's bytes as they are. The dev server
 * reads any file that looks like text as UTF-8 before serving it, which garbles a UTF-16 file.
 */
async function rawFileMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__raw/')) return next();
  const root = process.cwd();
  const file = resolve(root, `.${ctx.path.slice('/__raw'.length)}`);
  if (!file.startsWith(root + sep)) {
    ctx.status = 400;
    return undefined;
  }
  try {
    ctx.body = await readFile(file);
    ctx.type = extname(file);
  } catch {
    ctx.status = 404;
  }
  return undefined;
}

/**
 * A module worker's script is fetched by its URL, not imported, so the import resolution that finds
 * `x.ts` for `./x.js` never sees it: `/src/**.js` is served from its `.ts` when only that exists, as
 * the build writes it (src/worker/load-in-worker.ts starts src/worker/load-worker.js).
 */
async function sourceScriptMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/src/') || !ctx.path.endsWith('.js')) return next();
  const root = process.cwd();
  const script = resolve(root, `.${ctx.path}`);
  if (!script.startsWith(root + sep)) return next();
  const exists = (file) => stat(file).then((found) => found.isFile(), () => false);
  if (!(await exists(script)) && (await exists(script.replace(/\.js$/, '.ts')))) ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
  return next();
}

/** No inline script or style, nothing from other origins: what a careful site sends. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";
/**
 * The same, with every HTML and script sink requiring Trusted Types, made by Lit's policy and the
 * element's own (which names its load worker only); and with Lit's policy alone, where the element loads
 * `src` without a worker.
 */
const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html conflict-timeline`;
const LIT_POLICY_ONLY_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;
/** The strict policy refusing every worker. */
const NO_WORKER_CSP = `${STRICT_CSP}; worker-src 'none'`;
const CSP_PREFIXES = { '/__csp-strict/': STRICT_CSP, '/__csp-tt/': TRUSTED_TYPES_CSP, '/__csp-tt-lit/': LIT_POLICY_ONLY_CSP, '/__csp-no-worker/': NO_WORKER_CSP };

/**
 * `/__csp-tt/test/element/pages/csp-timeline.html` serves that file with the Trusted Types policy as a
 * real response header (`/__csp-strict/…` with the strict policy alone), so a page in an iframe runs
 * under it as a site's page would.
 */
function cspMiddleware(ctx, next) {
  const prefix = Object.keys(CSP_PREFIXES).find((candidate) => ctx.path.startsWith(candidate));
  if (prefix === undefined) return next();
  ctx.url = ctx.url.slice(prefix.length - 1);
  // Set once the file is served: the server's cache of served files is keyed by the rewritten URL
  // and would otherwise answer with the headers of the other prefix.
  return next().then(() => ctx.set('Content-Security-Policy', CSP_PREFIXES[prefix]));
}

export default {
  // test/consumers/ holds apps that scripts/test-consumers.mjs builds against the packed package.
  files: ['test/**/*.test.ts', '!test/consumers/**'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Test pages run side by side; without these, a page that is not in front gets no
          // animation frames and timers are throttled, and the plot draws on animation frames.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          // Issue 15: the omnibox's WebUI popups are browser UI a headless run has no use for.
          '--disable-features=WebUIOmniboxAimPopup,WebUIOmniboxPopup,WebUIOmniboxFullPopup',
        ],
      },
      // Each test page in its own browser context, hence its own window: pages that share a window
      // as tabs get no animation frames when in the background (modernweb-dev/web#2588), and the
      // plot draws on animation frames.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  middleware: [requestCountMiddleware, sourceScriptMiddleware, slowFileMiddleware, flakyFileMiddleware, noChunksMiddleware, cspMiddleware, rawFileMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), timezonePlugin(), touchPlugin(), forcedColorsPlugin(), clipboardPlugin(), a11ySnapshotPlugin(), ...edtfPlugins()],
};
