import { html, nothing, type TemplateResult } from 'lit';
import { isConfidenceLevel } from '../model/confidence.js';
import { displayText } from '../model/display-text.js';
import type { EventDate } from '../model/event-date.js';
import type { DateClaim, EventSource, TimelineEvent } from '../model/timeline-event.js';
import type { UiStrings } from './ui-strings.js';

export interface PrintListProps {
  readonly events: readonly TimelineEvent[];
  readonly caption: string;
  readonly strings: UiStrings;
  readonly lang: string;
  readonly whenOf: (event: TimelineEvent) => string;
  readonly dateInWords: (date: EventDate) => string;
}

/**
 * The events in view as a printed page reads them: each title with its date in words, its actors and
 * its sources, the sources' addresses written out, since paper cannot follow a link.
 */
export function printList(props: PrintListProps): TemplateResult {
  const { strings: s } = props;
  return html`<section class="print-list" part="print-list" lang=${props.lang}>
    <h3>${props.caption}</h3>
    <ol>
      ${props.events.map(
        (event) => html`<li data-id=${event.id}>
          <p class="print-title"><strong>${displayText(event.title)}</strong></p>
          <p class="print-when">${props.whenOf(event)}</p>
          ${event.dateClaims
            ? html`<p class="print-date-claims">
                ${s.datesGiven}: ${event.dateClaims.map((claim, i) => html`${i > 0 ? '; ' : ''}${claimText(claim, props)}`)}
              </p>`
            : nothing}
          ${event.actors.length > 0 ? html`<p class="print-actors">${s.actors}: ${event.actors.join(s.listSeparator)}</p>` : nothing}
          ${event.confidence
            ? html`<p class="print-confidence">
                ${s.confidence}: ${isConfidenceLevel(event.confidence) ? s.confidenceLevels[event.confidence] : event.confidence}
              </p>`
            : nothing}
          ${event.sources.length > 0
            ? html`<p class="print-sources">${s.sources}: ${event.sources.map((source, i) => html`${i > 0 ? s.listSeparator : ''}${sourceText(source, s)}`)}</p>`
            : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}

/** "17 September 2018 (TASS <https://…>) — note": on paper, whose date is which, with addresses. */
function claimText(claim: DateClaim, props: PrintListProps): TemplateResult {
  const s = props.strings;
  const sources = claim.sources.map((source, i) => html`${i > 0 ? s.listSeparator : ''}${sourceText(source, s)}`);
  return html`${props.dateInWords(claim.date)}${claim.sources.length > 0 ? html` (${sources})` : nothing}${claim.note ? ` — ${claim.note}` : ''}`;
}

/** A source's name, and its address (and its archived copy's) where the model accepted one. */
function sourceText(source: EventSource, s: UiStrings): TemplateResult {
  const archived = source.archived ? html` (${s.archived} ${address(source.archived)})` : nothing;
  return source.url ? html`${source.name} ${address(source.url)}${archived}` : html`${source.name}${archived}`;
}

/** An address in angle brackets, set apart left to right: in a right-to-left list the brackets would turn round. */
function address(url: string): TemplateResult {
  return html`<span class="print-url" dir="ltr">&lt;${url}&gt;</span>`;
}
