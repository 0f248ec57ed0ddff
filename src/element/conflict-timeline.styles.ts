import { css, unsafeCSS } from 'lit';
import { LANE_COLOUR_CHAINS, LANE_COLOURS_DARK, LANE_COLOURS_LIGHT } from '../render/palette.js';
import { AXIS_HEIGHT_PX } from '../render/plot-renderer.js';

/**
 * The theme's lane colours, in private properties; marks read the page's --ct-lane-N-color first
 * (palette.ts), where they are drawn, so the page may set it on :root, the element or a part.
 */
const laneVars = (colours: readonly string[]) => unsafeCSS(colours.map((c, i) => `--_ct-lane-${i}: ${c};`).join('\n'));

/** The font labels are drawn and measured in. */
const LABEL_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif';
export const LABEL_FONT = `500 12px ${LABEL_FAMILY}`;
/** The selected event's label is bold, and measured bold, or its end would be cut. */
export const SELECTED_LABEL_FONT = `700 12px ${LABEL_FAMILY}`;

/** Dark theme values: used when the reader prefers dark (unless theme="light") and when theme="dark". */
const DARK_THEME = css`
  --_ct-bg: var(--ct-bg, #0d1117);
  --_ct-surface: var(--ct-surface, #161b22);
  --_ct-text: var(--ct-text, #e6edf3);
  --_ct-muted: var(--ct-muted, #9da7b3);
  --_ct-border: var(--ct-border, #30363d);
  --_ct-grid: var(--ct-grid, #21262d);
  --_ct-lane-band: var(--ct-lane-band, #11161d);
  --_ct-era: var(--ct-era, rgba(88, 166, 255, 0.13));
  --_ct-era-alternate: var(--ct-era-alternate, rgba(210, 153, 34, 0.13));
  --_ct-accent: var(--ct-accent, #58a6ff);
  --_ct-focus: var(--ct-focus, #79c0ff);
  --_ct-warning-bg: var(--ct-warning-bg, #3b2e00);
  --_ct-warning-border: var(--ct-warning-border, #9e6a03);
  --_ct-error-bg: var(--ct-error-bg, #3c1618);
  ${laneVars(LANE_COLOURS_DARK)}
`;

export const timelineStyles = css`
  :host {
    --_ct-font: var(--ct-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_ct-bg: var(--ct-bg, #ffffff);
    --_ct-surface: var(--ct-surface, #f6f7f9);
    --_ct-text: var(--ct-text, #1b1f24);
    --_ct-muted: var(--ct-muted, #57606a);
    --_ct-border: var(--ct-border, #d0d7de);
    --_ct-grid: var(--ct-grid, #e4e8ec);
    --_ct-lane-band: var(--ct-lane-band, #f6f8fa);
    --_ct-era: var(--ct-era, rgba(9, 105, 218, 0.09));
    --_ct-era-alternate: var(--ct-era-alternate, rgba(191, 135, 0, 0.11));
    --_ct-accent: var(--ct-accent, #0969da);
    --_ct-focus: var(--ct-focus, #0550ae);
    --_ct-warning-bg: var(--ct-warning-bg, #fff8c5);
    --_ct-warning-border: var(--ct-warning-border, #d4a72c);
    --_ct-error-bg: var(--ct-error-bg, #ffebe9);
    ${laneVars(LANE_COLOURS_LIGHT)}
    /* A column, so that a height given to the element is kept: the plot takes what is left and scrolls inside. */
    display: flex;
    flex-direction: column;
    /* A height given to the element is its whole box, border included. */
    box-sizing: border-box;
    position: relative;
    font: 14px/1.45 var(--_ct-font);
    color: var(--_ct-text);
    background: var(--_ct-bg);
    border: 1px solid var(--_ct-border);
    border-radius: 8px;
    overflow: hidden;
    contain: content;
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${DARK_THEME}
    }
  }
  :host([theme='dark']) {
    ${DARK_THEME}
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  :host > *,
  .plot-frame > .plot {
    flex: none;
  }

  .heading {
    padding: 8px 12px 6px;
    border-bottom: 1px solid var(--_ct-border);
  }
  .heading h2 {
    margin: 0;
    font-size: 18px;
    line-height: 1.3;
  }
  .heading p {
    margin: 4px 0 0;
    color: var(--_ct-muted);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_ct-border);
  }
  .filters input,
  .filters select {
    font: inherit;
    color: var(--_ct-text);
    background: var(--_ct-bg);
    border: 1px solid var(--_ct-border);
    border-radius: 6px;
    min-height: 32px;
    padding: 2px 8px;
    min-width: 0;
  }
  .filters input {
    flex: 2 1 12em;
  }
  /* Two choices share a row on a phone rather than take a row each. */
  .filters select {
    flex: 1 1 8em;
    max-width: 18em;
  }
  .filters input:focus-visible,
  .filters select:focus-visible {
    outline: 3px solid var(--_ct-focus);
    outline-offset: 1px;
  }
  .filters output {
    color: var(--_ct-muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }

  /* The plot and the buttons over its lanes' names; it scrolls inside when its lanes pass the element's height. */
  .plot-frame {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    max-height: var(--ct-plot-max-height, none);
    overflow-x: hidden;
    overflow-y: auto;
  }
  /* The axis's copy while the lanes scroll: sticks to the frame's top, takes no room of its own. */
  .axis-pin {
    position: sticky;
    top: 0;
    z-index: 1;
    display: block;
    margin-bottom: -${unsafeCSS(String(AXIS_HEIGHT_PX))}px;
    font: ${unsafeCSS(LABEL_FONT)};
    background: var(--_ct-bg);
    pointer-events: none;
    visibility: hidden;
  }
  .axis-pin.shown {
    visibility: visible;
    box-shadow: 0 1px 0 var(--_ct-border);
  }
  .plot-frame.all-lanes {
    max-height: var(--ct-plot-max-height, 75vh);
  }
  /* No box of its own: the toggles stand in the frame, and the gather button sticks to its bottom. */
  .lane-toggles {
    display: contents;
  }
  .lane-toggle {
    position: absolute;
    min-width: 0;
    min-height: 0;
    padding: 0 2px;
    border: none;
    border-radius: 3px;
    background: transparent;
    font-size: 10px;
    line-height: 1;
    color: var(--_ct-muted);
    text-align: start;
    cursor: pointer;
  }
  .lane-toggle .chevron {
    display: inline-block;
    width: 6px;
  }
  .lane-toggle:hover {
    background: color-mix(in srgb, var(--_ct-accent) 10%, transparent);
  }
  .gather-lanes {
    position: sticky;
    bottom: 4px;
    z-index: 1;
    display: block;
    margin-inline-start: auto;
    margin-inline-end: 8px;
    margin-top: -36px;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
  }

  .toolbar {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_ct-border);
    background: var(--_ct-surface);
    flex-wrap: wrap;
  }
  .toolbar .range {
    margin-inline-start: auto;
    color: var(--_ct-muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  button {
    font: inherit;
    color: var(--_ct-text);
    background: var(--_ct-bg);
    border: 1px solid var(--_ct-border);
    border-radius: 6px;
    min-width: 32px;
    min-height: 32px;
    padding: 2px 10px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_ct-accent);
  }
  button:focus-visible,
  .plot-svg g[tabindex]:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_ct-focus);
    outline-offset: 2px;
  }
  .icon {
    font-size: 18px;
    line-height: 1;
  }
  .narrow-only {
    display: none;
  }
  button[aria-pressed='true'] {
    background: var(--_ct-accent);
    border-color: var(--_ct-accent);
    color: var(--_ct-bg);
  }
  /* A phone: the toolbar keeps its buttons as icons and drops the range text. */
  @container (max-width: 480px) {
    .toolbar .range,
    .toolbar .text {
      display: none;
    }
    .toolbar .narrow-only {
      display: inline;
    }
    /* Eight icons in one row on a phone: narrower padding, the 32 px touch size kept. */
    .toolbar {
      gap: 3px;
    }
    .toolbar button,
    .toolbar summary {
      padding-inline: 6px;
    }
  }
  [hidden] {
    display: none !important;
  }

  .table-wrap {
    max-height: 28em;
    overflow: auto;
    padding: 0 8px 8px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 13px;
  }
  caption {
    text-align: start;
    padding: 8px 4px;
    color: var(--_ct-muted);
    font-weight: 600;
  }
  th,
  td {
    text-align: start;
    padding: 4px 6px;
    border-bottom: 1px solid var(--_ct-grid);
    vertical-align: top;
  }
  th {
    position: sticky;
    top: 0;
    background: var(--_ct-bg);
  }
  th button.sort,
  td button.row-title {
    font: inherit;
    font-weight: 600;
    border: none;
    background: none;
    padding: 2px 0;
    min-height: 24px;
    text-align: start;
    color: inherit;
  }
  td button.row-title {
    font-weight: 500;
    color: var(--_ct-accent);
    text-decoration: underline;
  }
  tr.selected td {
    background: var(--_ct-lane-band);
  }
  .more {
    margin: 8px 4px;
    color: var(--_ct-muted);
  }

  .plot {
    ${unsafeCSS(LANE_COLOUR_CHAINS)}
    position: relative;
    overflow: hidden;
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .plot:active {
    cursor: grabbing;
  }
  .plot-svg {
    display: block;
    font: ${unsafeCSS(LABEL_FONT)};
    overflow: hidden;
    /* Layout mirrors the plot itself and gives each label a physical x and text-anchor ('end' = its
       right edge); an inherited rtl would swap start and end again. Each label's own script still
       sets the order of its letters. */
    direction: ltr;
  }
  /* The canvas that paints dense views' marks and columns: under their hit areas, never hit itself. */
  .plot-svg .dense-canvas {
    pointer-events: none;
  }
  .plot-svg .dense-canvas canvas {
    display: block;
  }
  .plot-svg g:focus {
    outline: none;
  }
  .plot-svg g.mark:focus-visible .hit,
  .plot-svg g.cluster:focus-visible rect {
    visibility: visible;
    stroke: var(--_ct-focus);
    stroke-width: 3px;
    fill: none;
  }
  .axis .domain {
    display: none;
  }
  .axis .tick line {
    stroke: var(--_ct-grid);
  }
  .axis .tick text {
    fill: var(--_ct-muted);
    font-size: 12px;
  }
  .lane-band {
    fill: var(--_ct-lane-band);
  }
  .lane:nth-child(even) .lane-band {
    fill: transparent;
  }
  .lane-label {
    fill: var(--_ct-text);
    font-weight: 700;
    font-size: 12px;
    paint-order: stroke;
    stroke: var(--_ct-bg);
    stroke-width: 3px;
  }
  /* Eras lie over the lanes' bands (which are opaque), translucent so the bands show through,
     with a dashed edge at each end: two eras that touch still read as two. */
  .era-band {
    fill: var(--_ct-era);
  }
  .era.alternate .era-band {
    fill: var(--_ct-era-alternate);
  }
  .era-edge {
    fill: none;
    stroke: var(--_ct-muted);
    stroke-width: 1px;
    stroke-opacity: 0.6;
    stroke-dasharray: 3 3;
  }
  .era-label-box {
    overflow: hidden;
  }
  /* A collapsed empty stretch: the band hides the lanes' rows, torn edges say time was cut out. */
  .axis-break .break-band {
    fill: var(--_ct-bg);
    opacity: 0.85;
  }
  .axis-break .break-edge {
    fill: none;
    stroke: var(--_ct-muted);
    stroke-width: 1px;
    stroke-opacity: 0.7;
  }
  .axis-break .break-label {
    fill: var(--_ct-muted);
    font-size: 11px;
    font-style: italic;
  }
  .era-label {
    fill: var(--_ct-text);
    font-size: 11px;
    font-weight: 600;
    font-style: italic;
  }
  .tie {
    stroke: var(--_ct-muted);
    stroke-width: 1.5px;
    stroke-dasharray: 2 3;
  }
  .mark {
    cursor: pointer;
  }
  .mark .hit {
    fill: transparent;
    rx: 4px;
    /* Unseen until focus rings it: hidden, a dense view's hundreds of them cost no paint, and a pointer still hits them. */
    visibility: hidden;
    pointer-events: all;
  }
  .mark .symbol {
    fill: currentColor;
    stroke: var(--_ct-bg);
    stroke-width: 1.5px;
  }
  .mark .extent {
    fill: currentColor;
  }
  /* A date known only to the month, season or year: a span whose ends fade, "somewhere in here";
     too narrow for its span, a short flat bar (never the lane's symbol), faded the same way. Its
     fill is the lane's full colour, which keeps 3:1 against the band and the background (WCAG
     1.4.11): the fade and the shape say "not exact", not paleness. */
  .mark.soft .extent,
  .mark.soft .symbol {
    fill: currentColor;
    stroke: none;
    mask: url(#ct-soft-edges);
  }
  .mark .core {
    fill: currentColor;
  }
  /* Approximate or uncertain: a dashed edge in the lane's colour, 1.5 px wide, around the mark and
     parted from its fill by a ring of the background, so the dashes show at any size. The edge is
     the mark's outline drawn under it 5 px wide: the fill's 2 px ring covers its inner part. */
  .mark.hedged .extent,
  .mark.hedged .symbol {
    stroke: var(--_ct-bg);
    stroke-width: 2px;
  }
  .mark .edge {
    fill: none;
    stroke: currentColor;
    stroke-width: 5px;
    stroke-dasharray: 3 2;
  }
  .mark .label {
    fill: var(--_ct-text);
    paint-order: stroke;
    stroke: var(--_ct-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .mark.selected .symbol,
  .mark.selected .extent {
    stroke: var(--_ct-text);
    stroke-width: 2.5px;
  }
  .mark .label.shortened {
    mask: url(#ct-fade-end);
  }
  .mark.selected .label {
    font-weight: 700;
  }
  .cluster {
    cursor: zoom-in;
  }
  /* Every copy of the hovered or focused event, and the tie between them, stand out together. */
  .mark.linked .symbol,
  .mark.linked .extent {
    stroke: var(--_ct-accent);
    stroke-width: 3px;
  }
  .mark.linked .label {
    text-decoration: underline;
  }
  .tie.linked {
    stroke: var(--_ct-accent);
    stroke-width: 2.5px;
  }

  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 2;
    max-width: min(320px, calc(100% - 8px));
    padding: 4px 8px;
    border-radius: 6px;
    background: var(--_ct-text);
    color: var(--_ct-bg);
    font-size: 13px;
    line-height: 1.35;
    text-align: start;
    box-shadow: 0 2px 6px rgba(0, 0, 0, 0.25);
    overflow-wrap: anywhere;
  }
  .tooltip-title {
    display: block;
    font-weight: 600;
  }
  .tooltip-when {
    display: block;
  }

  .legend {
    border-top: 1px solid var(--_ct-border);
    padding: 2px 8px 4px;
    font-size: 12px;
    line-height: 1.3;
  }
  /* On a desk the heading and the entries share one line. */
  .legend[open] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 16px;
  }
  /* A list item keeps the disclosure triangle that says the key folds. */
  .legend summary {
    display: list-item;
    min-height: 24px;
    line-height: 24px;
    color: var(--_ct-muted);
    font-weight: 600;
    cursor: pointer;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 16px;
    margin: 0;
    padding: 0 0 2px;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
    min-height: 20px;
  }
  .legend .swatch {
    flex: none;
    overflow: hidden;
  }
  .legend .mark {
    cursor: default;
  }
  /* Time runs right to left in the plot: so does it in the swatches (the ongoing bar's open end). */
  :host(:dir(rtl)) .legend .swatch {
    transform: scaleX(-1);
  }

  .details {
    border-top: 1px solid var(--_ct-border);
    padding: 12px 16px 14px;
    background: var(--_ct-surface);
    position: relative;
  }
  .details h2 {
    margin: 0 40px 2px 0;
    font-size: 17px;
    line-height: 1.3;
  }
  :host(:dir(rtl)) .details h2 {
    margin: 0 0 2px 40px;
  }
  .details .whole-text {
    margin: 0 0 8px;
    font-size: 13px;
  }
  .details .whole-text summary {
    cursor: pointer;
    color: var(--_ct-accent);
  }
  /* A text of any length scrolls in its own box instead of growing the element. */
  .details .whole-text-body {
    max-height: 12em;
    overflow: auto;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
    margin-top: 4px;
    padding: 4px 6px;
    border: 1px solid var(--_ct-border);
  }
  .details h2,
  .details .description,
  .details dd {
    overflow-wrap: anywhere;
  }
  .details .when {
    margin: 0 0 8px;
    color: var(--_ct-muted);
    font-weight: 600;
  }
  .details p {
    margin: 0 0 8px;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
    font-size: 13px;
  }
  .details dt {
    color: var(--_ct-muted);
  }
  .details dd {
    margin: 0;
  }
  .details .date-claims {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .details .date-claims li + li {
    margin-top: 4px;
  }
  .details .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
  }
  a {
    color: var(--_ct-accent);
  }

  .notice {
    display: flex;
    gap: 8px;
    align-items: flex-start;
    padding: 6px 10px;
    font-size: 13px;
    border-bottom: 1px solid var(--_ct-warning-border);
    background: var(--_ct-warning-bg);
  }
  .notice.error {
    background: var(--_ct-error-bg);
  }
  .notice details {
    flex: 1;
  }
  .notice ul {
    margin: 4px 0 0;
    padding-inline-start: 18px;
    max-height: 8em;
    overflow: auto;
  }
  .empty {
    padding: 24px;
    text-align: center;
    color: var(--_ct-muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    /* Tints are lost in forced colours: an era is its edges and its name. */
    .era-band {
      fill: transparent;
    }
    .era-edge {
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .era-label {
      fill: CanvasText;
    }
    .mark .symbol,
    .mark .extent,
    .mark .core,
    .cluster rect {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark.soft .extent,
    .mark.soft .symbol {
      fill: CanvasText;
      stroke: none;
    }
    .mark.hedged .extent,
    .mark.hedged .symbol {
      stroke: Canvas;
    }
    .mark .edge {
      fill: none;
      stroke: CanvasText;
    }
    .plot-svg g[tabindex]:focus-visible .hit {
      stroke: Highlight;
    }
    .mark.linked .symbol,
    .mark.linked .extent,
    .tie.linked {
      stroke: Highlight;
    }
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
