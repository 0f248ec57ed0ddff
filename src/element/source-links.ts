import { html, type TemplateResult } from 'lit';
import type { EventSource } from '../model/timeline-event.js';

/**
 * An event's sources, in the order given: a link where the model accepted the URL
 * (http(s) or mailto), opened apart from the page; otherwise the name as text.
 */
export function sourceLinks(sources: readonly EventSource[], separator: string): TemplateResult[] {
  return sources.map(
    (source, i) =>
      html`${i > 0 ? separator : ''}${source.url
        ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${source.name}</a>`
        : source.name}`,
  );
}
