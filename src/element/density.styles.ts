import { css } from 'lit';
import { confidenceStyles } from './confidence.styles.js';

/**
 * Density strips (dense lanes) and the open ends of ongoing or open-started bars; with them, the
 * marks' confidence cues (kept in their own file, carried here so the element's style list stays as it is).
 */
export const densityStyles = css`
  ${confidenceStyles}
  .plot-svg g.cluster .hit {
    fill: currentColor;
    fill-opacity: 0.07;
  }
  .plot-svg g.cluster .bar {
    fill: currentColor;
  }
  .plot-svg g.cluster:hover .hit {
    fill-opacity: 0.16;
  }
  .plot-svg g.cluster .count {
    fill: var(--_ct-text);
    font-size: 10px;
    font-variant-numeric: tabular-nums;
    text-anchor: middle;
    paint-order: stroke;
    stroke: var(--_ct-bg);
    stroke-width: 2.5px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .plot-svg g.cluster.tight .count {
    display: none;
  }
  .plot-svg g.cluster.tight:hover .count,
  .plot-svg g.cluster.tight:focus-visible .count {
    display: inline;
  }
  .plot-svg g.cluster:focus-visible .hit {
    fill: currentColor;
    fill-opacity: 0.16;
    stroke: var(--_ct-focus);
    stroke-width: 3px;
  }
  .plot-svg g.cluster:focus-visible .bar {
    fill: currentColor;
    stroke: none;
  }
  /* The soft mask fades both ends of a box: an open bar's box runs past the view, so it would pale the
     known part; the open end has its own fade. */
  .mark.open .extent {
    mask: none;
  }
  .open-fade-stop {
    stop-color: var(--_ct-bg);
  }
  .mark .open-fade {
    pointer-events: none;
  }
  .mark .open-end {
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-linejoin: round;
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .plot-svg g.cluster .bar {
      fill: CanvasText;
    }
    .plot-svg g.cluster .hit {
      fill: Canvas;
      stroke: GrayText;
      stroke-width: 0.5px;
    }
    .plot-svg g.cluster .count {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark .open-end {
      stroke: CanvasText;
    }
  }
`;
