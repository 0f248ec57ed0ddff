// `npm run screenshot`: regenerates the README's pictures of the demo from the built demo in headless
// Chromium (CHROME_PATH or /usr/bin/chromium): docs/demo.png at a desk with one event selected, and
// docs/demo-phone.png on a 375 px touch phone at the default view; docs/author.png, the authoring page
// (demo/author/) with the example article's drafts decided, one date corrected, and the preview;
// docs/research.png and docs/research-phone.png, the research demo (demo/research.html) with its 50,000
// generated rows searched for "Idlib" and one actor chosen; docs/disputed-date.png, the article's disputed
// date (the uprising's first day, 15 or 18 March 2011: EDTF [2011-03-15,2011-03-18]), selected.
// `node scripts/screenshot.mjs author` (or `demo`, `research`, `disputed`) takes only those.
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
const only = process.argv[2];
const wanted = (name) => only === undefined || only === name;
try {
  if (wanted('demo')) {
    await shoot({ width: 1100, height: 900, path: 'docs/demo.png', select: 'sochi-memorandum-2018', fromKicker: true });
    await shoot({ width: 375, height: 812, path: 'docs/demo-phone.png', touch: true });
  }
  if (wanted('author')) await shootAuthor({ width: 1280, height: 900, path: 'docs/author.png' });
  if (wanted('research')) {
    await shootResearch({ width: 1280, height: 900, path: 'docs/research.png' });
    await shootResearch({ width: 375, height: 812, path: 'docs/research-phone.png', touch: true });
  }
  if (wanted('disputed')) await shootDisputed({ width: 1280, height: 900, path: 'docs/disputed-date.png' });
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

/**
 * The authoring page as a journalist leaves it after the example article: four drafts accepted, one
 * dismissed, "last fall" corrected to autumn 2017 (when the zones were agreed), a title given; from the
 * drafts down to the preview.
 */
async function shootAuthor({ width, height, path }) {
  const context = await browser.createBrowserContext(); // storage of its own: the page starts empty
  const page = await context.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${server.config.port}/demo/author/`, { waitUntil: 'networkidle0' });
  await page.click('button ::-p-text(Try an example article)');
  await page.waitForSelector('.draft .accept');
  await page.evaluate(() => {
    const draft = [...document.querySelectorAll('.draft')].find((item) => item.querySelector('q').textContent.startsWith('since'));
    draft.querySelector('.dismiss').click();
  });
  await page.click('button ::-p-text(Accept all)');
  await page.type('#timeline-label', 'Russia, Turkey and Idlib, 2011–2019');
  await page.evaluate(() => {
    const rows = [...document.querySelectorAll('table.events tbody tr')];
    const fill = (row, name, value) => {
      const field = row.querySelector(`[name="${name}"]`);
      field.value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    };
    const fall = rows.find((row) => row.querySelector('[name="dateText"]').value === 'last fall');
    fill(fall, 'start', '2017-23');
    fill(fall, 'dateNote', "The zones were agreed at talks in Astana in September 2017; the article's 'last fall' is a year late.");
    const actors = ['Russia; Turkey', 'Russia; Turkey', 'Russia; Turkey; Iran', 'Syria'];
    rows.forEach((row, i) => fill(row, 'actors', actors[i]));
    document.activeElement.blur();
  });
  // Once the last message has been shown: the message bar would cover the picture.
  await page.waitForFunction(() => document.getElementById('status').textContent !== '');
  await page.evaluate(() => (document.getElementById('status').textContent = ''));
  await page.evaluate(() => document.getElementById('preview').renderComplete);
  const box = await page.evaluate(() => {
    const top = document.getElementById('drafts-title').getBoundingClientRect().top + scrollY - 16;
    const bottom = document.getElementById('preview').getBoundingClientRect().bottom + scrollY + 16;
    return { x: 0, y: top, width: innerWidth, height: bottom - top };
  });
  await page.screenshot({ path, clip: box, captureBeyondViewport: true });
  console.log(`${path} written`);
  await context.close();
}

/** The research demo once its rows are drawn, searched for "Idlib" with one actor chosen: from the kicker to the counts under the timeline. */
async function shootResearch({ width, height, path, touch = false }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1, isMobile: touch, hasTouch: touch });
  await page.goto(`http://localhost:${server.config.port}/demo/research.html`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('body[data-loaded]', { timeout: 120_000 });
  await page.evaluate(async () => {
    const timeline = document.getElementById('research-timeline');
    const root = timeline.shadowRoot;
    const filtered = () => new Promise((resolve) => timeline.addEventListener('ct-filter-change', resolve, { once: true }));
    const search = root.querySelector('input[part~="search"]');
    let changed = filtered();
    search.value = 'Idlib';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await changed;
    const actors = root.querySelector('select[part~="filter-actor"]');
    changed = filtered();
    actors.value = 'Military Forces of Turkey (2016-)';
    actors.dispatchEvent(new Event('change', { bubbles: true }));
    await changed;
    await timeline.renderComplete;
  });
  const box = await page.evaluate(() => {
    const top = document.querySelector('.kicker').getBoundingClientRect().top + scrollY - 16;
    const bottom = document.getElementById('research-stats').getBoundingClientRect().bottom + scrollY + 12;
    return { x: 0, y: top, width: innerWidth, height: bottom - top };
  });
  await page.screenshot({ path, clip: box, captureBeyondViewport: true });
  console.log(`${path} written`);
  await page.close();
}

/**
 * A disputed date in the demo's timeline, given example data: the Sochi memorandum and a strike that one
 * source dates 17 September 2018 and another 18 September, selected, in a 900 px timeline zoomed to the
 * days around it; from the axis down to the details, with the key folded.
 */
async function shootDisputed({ width, height, path }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${server.config.port}/demo/`, { waitUntil: 'networkidle0' });
  const box = await page.evaluate(async () => {
    const timeline = document.getElementById('article-timeline');
    timeline.style.width = timeline.style.maxWidth = '1000px';
    await timeline.renderComplete;
    // The article's own disputed date: the uprising's first day, 15 or 18 March 2011.
    timeline.zoomTo('2011-03-10', '2011-03-24');
    timeline.select('syria-uprising-2011');
    await timeline.renderComplete;
    timeline.scrollIntoView();
    const r = timeline.getBoundingClientRect();
    return { x: Math.max(0, r.left - 4), y: r.top + scrollY - 4, width: r.width + 8, height: r.height + 8 };
  });
  await page.screenshot({ path, clip: box, captureBeyondViewport: true });
  console.log(`${path} written`);
  await page.close();
}
