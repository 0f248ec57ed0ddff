// Tests run in a real headless Chromium (Debian's, or CHROME_PATH). No DOM is mocked.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { timezonePlugin } from './test/support/timezone-plugin.mjs';
import { edtfPlugins } from './test/support/edtf-plugins.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * `/__slow?ms=800&file=/test/data/fixtures/events.json` answers with that file
 * after a delay, so element tests can race a slow old `src` against a newer one.
 */
function slowFileMiddleware(ctx, next) {
  if (ctx.path !== '/__slow') return next();
  const ms = Math.min(Number(ctx.query.ms) || 0, 10_000);
  const file = String(ctx.query.file ?? '');
  if (!file.startsWith('/')) {
    ctx.status = 400;
    return undefined;
  }
  return new Promise((resolve) => setTimeout(resolve, ms)).then(() => {
    ctx.url = file;
    return next();
  });
}

export default {
  files: ['test/**/*.test.ts'],
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
        ],
      },
    }),
  ],
  middleware: [slowFileMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), timezonePlugin(), ...edtfPlugins()],
};
