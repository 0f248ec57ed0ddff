// `npm run screenshot`: regenerates the README's pictures of the demo from the built demo in headless
// Chromium (CHROME_PATH or /usr/bin/chromium): docs/demo.png at a desk with one event selected, and
// docs/demo-phone.png on a 375 px touch phone at the default view.
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';

const server = await startDevServer({
  config: { rootDir: '.', port: Number(process.env.PORT) || 8765, nodeResolve: true, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars'],
});
try {
  await shoot({ width: 1100, height: 900, path: 'docs/demo.png', select: 'sochi-memorandum-2018', fromKicker: true });
  await shoot({ width: 375, height: 812, path: 'docs/demo-phone.png', touch: true });
} finally {
  await browser.close();
  await server.stop();
}

/** One picture of the article's timeline (from the demo's kicker down, at the desk). */
async function shoot({ width, height, path, select, touch = false, fromKicker = false }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1, isMobile: touch, hasTouch: touch });
  await page.goto(`http://localhost:${server.config.port}/demo/`, { waitUntil: 'networkidle0' });
  await page.evaluate(async (id) => {
    const timeline = document.getElementById('article-timeline');
    if (id) timeline.select(id);
    await timeline.renderComplete;
  }, select);
  const box = await page.evaluate((kicker) => {
    const r = document.getElementById('article-timeline').getBoundingClientRect();
    const top = kicker ? document.querySelector('.kicker').getBoundingClientRect().top - 16 : r.top - 8;
    return { x: Math.max(0, r.left - 20), y: top + scrollY, width: Math.min(r.width + 40, innerWidth), height: r.bottom - top + 20 };
  }, fromKicker);
  await page.screenshot({ path, clip: box, captureBeyondViewport: true });
  console.log(`${path} written`);
  await page.close();
}
