import { select } from 'd3-selection';
import type { ClusterLayout, MarkLayout } from '../layout/mark-layout.js';

/** A drawn mark (primary or a copy in another lane) or cluster that the reader points at or focuses. */
export type HoverTarget =
  | { readonly kind: 'mark'; readonly node: SVGGElement; readonly mark: MarkLayout }
  | { readonly kind: 'cluster'; readonly node: SVGGElement; readonly cluster: ClusterLayout };

export interface MarkHoverCallbacks {
  /**
   * The pointer (mouse or pen: a finger's tap selects instead) moved onto a mark or cluster, or off it
   * (`null`); `to` is where it went, which may be the tooltip itself.
   */
  readonly onPointer: (target: HoverTarget | null, to: EventTarget | null) => void;
  /** Keyboard focus (`:focus-visible`) moved onto a mark or cluster, or left them (`null`). */
  readonly onFocus: (target: HoverTarget | null) => void;
}

const TARGETS = 'g.mark, g.cluster';

/**
 * Reports which mark or cluster the pointer is over and which one holds
 * keyboard focus. One set of delegated listeners on the plot's container:
 * marks come and go on every zoom frame. Not on the SVG itself: Chromium makes
 * an SVG element with focus listeners a tab stop. The listeners live as long
 * as the container, which the plot owns.
 */
export function watchMarkHover(container: HTMLElement, callbacks: MarkHoverCallbacks): void {
  const over = (event: PointerEvent) => {
    // A finger's tap selects, and a drag pans: neither is hovering.
    if (event.pointerType === 'touch' || event.buttons !== 0) return;
    const node = targetNode(event.target);
    if (node && node !== targetNode(event.relatedTarget)) callbacks.onPointer(hoverTargetOf(node), event.relatedTarget);
  };
  const out = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const node = targetNode(event.target);
    if (node && node !== targetNode(event.relatedTarget)) {
      // Onto another mark: its pointerover reports it.
      if (!targetNode(event.relatedTarget)) callbacks.onPointer(null, event.relatedTarget);
    }
  };
  const focusIn = (event: FocusEvent) => {
    const node = targetNode(event.target);
    // A click focuses the mark too, but the pointer already shows it; only keyboard focus needs the tooltip.
    callbacks.onFocus(node && node.matches(':focus-visible') ? hoverTargetOf(node) : null);
  };
  const focusOut = (event: FocusEvent) => {
    if (!targetNode(event.relatedTarget)) callbacks.onFocus(null);
  };
  container.addEventListener('pointerover', over);
  container.addEventListener('pointerout', out);
  container.addEventListener('focusin', focusIn);
  container.addEventListener('focusout', focusOut);
}

function targetNode(target: EventTarget | null): SVGGElement | null {
  return target instanceof Element ? target.closest<SVGGElement>(TARGETS) : null;
}

/** What a drawn node shows now: D3 keeps each node's datum up to date on every frame. */
export function hoverTargetOf(node: SVGGElement): HoverTarget | null {
  const datum = select<SVGGElement, MarkLayout | ClusterLayout>(node).datum();
  if (!datum) return null;
  return node.classList.contains('mark')
    ? { kind: 'mark', node, mark: datum as MarkLayout }
    : { kind: 'cluster', node, cluster: datum as ClusterLayout };
}
