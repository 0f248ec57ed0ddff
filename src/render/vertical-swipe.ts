/** How far a finger moves before its swipe counts as vertical or sideways. */
const DECIDE_PX = 8;

/**
 * Keeps d3-zoom from taking one-finger swipes that go mostly up or down: it
 * cancels every touchmove it sees, which would stop the page from scrolling
 * under a reader's thumb. Sideways swipes and two-finger pinches still reach it.
 * Listens in the capture phase on the plot's container, before d3-zoom on the SVG.
 */
export function passVerticalSwipesToPage(container: HTMLElement): void {
  let origin: { x: number; y: number } | undefined;
  let vertical: boolean | undefined;
  container.addEventListener(
    'touchstart',
    (event: TouchEvent) => {
      const touch = event.touches.length === 1 ? event.touches[0] : undefined;
      origin = touch ? { x: touch.clientX, y: touch.clientY } : undefined;
      vertical = undefined;
    },
    { capture: true, passive: true },
  );
  container.addEventListener(
    'touchmove',
    (event: TouchEvent) => {
      const touch = event.touches.length === 1 ? event.touches[0] : undefined;
      if (!origin || !touch) return;
      if (vertical === undefined) {
        const dx = Math.abs(touch.clientX - origin.x);
        const dy = Math.abs(touch.clientY - origin.y);
        if (Math.max(dx, dy) >= DECIDE_PX) vertical = dy > dx;
      }
      // Undecided moves are held back too: once d3-zoom cancels one, the page would not scroll.
      if (vertical !== false) event.stopPropagation();
    },
    { capture: true, passive: true },
  );
}
