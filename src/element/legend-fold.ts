import type { ReactiveControllerHost } from 'lit';
import { ResizeController } from './resize-controller.js';

/** Below this width (px) the legend starts folded: on a phone the plot needs the height. */
export const LEGEND_FOLD_WIDTH_PX = 600;

/**
 * Whether the legend is open: open on a desk, folded on a phone, until the reader opens or
 * folds it, after which their choice stays whatever the width.
 */
export class LegendFold {
  private wide = true;
  private chosen?: boolean;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    new ResizeController(host, (width) => this.handleWidth(width)).observe(host);
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

  private handleWidth(width: number): void {
    const wide = width >= LEGEND_FOLD_WIDTH_PX;
    if (wide === this.wide) return;
    this.wide = wide;
    this.host.requestUpdate();
  }
}
