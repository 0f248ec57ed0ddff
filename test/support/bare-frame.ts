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
  const until = performance.now() + 10_000;
  while (!ready(w)) {
    if (performance.now() > until) throw new Error('the page in the frame was not ready within 10 s');
    await new Promise((r) => setTimeout(r, 25));
  }
  return w;
}
