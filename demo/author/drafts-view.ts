/** Step 2: the dates found in the article, each a sentence to accept into the table or dismiss. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AuthorActions } from './author-actions.js';
import type { DraftItem } from './author-state.js';
import { datesInWords } from './typed-date.js';

export function draftsView(drafts: readonly DraftItem[], actions: AuthorActions): TemplateResult | typeof nothing {
  if (drafts.length === 0) return nothing;
  const open = drafts.filter((item) => item.status === 'open').length;
  return html`
    <section class="step" aria-labelledby="drafts-title">
      <h2 id="drafts-title" tabindex="-1">2. Dates found in the article</h2>
      <p class="intro">
        Each draft is a sentence of the article with the date it mentions, placed on the calendar from the publication date.
        Accept the ones that are events; you can correct them in the table below.
      </p>
      ${open > 1 ? html`<p><button type="button" @click=${() => actions.acceptAllDrafts()}>Accept all ${open} open drafts</button></p>` : nothing}
      <ol class="drafts">
        ${drafts.map((item, index) => draftItem(item, index, actions))}
      </ol>
    </section>
  `;
}

function draftItem({ draft, status }: DraftItem, index: number, actions: AuthorActions): TemplateResult {
  const titleId = `draft-title-${index}`;
  return html`
    <li class="draft ${status}" data-draft=${index}>
      <p class="draft-date">
        <q>${draft.dateText}</q>
        ${draft.start === undefined
          ? html`<span class="problem">could not be placed${draft.reason ? `: ${draft.reason}` : ''}</span>`
          : html`<span aria-hidden="true">→</span> <strong>${datesInWords(draft.start, draft.end)}</strong>`}
      </p>
      ${draft.dateNote ? html`<p class="draft-note">${draft.dateNote}</p>` : nothing}
      <p class="draft-title" id=${titleId}>${draft.title}</p>
      <div class="actions">${draftButtons(status, index, titleId, actions)}</div>
    </li>
  `;
}

function draftButtons(status: DraftItem['status'], index: number, titleId: string, actions: AuthorActions): TemplateResult {
  switch (status) {
    case 'accepted':
      return html`<span class="done">Accepted: in the table</span>`;
    case 'dismissed':
      return html`<span class="done">Dismissed</span>
        <button type="button" class="restore" aria-describedby=${titleId} @click=${() => actions.restoreDraft(index)}>Restore</button>`;
    case 'open':
      return html`<button type="button" class="accept" aria-describedby=${titleId} @click=${() => actions.acceptDraft(index)}>Accept</button>
        <button type="button" class="dismiss" aria-describedby=${titleId} @click=${() => actions.dismissDraft(index)}>Dismiss</button>`;
  }
}
