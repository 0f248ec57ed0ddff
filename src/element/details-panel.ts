import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/timeline-event.js';
import { sourceLinks } from './source-links.js';
import type { UiStrings } from './ui-strings.js';

export interface DetailsPanelProps {
  readonly event: TimelineEvent;
  /** Language of the element's own words (the pack's tag); event text keeps the page's. */
  readonly lang: string;
  /** The event's date in words, with its precision. */
  readonly when: string;
  readonly strings: UiStrings;
  readonly onClose: () => void;
}

/**
 * The selected event, in full. Every field is bound as text (Lit escapes it);
 * links exist only for URLs the model accepted as http(s) or mailto.
 */
export function detailsPanel({ event, when, lang, strings, onClose }: DetailsPanelProps): TemplateResult {
  return html`
    <section class="details" part="details" role="region" aria-labelledby="details-title">
      <button class="close" part="button close-button" lang=${lang} aria-label=${strings.closeDetails} @click=${onClose}>
        <span class="icon" aria-hidden="true">×</span>
      </button>
      <h2 id="details-title" tabindex="-1">${event.title}</h2>
      <p class="when" part="details-date" lang=${lang}>${when}</p>
      ${event.description ? html`<p class="description">${event.description}</p>` : nothing}
      <dl>
        ${event.dateText
          ? html`<dt lang=${lang}>${strings.sourceSays}</dt>
              <dd>${strings.quote(event.dateText)}</dd>`
          : nothing}
        ${event.dateNote
          ? html`<dt lang=${lang}>${strings.howDated}</dt>
              <dd>${event.dateNote}</dd>`
          : nothing}
        ${event.category
          ? html`<dt lang=${lang}>${strings.category}</dt>
              <dd>${event.category}</dd>`
          : nothing}
        ${event.actors.length > 0
          ? html`<dt lang=${lang}>${strings.actors}</dt>
              <dd>${event.actors.join(strings.listSeparator)}</dd>`
          : nothing}
        ${event.sources.length > 0
          ? html`<dt lang=${lang}>${strings.sources}</dt>
              <dd>${sourceLinks(event.sources, strings.listSeparator)}</dd>`
          : nothing}
      </dl>
    </section>
  `;
}
