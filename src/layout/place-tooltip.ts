/** An axis-aligned box in one coordinate space (px). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface TooltipPlacement {
  readonly left: number;
  readonly top: number;
  /** Above the anchor's row, or below it when there is no room above. */
  readonly side: 'above' | 'below';
}

/** Space kept between the tooltip and the edge of the element, px. */
export const TOOLTIP_EDGE_MARGIN_PX = 4;

/**
 * Where a tooltip of `width` by `height` goes for a mark whose row is `anchor`,
 * inside `bounds`: centred over the part of the mark that is in bounds, above
 * the row (below when the row is too near the top), never over the row itself,
 * and clamped inside the bounds horizontally.
 */
export function placeTooltip(anchor: Box, width: number, height: number, bounds: Box): TooltipPlacement {
  const margin = TOOLTIP_EDGE_MARGIN_PX;
  // A span may run far off screen: centre on the part the reader can see.
  const visibleLeft = Math.max(anchor.left, bounds.left);
  const visibleRight = Math.min(anchor.right, bounds.right);
  const centre = visibleLeft <= visibleRight ? (visibleLeft + visibleRight) / 2 : (anchor.left + anchor.right) / 2;
  const left = clamp(centre - width / 2, bounds.left + margin, bounds.right - margin - width);

  // The tooltip touches the row's edge, so the pointer can move onto it without leaving both.
  const above = anchor.top - height;
  const below = anchor.bottom;
  const roomAbove = anchor.top - (bounds.top + margin);
  const roomBelow = bounds.bottom - margin - anchor.bottom;
  if (roomAbove >= height) return { left, top: above, side: 'above' };
  if (roomBelow >= height) return { left, top: below, side: 'below' };
  // Neither side fits (a very short element): take the roomier one and stay inside the element.
  const side = roomAbove >= roomBelow ? 'above' : 'below';
  const top = clamp(side === 'above' ? above : below, bounds.top + margin, bounds.bottom - margin - height);
  return { left, top, side };
}

/** `value` within [min, max]; `min` wins when the range is empty (a tooltip wider than the element starts at its edge). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
