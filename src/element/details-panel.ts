import { html, nothing, type TemplateResult } from 'lit';
import { displayText, MAX_TITLE_LENGTH } from '../model/display-text.js';
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
      <h2 id="details-title" tabindex="-1">${displayText(event.title)}</h2>
      ${wholeText(event.title, MAX_TITLE_LENGTH, strings, lang)}
      <p class="when" part="details-date" lang=${lang}>${when}</p>
      ${event.description
        ? html`<p class="description">${displayText(event.description, MAX_DESCRIPTION_SHOWN)}</p>
            ${wholeText(event.description, MAX_DESCRIPTION_SHOWN, strings, lang)}`
        : nothing}
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

/** A description longer than this is shown cut, with the whole of it a click away. */
const MAX_DESCRIPTION_SHOWN = 2000;

/**
 * The whole of a text too long to show at once, folded: a closed `<details>` is not laid out, so a
 * megabyte title costs nothing until the reader asks for it, and then scrolls in a box of its own.
 */
function wholeText(text: string, shown: number, strings: UiStrings, lang: string): TemplateResult | typeof nothing {
  if (text.length <= shown) return nothing;
  return html`<details class="whole-text">
    <summary lang=${lang}>${strings.fullText}</summary>
    <div class="whole-text-body" tabindex="0">${text}</div>
  </details>`;
}
