import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { drawnSet } from '../layout/layout-alternatives.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { drawLegendSwatch, LEGEND_KINDS, type LegendKind } from '../render/legend-swatches.js';
import type { LegendStrings } from './ui-strings.js';

export interface LegendProps {
  readonly strings: LegendStrings;
  /** Language of the element's own words (the pack's tag). */
  readonly lang: string;
  readonly open: boolean;
  readonly hidden: boolean;
  readonly onToggle: (open: boolean) => void;
  /** The kinds of mark the data has cues for; the confidence cues are left out of the key when no event has them. */
  readonly kinds?: readonly LegendKind[];
}

/** Kinds of mark drawn for every dataset; the others (sets of dates, confidence cues) only when an event has one. */
const ALWAYS: readonly LegendKind[] = ['exact', 'soft', 'hedged', 'span', 'ongoing'];

const SET_KINDS = { 'one-of': 'oneOf', 'all-of': 'allOf' } as const satisfies Record<string, LegendKind>;

/** The key's entries for these events: the marks every timeline has, and the sets and confidence cues they use. */
export function legendKindsFor(events: readonly TimelineEvent[]): readonly LegendKind[] {
  const used = new Set<string>();
  for (const event of events) {
    if (event.confidence !== undefined) used.add(event.confidence.toLowerCase());
    const set = drawnSet(event);
    if (set) used.add(SET_KINDS[set.kind]);
  }
  return LEGEND_KINDS.filter((kind) => ALWAYS.includes(kind) || used.has(kind));
}

/**
 * What the marks mean, each beside a swatch that the plot's own renderer draws. Lit renders each
 * swatch's empty <svg> and never its content; the drawing is done once per swatch element.
 * In right-to-left the styles mirror the swatches, as time runs right to left in the plot.
 */
export function legend({ strings, lang, open, hidden, onToggle, kinds = LEGEND_KINDS }: LegendProps): TemplateResult {
  return html`<details
    class="legend"
    part="legend"
    lang=${lang}
    ?open=${open}
    ?hidden=${hidden}
    @toggle=${(e: Event) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${strings.title}</summary>
    <ul>
      ${kinds.map(
        (kind) => html`<li data-kind=${kind}><svg class="swatch" ${ref(SWATCH_DRAWERS[kind])}></svg><span>${strings[kind]}</span></li>`,
      )}
    </ul>
  </details>`;
}

/** One stable callback per kind, so Lit calls it when the swatch element appears, not on every render. */
const SWATCH_DRAWERS = Object.fromEntries(
  LEGEND_KINDS.map((kind) => [kind, (svg?: Element) => svg instanceof SVGSVGElement && drawLegendSwatch(svg, kind)]),
) as Record<LegendKind, (svg?: Element) => void>;
