/** The whole page as one picture of the state: each step is its own view. */
import { html, type TemplateResult } from 'lit';
import type { AuthorActions } from './author-actions.js';
import type { AuthorEvents } from './author-events.js';
import type { AuthorState } from './author-state.js';
import { draftsView } from './drafts-view.js';
import { embedView } from './embed-view.js';
import { eventsTableView } from './events-table-view.js';
import { previewView } from './preview-view.js';
import { sourcesView } from './sources-view.js';

export interface AuthorViewProps {
  readonly state: AuthorState;
  readonly events: AuthorEvents;
  readonly snippet: string;
}

export function authorView({ state, events, snippet }: AuthorViewProps, actions: AuthorActions): TemplateResult {
  return html`
    ${sourcesView(state, actions)} ${draftsView(state.drafts, actions)} ${eventsTableView(state.rows, events, actions)}
    ${previewView(state.label, events.accepted, actions)}
    ${embedView({ kind: state.embedKind, dataUrl: state.dataUrl, snippet, eventCount: events.accepted.length }, actions)}
    <section class="step" aria-labelledby="over-title">
      <h2 id="over-title">Start over</h2>
      <p class="hint">Your work is kept in this browser as you go, and stays after a reload. Starting over forgets it.</p>
      <button type="button" class="danger" @click=${() => actions.startOver()}>Forget all this work</button>
    </section>
  `;
}
