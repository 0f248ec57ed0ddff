/** Step 5: the code for the journalist's page, and the events as files. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AuthorActions } from './author-actions.js';
import type { EmbedKind } from './author-state.js';

export interface EmbedViewProps {
  readonly kind: EmbedKind;
  readonly dataUrl: string;
  readonly snippet: string;
  readonly eventCount: number;
}

export function embedView({ kind, dataUrl, snippet, eventCount }: EmbedViewProps, actions: AuthorActions): TemplateResult {
  const choose = (value: EmbedKind) => () => actions.embedKind(value);
  return html`
    <section class="step" aria-labelledby="embed-title">
      <h2 id="embed-title">5. Put it on your page</h2>
      <fieldset class="embed-kind">
        <legend>Kind of code</legend>
        <label><input type="radio" name="embed-kind" value="list" .checked=${live(kind === 'list')} @change=${choose('list')} />
          Script and list: the events are in the code, and read as a plain list where scripts do not run</label>
        <label><input type="radio" name="embed-kind" value="frame" .checked=${live(kind === 'frame')} @change=${choose('frame')} />
          Frame: for sites that remove scripts (WordPress without “unfiltered HTML”, many CMSes)</label>
      </fieldset>
      ${kind === 'frame'
        ? html`<label class="field" for="data-url">Address of your events file</label>
            <input id="data-url" name="dataUrl" type="url" .value=${live(dataUrl)} placeholder="https://example.org/timeline-events.json"
              aria-describedby="data-url-hint" @input=${(event: Event) => actions.text('dataUrl', (event.target as HTMLInputElement).value)} />
            <p class="hint" id="data-url-hint">Download the events as JSON (below), put the file on your site, and give its address here. The site must let other pages read it (CORS).</p>`
        : nothing}
      <label class="field" for="snippet">Code to paste into your page${eventCount === 0 ? ' (no events yet)' : ''}</label>
      <textarea id="snippet" name="snippet" readonly rows="10" spellcheck="false" .value=${live(snippet)}></textarea>
      <div class="actions">
        <button type="button" class="primary" id="copy-snippet" @click=${() => actions.copySnippet()}>Copy the code</button>
        <button type="button" id="download-json" @click=${() => actions.download('json')}>Download JSON</button>
        <button type="button" id="download-csv" @click=${() => actions.download('csv')}>Download CSV</button>
      </div>
    </section>
  `;
}
