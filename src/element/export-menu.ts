import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from './ui-strings.js';

export type ExportAction = 'svg' | 'png' | 'print';

export interface ExportMenuProps {
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
  readonly onChoose: (action: ExportAction) => void;
}

/**
 * The toolbar's Export menu: a <details> whose summary is the button, so it opens with Enter or Space
 * and its items are plain buttons in the tab order. The items exist only while it is open: closed, the
 * toolbar holds one control for it. Escape closes it and gives focus back to the button.
 */
export function exportMenu(strings: UiStrings, menu: ExportMenuProps): TemplateResult {
  const choose = (action: ExportAction) => () => {
    menu.onToggle(false);
    menu.onChoose(action);
  };
  return html`<details
    class="export-menu"
    part="export-menu"
    ?open=${menu.open}
    @toggle=${(e: Event) => menu.onToggle((e.currentTarget as HTMLDetailsElement).open)}
    @keydown=${(e: KeyboardEvent) => closeOnEscape(e, menu)}
  >
    <summary part="button export" aria-label=${strings.exportMenu}>
      <span class="icon narrow-only" aria-hidden="true">⤓</span><span class="text">${strings.exportMenu}</span>
    </summary>
    ${menu.open
      ? html`<div class="export-items">
          <button type="button" part="button export-svg" @click=${choose('svg')}>${strings.downloadSvg}</button>
          <button type="button" part="button export-png" @click=${choose('png')}>${strings.downloadPng}</button>
          <button type="button" part="button print" @click=${choose('print')}>${strings.print}</button>
        </div>`
      : nothing}
  </details>`;
}

function closeOnEscape(e: KeyboardEvent, menu: ExportMenuProps): void {
  if (e.key !== 'Escape' || !menu.open) return;
  e.stopPropagation();
  menu.onToggle(false);
  (e.currentTarget as HTMLElement).querySelector('summary')?.focus();
}
