import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/timeline-event.js';
import type { UiStrings } from './ui-strings.js';

export interface DetailsPanelProps {
  readonly event: TimelineEvent;
  /** The event's date in words, with its precision. */
  readonly when: string;
  readonly strings: UiStrings;
  readonly onClose: () => void;
}

/**
 * The selected event, in full. Every field is bound as text (Lit escapes it);
 * links exist only for URLs the model accepted as http(s) or mailto.
 */
export function detailsPanel({ event, when, strings, onClose }: DetailsPanelProps): TemplateResult {
  return html`
    <section class="details" part="details" role="region" aria-labelledby="details-title">
      <button class="close" part="button close-button" aria-label=${strings.closeDetails} @click=${onClose}>
        <span class="icon" aria-hidden="true">×</span>
      </button>
      <h2 id="details-title" tabindex="-1">${event.title}</h2>
      <p class="when" part="details-date">${when}</p>
      ${event.description ? html`<p class="description">${event.description}</p>` : nothing}
      <dl>
        ${event.dateText
          ? html`<dt>${strings.sourceSays}</dt>
              <dd>“${event.dateText}”</dd>`
          : nothing}
        ${event.dateNote
          ? html`<dt>${strings.howDated}</dt>
              <dd>${event.dateNote}</dd>`
          : nothing}
        ${event.actors.length > 0
          ? html`<dt>${strings.actors}</dt>
              <dd>${event.actors.join(', ')}</dd>`
          : nothing}
        ${event.sources.length > 0
          ? html`<dt>${strings.sources}</dt>
              <dd>
                ${event.sources.map(
                  (source, i) =>
                    html`${i > 0 ? ', ' : ''}${source.url
                      ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${source.name}</a>`
                      : source.name}`,
                )}
              </dd>`
          : nothing}
      </dl>
    </section>
  `;
}
