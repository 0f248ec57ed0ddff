import { html, nothing, type TemplateResult } from 'lit';
import type { DiagnosticsDetail } from './timeline-events.js';
import type { UiStrings } from './ui-strings.js';

/** Reasons listed in the notice; all of them are in ct-diagnostics. A list of 50,000 would stall the page. */
const MAX_LISTED_REJECTIONS = 100;

/** Where the data stands, as the notice above the plot tells it. */
export type LoadStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  /** A large load being validated; `share` done, once it has taken long enough to show. */
  | { readonly kind: 'preparing'; readonly share: number }
  | { readonly kind: 'failed'; readonly message: string }
  /** The server gave no complete answer within the time limit. */
  | { readonly kind: 'timed-out'; readonly seconds: number }
  /** The reader pressed Cancel. */
  | { readonly kind: 'cancelled' };

export interface LoadNoticeProps {
  readonly status: LoadStatus;
  /** The last load's report; its rejections are listed unless dismissed. */
  readonly diagnostics?: DiagnosticsDetail;
  readonly dismissed: boolean;
  readonly strings: UiStrings;
  /** The pack's tag: the element's own words are in it; reasons and server messages are English. */
  readonly lang: string;
  readonly onRetry: () => void;
  readonly onCancel: () => void;
  readonly onDismiss: () => void;
}

/** The notice above the plot: loading, progress, a failed load with retry, or the records that were rejected. */
export function loadNotice(props: LoadNoticeProps): TemplateResult | typeof nothing {
  const { status, strings: s, lang } = props;
  switch (status.kind) {
    case 'preparing': {
      const percent = Math.floor(status.share * 100);
      return html`<div class="notice" part="notice" role="status" lang=${lang}>
        <span>${s.preparing(percent)}</span>
        <progress max="100" value=${percent} aria-label=${s.preparing(percent)}></progress>
      </div>`;
    }
    case 'loading':
      return html`<div class="notice" part="notice" role="status" lang=${lang}>
        <span>${s.loading}</span>
        <button part="button cancel" @click=${props.onCancel}>${s.cancelLoad}</button>
      </div>`;
    case 'timed-out':
      // The time limit is the element's own words; a server's or reader's reason is English.
      return failedNotice(props, s.loadTimedOut(status.seconds));
    case 'failed':
      return failedNotice(props, html`<span lang="en">${status.message}</span>`);
    case 'cancelled':
      return html`<div class="notice" part="notice" role="status" lang=${lang}>
        <span>${s.loadCancelled}</span>
        <button part="button retry" @click=${props.onRetry}>${s.retry}</button>
      </div>`;
    case 'idle':
      return rejectionNotice(props);
  }
}

/** A load that ended without data: an alert with its reason and a retry, whatever the reason. */
function failedNotice({ strings: s, lang, onRetry }: LoadNoticeProps, reason: string | TemplateResult): TemplateResult {
  return html`<div class="notice error" part="notice" role="alert" lang=${lang}>
    <span><strong>${s.loadFailed}:</strong> ${reason}</span>
    <button part="button retry" @click=${onRetry}>${s.retry}</button>
  </div>`;
}

function rejectionNotice({ diagnostics: d, dismissed, strings: s, lang, onDismiss }: LoadNoticeProps) {
  if (!d || d.rejected.length === 0 || dismissed) return nothing;
  const unlisted = d.rejected.length - MAX_LISTED_REJECTIONS;
  return html`<div class="notice" part="notice" role="status" lang=${lang}>
    <details>
      <summary>${s.rejectedNotice(d.rejected.length, d.accepted + d.rejected.length)} — ${s.details}</summary>
      <ul>
        ${d.rejected.slice(0, MAX_LISTED_REJECTIONS).map((r) => html`<li lang="en">${r.reason}</li>`)}
        ${unlisted > 0 ? html`<li>${s.andMore(unlisted)}</li>` : nothing}
      </ul>
    </details>
    <button part="button dismiss" @click=${onDismiss}>${s.dismiss}</button>
  </div>`;
}
