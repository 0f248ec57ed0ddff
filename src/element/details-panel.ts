import { html, nothing, type TemplateResult } from 'lit';
import { displayText, MAX_TITLE_LENGTH } from '../model/display-text.js';
import type { DateClaim, TimelineEvent } from '../model/timeline-event.js';
import { isConfidenceLevel } from '../model/confidence.js';
import { reportLag } from '../model/report-lag.js';
import { sourceLinks, type SourceExtras } from './source-links.js';
import type { TimelineWords } from './timeline-words.js';
import type { UiStrings } from './ui-strings.js';

export interface DetailsPanelProps {
  readonly event: TimelineEvent;
  /** Language of the element's own words (the pack's tag); event text keeps the page's. */
  readonly lang: string;
  /** Dates in words in the element's language. */
  readonly words: TimelineWords;
  readonly strings: UiStrings;
  readonly onClose: () => void;
}

/**
 * The selected event, in full. Every field is bound as text (Lit escapes it);
 * links exist only for URLs the model accepted as http(s) or mailto.
 */
export function detailsPanel({ event, words, lang, strings, onClose }: DetailsPanelProps): TemplateResult {
  const describe = words.dateInWords;
  return html`
    <section class="details" part="details" role="region" aria-labelledby="details-title">
      <button class="close" part="button close-button" lang=${lang} aria-label=${strings.closeDetails} @click=${onClose}>
        <span class="icon" aria-hidden="true">×</span>
      </button>
      <h2 id="details-title" tabindex="-1">${displayText(event.title)}</h2>
      ${wholeText(event.title, MAX_TITLE_LENGTH, strings, lang)}
      <p class="when" part="details-date" lang=${lang}>${words.whenOf(event)}</p>
      ${event.reported
        ? html`<p class="reported" part="details-reported" lang=${lang}>
            ${strings.reported(reportLag(event, event.reported), describe(event.reported))}
          </p>`
        : nothing}
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
        ${event.dateClaims
          ? html`<dt lang=${lang}>${strings.datesGiven}</dt>
              <dd>${dateClaimList(event.dateClaims, { strings, lang, describe })}</dd>`
          : nothing}
        ${event.confidence
          ? html`<dt lang=${lang}>${strings.confidence}</dt>
              <dd class="confidence" data-confidence=${event.confidence}>${confidenceWord(event.confidence, strings)}</dd>`
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
              <dd>${sourceLinks(event.sources, strings.listSeparator, { strings, lang, describe })}</dd>`
          : nothing}
      </dl>
    </section>
  `;
}

/**
 * Who gives which date: "17 September 2018 (TASS)", one line each, the date in the element's
 * language, the sources linked as in the sources list, and the author's note after a dash.
 */
function dateClaimList(claims: readonly DateClaim[], extras: SourceExtras): TemplateResult {
  const { strings, lang, describe } = extras;
  return html`<ul class="date-claims" part="details-date-claims">
    ${claims.map(
      (claim) =>
        html`<li>
          <span lang=${lang}>${describe(claim.date)}</span>${claim.sources.length > 0
            ? html` (${sourceLinks(claim.sources, strings.listSeparator)})`
            : nothing}${claim.note ? html` — ${claim.note}` : nothing}
        </li>`,
    )}
  </ul>`;
}

/** A level in the element's language (with its lang); the author's own word as given, in the page's. */
function confidenceWord(confidence: string, strings: UiStrings): TemplateResult | string {
  return isConfidenceLevel(confidence) ? strings.confidenceLevels[confidence] : confidence;
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
