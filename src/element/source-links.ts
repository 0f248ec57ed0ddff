import { html, nothing, type TemplateResult } from 'lit';
import type { EventDate } from '../model/event-date.js';
import type { EventSource } from '../model/timeline-event.js';
import type { UiStrings } from './ui-strings.js';

/** What the details panel adds after each source: its archived copy and when it was read. */
export interface SourceExtras {
  readonly strings: UiStrings;
  readonly lang: string;
  readonly describe: (date: EventDate) => string;
}

/**
 * An event's sources, in the order given: a link where the model accepted the URL
 * (http(s) or mailto), opened apart from the page; otherwise the name as text.
 * With `extras`, each source is followed by its archived copy and when it was accessed.
 */
export function sourceLinks(sources: readonly EventSource[], separator: string, extras?: SourceExtras): TemplateResult[] {
  return sources.map(
    (source, i) =>
      html`${i > 0 ? separator : ''}${source.url ? outLink(source.url, source.name) : source.name}${extras
        ? sourceExtras(source, extras)
        : nothing}`,
  );
}

function outLink(href: string, text: string, className?: string): TemplateResult {
  return html`<a class=${className ?? nothing} href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`;
}

/** " (archived, accessed 12 March 2019)": the words in the element's language, the link opened apart. */
function sourceExtras(source: EventSource, { strings, lang, describe }: SourceExtras): TemplateResult | typeof nothing {
  if (source.archived === undefined && source.accessed === undefined) return nothing;
  const archived = source.archived !== undefined ? outLink(source.archived, strings.archived, 'archived') : nothing;
  const between = source.archived !== undefined && source.accessed !== undefined ? strings.listSeparator : '';
  const accessed =
    source.accessed !== undefined ? html`<span class="accessed">${strings.accessed(describe(source.accessed))}</span>` : nothing;
  return html` <span class="source-extras" lang=${lang}>(${archived}${between}${accessed})</span>`;
}
