import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from './resize-controller.js';

/** Below this width (px) the legend starts folded: on a phone the plot needs the height. */
export const LEGEND_FOLD_WIDTH_PX = 600;

/**
 * Whether the legend is open: open on a desk, folded on a phone, until the reader opens or
 * folds it, after which their choice stays whatever the width.
 *
 * It watches the plot's width, not the host's: folding changes the host's height, and a resize
 * observer whose own change resizes what it watches loops.
 */
export class LegendFold implements ReactiveController {
  private wide = true;
  private chosen?: boolean;
  private watching = false;
  private readonly resize: ResizeController;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly plot: () => Element | null | undefined,
  ) {
    host.addController(this);
    this.resize = new ResizeController(host, (width) => this.handleWidth(width));
  }

  get open(): boolean {
    return this.chosen ?? this.wide;
  }

  /** The <details> was toggled: by the reader when it differs from what was asked of it. */
  readonly toggled = (open: boolean): void => {
    if (open === this.open) return;
    this.chosen = open;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    const plot = this.watching ? undefined : this.plot();
    if (!plot) return;
    this.watching = true;
    this.resize.observe(plot);
  }

  private handleWidth(width: number): void {
    // A hidden plot (the table view) measures 0: that says nothing about the page.
    if (width <= 0) return;
    const wide = width >= LEGEND_FOLD_WIDTH_PX;
    if (wide === this.wide) return;
    this.wide = wide;
    this.host.requestUpdate();
  }
}
