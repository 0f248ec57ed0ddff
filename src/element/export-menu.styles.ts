import { css } from 'lit';

/** The toolbar's Export menu: its summary drawn as a toolbar button, its items in a small popup under it. */
export const exportMenuStyles = css`
  .export-menu {
    position: relative;
  }
  .export-menu > summary {
    list-style: none;
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-width: 32px;
    min-height: 32px;
    padding: 2px 10px;
    border: 1px solid var(--_ct-border);
    border-radius: 6px;
    background: var(--_ct-bg);
    color: var(--_ct-text);
    cursor: pointer;
  }
  .export-menu > summary::-webkit-details-marker {
    display: none;
  }
  .export-menu > summary::after {
    content: '▾';
    margin-inline-start: 4px;
    font-size: 11px;
  }
  .export-menu > summary:hover {
    border-color: var(--_ct-accent);
  }
  .export-menu > summary:focus-visible {
    outline: 3px solid var(--_ct-focus);
    outline-offset: 2px;
  }
  .export-items {
    position: absolute;
    z-index: 3;
    top: calc(100% + 4px);
    /* Under the button, opening toward the toolbar's start: the button may stand at its end. */
    inset-inline-end: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 4px;
    border: 1px solid var(--_ct-border);
    border-radius: 6px;
    background: var(--_ct-surface);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  .export-items button {
    text-align: start;
    white-space: nowrap;
  }
  @media print {
    .export-menu {
      display: none;
    }
  }
`;
