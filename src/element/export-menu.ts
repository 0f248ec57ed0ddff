import { html, type TemplateResult } from 'lit';
import type { ExportAction } from './export-controller.js';
import type { UiStrings } from './ui-strings.js';

/**
 * The toolbar's Export menu: a <details> whose summary is the button, so it opens with Enter or Space
 * and its items are plain buttons in the tab order. Escape closes it and gives focus back to the button.
 */
export function exportMenu(strings: UiStrings, onExport: (action: ExportAction) => void): TemplateResult {
  const choose = (action: ExportAction) => (e: Event) => {
    const menu = (e.currentTarget as HTMLElement).closest('details');
    if (menu) menu.open = false;
    onExport(action);
  };
  return html`<details class="export-menu" part="export-menu" @keydown=${closeOnEscape}>
    <summary part="button export" aria-label=${strings.exportMenu}>
      <span class="icon narrow-only" aria-hidden="true">⤓</span><span class="text">${strings.exportMenu}</span>
    </summary>
    <div class="export-items">
      <button type="button" part="button export-svg" @click=${choose('svg')}>${strings.downloadSvg}</button>
      <button type="button" part="button export-png" @click=${choose('png')}>${strings.downloadPng}</button>
      <button type="button" part="button print" @click=${choose('print')}>${strings.print}</button>
    </div>
  </details>`;
}

function closeOnEscape(e: KeyboardEvent): void {
  const menu = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !menu.open) return;
  e.stopPropagation();
  menu.open = false;
  menu.querySelector('summary')?.focus();
}
