import { waitUntil } from '@open-wc/testing';

/**
 * Loads a bare page in an iframe, so it has its own custom-element registry (as a reader's page
 * would), and waits up to ten seconds for `ready`; fails if it is not ready by then.
 */
export async function bareFrame(body: string, ready: (w: Window) => boolean): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const w = frame.contentWindow!;
  await waitUntil(() => ready(w), 'the page in the frame was not ready within 10 s', { timeout: 10_000 });
  return w;
}
