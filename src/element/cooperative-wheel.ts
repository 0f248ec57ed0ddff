import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { wheelIntent } from './wheel-intent.js';

/** How long the "Ctrl + scroll to zoom" hint stays after the last plain wheel turn. */
export const WHEEL_HINT_MS = 1500;
/** Px per line, for wheels that report lines (deltaMode 1) instead of pixels. */
const LINE_PX = 16;

/**
 * The wheel over the plot, shared with the page: decides per wheel turn whether
 * it zooms (for d3-zoom's filter), pans sideways, or is left to scroll the page,
 * and then shows the hint. Engaged from a click or focus in the plot until the
 * reader clicks or focuses anywhere outside the element, or leaves the window.
 */
export class CooperativeWheel implements ReactiveController {
  /** Whether the hint is on screen. */
  hintShown = false;
  private engaged = false;
  private hintTimer = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onPan: (px: number) => void,
  ) {
    host.addController(this);
  }

  /** For d3-zoom's filter: whether this wheel turn zooms. */
  readonly zooms = (event: WheelEvent): boolean => wheelIntent(event, this.engaged) === 'zoom';

  /** The plot's wheel listener: it sees only the turns d3-zoom let through. */
  readonly handleWheel = (event: WheelEvent): void => {
    const intent = wheelIntent(event, this.engaged);
    if (intent === 'pan') {
      // Only a sideways swipe is taken from the page: a vertical one must stay the page's scroll.
      event.preventDefault();
      this.onPan(event.deltaX * (event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? this.host.clientWidth : 1));
    } else if (intent === 'scroll') {
      this.showHint();
    }
  };

  /** The reader clicked or focused inside the plot: the plain wheel zooms from now on. */
  readonly engage = (): void => {
    if (this.engaged) return;
    this.engaged = true;
    this.hideHint();
    document.addEventListener('pointerdown', this.releaseIfOutside, true);
    document.addEventListener('focusin', this.releaseIfOutside, true);
    window.addEventListener('blur', this.release);
  };

  hostDisconnected(): void {
    this.release();
    clearTimeout(this.hintTimer);
    this.hintShown = false;
  }

  private showHint(): void {
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => this.hideHint(), WHEEL_HINT_MS);
    if (this.hintShown) return;
    this.hintShown = true;
    this.host.requestUpdate();
  }

  private hideHint(): void {
    clearTimeout(this.hintTimer);
    if (!this.hintShown) return;
    this.hintShown = false;
    this.host.requestUpdate();
  }

  private readonly releaseIfOutside = (event: Event): void => {
    if (!event.composedPath().includes(this.host)) this.release();
  };

  private readonly release = (): void => {
    this.engaged = false;
    document.removeEventListener('pointerdown', this.releaseIfOutside, true);
    document.removeEventListener('focusin', this.releaseIfOutside, true);
    window.removeEventListener('blur', this.release);
  };
}
