/**
 * Work over many items done in the browser's idle time, a slice per idle turn, so that it never holds a
 * frame or an input: warming what a reader will likely ask for next (search text, label widths).
 */

/**
 * Runs `work(i)` for each i from 0 to count - 1, `perTurn` at a time, each slice in an idle turn (or,
 * without requestIdleCallback, the next task); a page that stays busy gets the next slice within
 * `timeoutMs` all the same. Stops when `signal` aborts (newer data came). With `heldUntil`, no slice
 * runs before the time it gives (performance.now()), asked again before each slice: a reader moving
 * the view holds the work back until the view has stood still.
 */
export function inIdleTurns(
  count: number,
  work: (index: number) => void,
  signal: AbortSignal,
  perTurn: number,
  timeoutMs: number,
  heldUntil?: () => number,
): void {
  let next = 0;
  const turn = (): void => {
    if (signal.aborted) return;
    const held = (heldUntil?.() ?? 0) - performance.now();
    if (held > 0) {
      setTimeout(() => whenIdle(turn, timeoutMs), held);
      return;
    }
    const end = Math.min(count, next + perTurn);
    for (; next < end; next++) work(next);
    if (next < count) whenIdle(turn, timeoutMs);
  };
  whenIdle(turn, timeoutMs);
}

function whenIdle(run: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 0);
}
