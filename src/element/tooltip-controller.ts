import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { placeTooltip, type Box } from '../layout/place-tooltip.js';
import { hoverTargetOf, type HoverTarget, type MarkHoverCallbacks } from '../render/mark-hover.js';
import { markTooltip } from './mark-tooltip.js';
import type { TimelineWords } from './timeline-words.js';
import { tooltipText } from './tooltip-text.js';

export interface TooltipOptions {
  /** The element's words in its language, for the title and date. */
  readonly words: () => TimelineWords;
  readonly rtl: () => boolean;
  /** Highlights every copy of the event (and its tie) that the reader points at or focuses; `undefined` for none. */
  readonly highlight: (eventId: string | undefined) => void;
}

type TooltipHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly isUpdatePending: boolean };

/**
 * The tooltip over the mark or cluster under the pointer (else the one with
 * keyboard focus). Hides on Escape, until the pointer or focus moves to another
 * mark. Hides while the reader drags or zooms, marks sliding under a still
 * pointer included, and when that settles shows the one under the pointer if it
 * is another than before. Follows its mark when the plot is redrawn. The
 * renderer reports hover and focus; this owns what is shown.
 */
export class TooltipController implements ReactiveController {
  /** Give these to the renderer (PlotCallbacks.hover). */
  readonly hover: MarkHoverCallbacks = {
    onPointer: (target, to) => {
      // Onto the tooltip itself: the reader may rest there to read it (WCAG 1.4.13, hoverable).
      if (!target && this.isInTooltip(to)) return;
      this.pointer = target ?? undefined;
      this.dismissed = undefined;
      this.sync();
    },
    onFocus: (target) => {
      this.focus = target ?? undefined;
      this.dismissed = undefined;
      this.sync();
    },
  };

  private pointer?: HoverTarget;
  private focus?: HoverTarget;
  /** The node whose tooltip the reader dismissed (Escape, a drag or zoom). */
  private dismissed?: SVGGElement;
  private shown?: SVGGElement;
  private linked?: string;
  /** A drag or zoom is under way (pause): nothing is shown or highlighted until it settles (resume). */
  private paused = false;

  constructor(
    private readonly host: TooltipHost,
    private readonly options: TooltipOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.handleKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.handleKey);
  }

  hostUpdated(): void {
    this.position();
  }

  /** Hides the tooltip until the pointer or focus moves to another mark: the reader dismissed it, or is dragging. */
  hide(): void {
    const candidate = this.candidate();
    if (!candidate || this.dismissed === candidate.node) return;
    this.dismissed = candidate.node;
    this.sync();
  }

  /**
   * A drag or zoom has started or goes on: the tooltip and the hover highlight wait until it settles.
   * Shown while it went on, they followed each mark sliding under the pointer, placed and drawn anew each frame.
   */
  pause(): void {
    this.hide();
    if (this.paused) return;
    this.paused = true;
    this.sync();
  }

  /** The drag or zoom has settled: the tooltip is shown again for what is under the pointer or focused. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.sync();
  }

  /** After a plot frame: the mark may have moved, or gone (zoomed into a cluster, panned away). */
  afterDraw(): void {
    let changed = false;
    if (this.pointer && !this.pointer.node.isConnected) (this.pointer = undefined), (changed = true);
    if (this.focus && !this.focus.node.isConnected) (this.focus = undefined), (changed = true);
    if (changed) this.sync();
    // The host's update after a frame places it (hostUpdated): placing it here as well forced a second layout a frame.
    else if (!this.host.isUpdatePending) this.position();
  }

  render(): TemplateResult | typeof nothing {
    const node = this.shown;
    const target = node && hoverTargetOf(node);
    if (!target) return nothing;
    const words = this.options.words();
    return markTooltip({
      text: tooltipText(target, words),
      lang: words.pack.tag,
      dir: this.options.rtl() ? 'rtl' : 'ltr',
      onPointerLeave: () => this.hover.onPointer(null, null),
    });
  }

  private candidate(): HoverTarget | undefined {
    return this.paused ? undefined : (this.pointer ?? this.focus);
  }

  private sync(): void {
    const candidate = this.candidate();
    const linked = candidate?.kind === 'mark' ? candidate.mark.event.id : undefined;
    if (linked !== this.linked) {
      this.linked = linked;
      this.options.highlight(linked);
    }
    const shown = candidate && candidate.node !== this.dismissed ? candidate.node : undefined;
    if (shown === this.shown) return;
    this.shown = shown;
    this.host.requestUpdate();
  }

  private readonly handleKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.hide();
  };

  private tooltipNode(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
  }

  private isInTooltip(target: EventTarget | null): boolean {
    const tooltip = this.tooltipNode();
    return !!tooltip && target instanceof Node && tooltip.contains(target);
  }

  /** Puts the tooltip above its mark's row (below near the top), inside the element. */
  private position(): void {
    const tooltip = this.tooltipNode();
    const node = this.shown;
    if (!tooltip || !node) return;
    const host = this.host.getBoundingClientRect();
    // The tooltip is positioned against the host's padding box, inside its border.
    const originX = host.left + this.host.clientLeft;
    const originY = host.top + this.host.clientTop;
    const bounds: Box = { left: 0, top: 0, right: this.host.clientWidth, bottom: this.host.clientHeight };
    const row = (node.querySelector('.hit') ?? node).getBoundingClientRect();
    const anchor: Box = { left: row.left - originX, top: row.top - originY, right: row.right - originX, bottom: row.bottom - originY };
    const { left, top, side } = placeTooltip(anchor, tooltip.offsetWidth, tooltip.offsetHeight, bounds);
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
    tooltip.dataset['side'] = side;
  }
}
