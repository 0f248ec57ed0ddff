/** Step 4: the timeline as readers will see it, drawn by the element itself from the accepted events. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AuthorActions } from './author-actions.js';
import type { EventRecord } from './event-row.js';

export function previewView(label: string, accepted: readonly EventRecord[], actions: AuthorActions): TemplateResult {
  return html`
    <section class="step" aria-labelledby="preview-title">
      <h2 id="preview-title">4. Preview</h2>
      <label class="field" for="timeline-label">Title of the timeline (read out to screen reader users)</label>
      <input id="timeline-label" name="label" .value=${live(label)} @input=${(event: Event) => actions.text('label', (event.target as HTMLInputElement).value)}
        placeholder="Russia, Turkey and Idlib, 2011–2019" />
      <p class="hint">${accepted.length === 1 ? '1 event' : `${accepted.length} events`} on the timeline.</p>
      <conflict-timeline id="preview" .events=${accepted} label=${label.trim() || 'Preview of your timeline'}></conflict-timeline>
    </section>
  `;
}
