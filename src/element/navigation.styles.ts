import { css } from 'lit';

/** The story step buttons and the wheel hint. */
export const navigationStyles = css`
  /* In rtl, later is to the left: the arrows point the way time runs on screen. */
  :host(:dir(rtl)) .step-icon {
    display: inline-block;
    transform: scaleX(-1);
  }
  .story-step {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .story-step[aria-disabled='true'] {
    color: var(--_ct-muted);
    border-style: dashed;
    cursor: default;
  }
  .story-step[aria-disabled='true']:hover {
    border-color: var(--_ct-border);
  }

  .wheel-hint-anchor {
    position: relative;
    height: 0;
  }
  .wheel-hint {
    position: absolute;
    bottom: 16px;
    inset-inline: 0;
    width: max-content;
    max-width: calc(100% - 32px);
    margin-inline: auto;
    padding: 6px 12px;
    border-radius: 6px;
    background: var(--_ct-text);
    color: var(--_ct-bg);
    font-size: 13px;
    text-align: center;
    pointer-events: none;
    opacity: 0;
    visibility: hidden;
    transition:
      opacity 0.25s,
      visibility 0s linear 0.25s;
  }
  .wheel-hint.shown {
    opacity: 1;
    visibility: visible;
    transition: opacity 0.15s;
  }
  @media (forced-colors: active) {
    .wheel-hint {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
