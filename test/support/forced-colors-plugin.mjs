// A test-runner command that turns forced colours (Windows high contrast) on or off through the
// DevTools protocol. @web/test-runner-commands' emulateMedia takes a `forcedColors` option but
// passes it on to Playwright only, and Puppeteer's emulateMediaFeatures refuses the feature: with
// Puppeteer, as here, neither does anything, so this speaks to the protocol itself.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
