import { css, unsafeCSS } from 'lit';
import { LANE_COLOURS_LIGHT } from '../render/palette.js';

const lightLanes = unsafeCSS(LANE_COLOURS_LIGHT.map((c, i) => `--_ct-lane-${i}: ${c};`).join('\n'));

/**
 * Print: the timeline of the current view, black on white whatever the theme or the page's tokens,
 * laid out for the paper's width, without the controls (toolbar, filters, lane toggles, tooltip, wheel hint,
 * focus rings); then the events in view, listed with their dates in words and their sources'
 * addresses. On screen the printed list is never shown (it is only drawn while printing).
 */
export const printStyles = css`
  .print-list {
    display: none;
  }
  /* Put in for a moment when printing starts, to read --ct-print-width in px (see print-controller.ts). */
  .print-width-probe {
    position: absolute;
    visibility: hidden;
    width: var(--ct-print-width);
    height: 0;
  }

  @media print {
    /* Later than, and as specific as, the dark theme's selectors: the dark theme loses on paper. */
    :host,
    :host([theme]),
    :host(:not([theme])) {
      --_ct-bg: #ffffff;
      --_ct-surface: #ffffff;
      --_ct-text: #000000;
      --_ct-muted: #000000;
      --_ct-border: #9a9a9a;
      --_ct-grid: #d0d0d0;
      --_ct-lane-band: #f0f0f0;
      --_ct-era: rgba(0, 0, 0, 0.06);
      --_ct-era-alternate: rgba(0, 0, 0, 0.12);
      --_ct-accent: #000000;
      --_ct-focus: transparent;
      --_ct-warning-bg: #ffffff;
      --_ct-warning-border: #000000;
      --_ct-error-bg: #ffffff;
      ${lightLanes}
      /* A block that grows with its content and breaks across pages: no clipping, no own scroll. */
      display: block;
      height: auto !important;
      max-height: none !important;
      overflow: visible;
      contain: none;
      border: none;
      border-radius: 0;
      color: #000000;
      background: #ffffff;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }

    .toolbar,
    .filters,
    .lane-toggles,
    .lane-toggle,
    .gather-lanes,
    .tooltip,
    .wheel-hint-anchor,
    .wheel-hint,
    .axis-pin,
    .notice button,
    .details .close,
    .table-wrap,
    .legend summary {
      display: none !important;
    }

    /* Every lane of the current layout, laid out at the paper's width (PrintController); the SVG
       scales by its viewBox to the box the page gives it. */
    .plot-frame,
    .plot-frame.all-lanes {
      max-height: none;
      overflow: visible;
      break-inside: avoid;
    }
    .plot {
      overflow: visible;
      cursor: auto;
    }
    .plot-svg {
      width: 100%;
      height: auto;
    }

    *,
    *:focus,
    *:focus-visible {
      outline: none !important;
    }
    .plot-svg g.mark:focus-visible .hit,
    .plot-svg g.cluster:focus-visible rect {
      stroke: none;
    }

    .legend,
    .legend[open] {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 16px;
      break-inside: avoid;
    }
    /* The key folded on a phone prints open: its heading (the fold's button) is not printed, and paper has the room. */
    .legend::details-content {
      content-visibility: visible;
    }
    .details,
    .heading {
      break-inside: avoid;
    }
    a {
      color: #000000;
    }

    .print-list {
      display: block;
      padding: 8px 0 0;
      border-top: 1px solid #000000;
      font-size: 12px;
      line-height: 1.35;
    }
    .print-list h3 {
      margin: 0 0 6px;
      font-size: 14px;
      break-after: avoid;
    }
    .print-list ol {
      margin: 0;
      padding-inline-start: 2.2em;
    }
    .print-list li {
      margin: 0 0 6px;
      break-inside: avoid;
    }
    .print-list p {
      margin: 0;
    }
    .print-url {
      overflow-wrap: anywhere;
    }
  }
`;
