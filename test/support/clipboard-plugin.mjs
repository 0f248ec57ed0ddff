// Test-runner commands for the system clipboard, so a test can read what a page's "Copy" button put
// there: `allow-clipboard` grants this page's origin the clipboard permissions a person grants by
// using the page (writing needs focus, reading a prompt), and `read-clipboard` reads its text.
const PERMISSIONS = ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write'];

export function clipboardPlugin() {
  return {
    name: 'clipboard',
    async executeCommand({ command, session }) {
      if (command !== 'allow-clipboard' && command !== 'read-clipboard') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'allow-clipboard') {
        await page.browserContext().overridePermissions(new URL(page.url()).origin, PERMISSIONS);
        // The clipboard is open only to the page in front, with focus.
        await page.bringToFront();
        return true;
      }
      return page.evaluate(() => navigator.clipboard.readText());
    },
  };
}
