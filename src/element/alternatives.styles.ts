import { css } from 'lit';

/**
 * A date that is one of several, or all of them (render/draw-alternatives.ts): each alternative soft
 * or hedged as a mark of its kind is, and a link between them in the lane's colour, dashed for "one
 * of these" and solid for "all of these", so that the line's pattern carries it, not colour alone.
 *
 * The alternatives' rules weigh as much as `.mark .symbol` and come after it, so they override it;
 * they weigh less than `.mark.selected .symbol`, so a selected, highlighted or discounted mark's
 * rules still win (hence the :where).
 */
export const alternativesStyles = css`
  :where(.alternative).soft > .extent,
  :where(.alternative).soft > .symbol {
    fill: currentColor;
    stroke: none;
    mask: url(#ct-soft-edges);
  }
  :where(.alternative).hedged > .extent,
  :where(.alternative).hedged > .symbol {
    stroke: var(--_ct-bg);
    stroke-width: 2px;
  }
  .mark .link,
  .mark .run-on {
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
  }
  .mark.one-of .link,
  .mark .run-on {
    stroke-dasharray: 4 3;
  }
  .mark .run-on-tip {
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .mark.selected .link,
  .mark.selected .run-on,
  .mark.linked .link,
  .mark.linked .run-on {
    stroke-width: 3px;
  }
  .mark.discounted .link,
  .mark.discounted .run-on,
  .mark.discounted .run-on-tip {
    stroke-width: 1.5px;
  }
  @media (forced-colors: active) {
    :where(.alternative).soft > .extent,
    :where(.alternative).soft > .symbol {
      fill: CanvasText;
      stroke: none;
    }
    :where(.alternative).hedged > .extent,
    :where(.alternative).hedged > .symbol {
      stroke: Canvas;
    }
    .mark .link,
    .mark .run-on,
    .mark .run-on-tip {
      stroke: CanvasText;
    }
  }
`;
