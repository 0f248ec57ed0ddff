import { html, nothing, type TemplateResult } from 'lit';
import type { EventDate } from '../model/event-date.js';
import { safeLink } from '../model/safe-url.js';
import type { EventSource } from '../model/timeline-event.js';
import type { UiStrings } from './ui-strings.js';

/** What the details panel and the table add after each source: its archived copy and when it was read. */
export interface SourceExtras {
  readonly strings: UiStrings;
  readonly lang: string;
  readonly describe: (date: EventDate) => string;
}

/**
 * An event's sources, in the order given: a link where the URL is http(s) or mailto, opened apart
 * from the page; otherwise the name as text. With `extras`, each source is followed by its archived
 * copy and when it was accessed.
 */
export function sourceLinks(sources: readonly EventSource[], separator: string, extras?: SourceExtras): TemplateResult[] {
  return sources.map(
    (source, i) =>
      html`${i > 0 ? separator : ''}${source.url ? outLink(source.url, source.name) : source.name}${extras
        ? sourceExtras(source, extras)
        : nothing}`,
  );
}

/**
 * A link opened apart from the page. The model keeps only safe URLs; this asks again, since an
 * `href` is where a `javascript:` URL would run: anything but http(s) or mailto stays text.
 */
function outLink(href: string, text: string, options: { className?: string; name?: string } = {}): TemplateResult | string {
  const link = safeLink(href);
  if (!link) return text;
  return html`<a
    class=${options.className ?? nothing}
    href=${link.href}
    aria-label=${options.name ?? nothing}
    target="_blank"
    rel="noopener noreferrer"
    >${text}</a
  >`;
}

/**
 * " (archived, accessed 12 March 2019)": the words in the element's language, the link opened apart
 * and named with the source it copies, since a list of links reads "archived" many times over.
 */
function sourceExtras(source: EventSource, { strings, lang, describe }: SourceExtras): TemplateResult | typeof nothing {
  if (source.archived === undefined && source.accessed === undefined) return nothing;
  const archived =
    source.archived !== undefined
      ? outLink(source.archived, strings.archived, { className: 'archived', name: strings.archivedCopyOf(source.name) })
      : nothing;
  const between = source.archived !== undefined && source.accessed !== undefined ? strings.listSeparator : '';
  const accessed =
    source.accessed !== undefined ? html`<span class="accessed">${strings.accessed(describe(source.accessed))}</span>` : nothing;
  return html` <span class="source-extras" lang=${lang}>(${archived}${between}${accessed})</span>`;
}
