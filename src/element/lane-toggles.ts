import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from './cssom-style.js';
import type { LaneLayout } from '../layout/mark-layout.js';
import { LANE_HEADER_PX, LANE_NAME_INSET_PX } from '../layout/layout-timeline.js';
import type { UiStrings } from './ui-strings.js';

/** A touch target's least height (WCAG 2.5.8), centred on the lane's header line. */
const TOGGLE_HEIGHT_PX = 24;

export interface LaneTogglesProps {
  readonly lanes: readonly LaneLayout[];
  readonly strings: UiStrings;
  readonly lang: string;
  readonly rtl: boolean;
  /** Width of a lane's name as drawn, px. */
  readonly nameWidth: (name: string) => number;
  /** True when the gathered lane has been opened into a lane per value. */
  readonly allLanes: boolean;
  readonly onToggle: (lane: LaneLayout) => void;
  /** Gathers the lanes again after the gathered lane was opened. */
  readonly onGather: () => void;
}

/**
 * A button over each lane's name in the plot: it folds the lane to a strip of density columns and
 * unfolds it, and on the gathered lane ("Other (214)") it opens a lane for each value it holds. HTML
 * buttons, not SVG, so that every reader can reach and press them, and they say their state.
 */
export function laneToggles(p: LaneTogglesProps): TemplateResult | typeof nothing {
  const named = p.lanes.filter((lane) => lane.label !== '');
  if (named.length === 0) return nothing;
  const side = p.rtl ? 'right' : 'left';
  return html`<div class="lane-toggles" lang=${p.lang}>
    ${named.map((lane) => {
      const gathered = lane.gathered !== undefined;
      const width = LANE_NAME_INSET_PX + p.nameWidth(lane.label) + 4;
      return html`<button
        class="lane-toggle"
        part="lane-toggle"
        data-lane=${lane.key}
        ${cssomStyle({ top: `${lane.y0 + (LANE_HEADER_PX - TOGGLE_HEIGHT_PX) / 2}px`, [side]: '0', width: `${width}px`, height: `${TOGGLE_HEIGHT_PX}px` })}
        aria-expanded=${gathered ? 'false' : String(!lane.collapsed)}
        aria-label=${`${lane.label}: ${p.strings.eventCount(lane.eventCount)}`}
        title=${`${lane.label}: ${p.strings.eventCount(lane.eventCount)}`}
        @click=${() => p.onToggle(lane)}
      ><span class="chevron" aria-hidden="true">${gathered || lane.collapsed ? '▸' : '▾'}</span></button>`;
    })}
    ${p.allLanes
      ? html`<button class="gather-lanes" part="button gather-lanes" aria-expanded="true" @click=${p.onGather}>
          ${p.strings.otherLane} <span aria-hidden="true">▴</span>
        </button>`
      : nothing}
  </div>`;
}
