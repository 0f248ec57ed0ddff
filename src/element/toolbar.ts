import { html, nothing, type TemplateResult } from 'lit';
import { exportMenu, type ExportMenuProps } from './export-menu.js';
import type { UiStrings } from './ui-strings.js';
import { liveValue, type LiveValue } from './live-value.js';

export interface ToolbarProps {
  readonly strings: UiStrings;
  /** The pack's tag: the buttons speak the element's language. */
  readonly lang: string;
  /** The Previous and Next buttons (story-buttons.ts): they change with the view, without an update. */
  readonly storyButtons: LiveValue<TemplateResult | undefined>;
  readonly tableView: boolean;
  /** The view's ends in words, shown beside the buttons: it changes with each frame of a zoom, without an update. */
  readonly range: LiveValue<string>;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly onToggleTable: () => void;
  /** Whether the search box and filters show; the Filter button is left out while there is nothing to filter. */
  readonly filterOpen: boolean;
  readonly onToggleFilter: (() => void) | undefined;
  /** The Export menu (download SVG or PNG, print); left out without it. */
  readonly exportMenu?: ExportMenuProps | undefined;
}

/** The row of buttons over the plot: Previous, Next, zoom in and out, Show all, Table, Filter, Export. */
export function toolbar(p: ToolbarProps): TemplateResult {
  const s = p.strings;
  return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${s.toolbarLabel} lang=${p.lang}>
    ${liveValue(p.storyButtons)}
    <button part="button zoom-in" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${p.onZoomIn}>
      <span class="icon" aria-hidden="true">+</span>
    </button>
    <button part="button zoom-out" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${p.onZoomOut}>
      <span class="icon" aria-hidden="true">−</span>
    </button>
    <button part="button fit" aria-label=${s.fit} @click=${p.onFit}>
      <span class="icon narrow-only" aria-hidden="true">⤢</span><span class="text">${s.fit}</span>
    </button>
    <button part="button table-toggle" aria-pressed=${p.tableView ? 'true' : 'false'} aria-label=${s.showTable} @click=${p.onToggleTable}>
      <span class="icon narrow-only" aria-hidden="true">☰</span><span class="text">${s.showTable}</span>
    </button>
    ${p.onToggleFilter
      ? html`<button
          part="button filter-toggle"
          aria-expanded=${p.filterOpen ? 'true' : 'false'}
          aria-controls="filters"
          aria-label=${s.filterToggle}
          @click=${p.onToggleFilter}
        >
          <span class="icon narrow-only" aria-hidden="true">⌕</span><span class="text">${s.filterToggle}</span>
        </button>`
      : nothing}
    ${p.exportMenu ? exportMenu(s, p.exportMenu) : nothing}
    <span class="range" aria-hidden="true">${liveValue(p.range)}</span>
  </div>`;
}
