// `npm run screenshot`: regenerates docs/demo.png, the README's picture of the demo, from the built
// demo in headless Chromium (CHROME_PATH or /usr/bin/chromium), with one event selected.
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
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${server.config.port}/demo/`, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    const timeline = document.getElementById('article-timeline');
    timeline.select('sochi-memorandum-2018');
    await timeline.renderComplete;
  });
  const box = await page.evaluate(() => {
    const r = document.getElementById('article-timeline').getBoundingClientRect();
    const top = document.querySelector('.kicker').getBoundingClientRect().top;
    return { x: r.left - 20, y: top - 16, width: r.width + 40, height: r.bottom - top + 36 };
  });
  await page.screenshot({ path: 'docs/demo.png', clip: box });
  console.log('docs/demo.png written');
} finally {
  await browser.close();
  await server.stop();
}
