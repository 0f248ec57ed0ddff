/** Longer than any change a test waits for takes; the mocha timeout (20 s) is further still. */
const TIMEOUT_MS = 5_000;

/**
 * Resolves once `condition` holds, judged now and after each change under `node` (its text, children
 * and attributes); fails, saying `what` did not happen, when it does not hold within the timeout.
 * For changes that no event announces, such as the live region's words, which follow the view after
 * a pause.
 */
export function untilMutated(node: Node, condition: () => boolean, what: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!condition()) return;
      stop();
      resolve();
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${what}: not within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(node, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}
