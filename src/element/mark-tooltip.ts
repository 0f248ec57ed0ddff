import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TooltipText } from './tooltip-text.js';

export interface MarkTooltipProps {
  readonly text: TooltipText;
  /** Language of the element's own words (the pack's tag); an event's title keeps the page's. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The pointer left the tooltip (it may rest on the tooltip without leaving the mark's hover). */
  readonly onPointerLeave: () => void;
}

/**
 * The small label over a hovered or focused mark: its title and its date in words.
 * It repeats the mark's accessible name, so it is hidden from assistive technology
 * (`aria-describedby` would make screen readers say it twice). Positioned by
 * TooltipController after each render; bound as text, never as markup.
 */
export function markTooltip({ text, lang, dir, onPointerLeave }: MarkTooltipProps): TemplateResult {
  return html`<div class="tooltip" part="tooltip" role="tooltip" aria-hidden="true" dir=${dir} @pointerleave=${onPointerLeave}>
    <span class="tooltip-title" lang=${ifDefined(text.titleIsOwnWords ? lang : undefined)}>${text.title}</span>
    <span class="tooltip-when" lang=${lang}>${text.when}</span>
  </div>`;
}
