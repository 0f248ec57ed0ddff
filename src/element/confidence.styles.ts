import { css } from 'lit';

/**
 * Confidence on the marks, in shape as well as tone (never colour alone): a contested event's "?"
 * badge; a discounted event hollow (an outline in the lane's colour, no fill) and faint.
 */
export const confidenceStyles = css`
  .mark .badge {
    fill: var(--_ct-text);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    paint-order: stroke;
    stroke: var(--_ct-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .mark.discounted {
    opacity: 0.6;
  }
  .mark.discounted .symbol,
  .mark.discounted .extent,
  .mark.discounted .core {
    fill: transparent;
    stroke: currentColor;
    stroke-width: 1.5px;
    mask: none;
  }
  .mark.discounted.selected .symbol,
  .mark.discounted.selected .extent {
    stroke: var(--_ct-text);
    stroke-width: 2.5px;
  }
  .mark.discounted .label {
    text-decoration: line-through;
  }
  @media (forced-colors: active) {
    .mark .badge {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark.discounted .symbol,
    .mark.discounted .extent,
    .mark.discounted .core {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
