import { html, nothing, type TemplateResult } from 'lit';
import type { DiagnosticsDetail } from './timeline-events.js';
import type { UiStrings } from './ui-strings.js';
import type { LoadProgress } from '../worker/load-protocol.js';

/** Reasons listed in the notice; all of them are in ct-diagnostics. A list of 50,000 would stall the page. */
const MAX_LISTED_REJECTIONS = 100;

/** Where the data stands, as the notice above the plot tells it. */
export type LoadStatus =
  | { readonly kind: 'idle' }
  /** A `src` load under way, with what it has read once it says. */
  | { readonly kind: 'loading'; readonly progress?: LoadProgress }
  /**
   * A large load being validated; `share` done, once it has taken long enough to show. `cancellable`:
   * a `src` load, which the reader may still stop.
   */
  | { readonly kind: 'preparing'; readonly share: number; readonly cancellable?: boolean }
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
        ${progressWords(s.preparing(percent), s.preparing(Math.floor(percent / SPOKEN_PERCENT_STEP) * SPOKEN_PERCENT_STEP))}
        <progress max="100" value=${percent} aria-label=${s.loading}></progress>
        ${status.cancellable ? cancelButton(props) : nothing}
      </div>`;
    }
    case 'loading':
      return html`<div class="notice" part="notice" role="status" lang=${lang}>
        ${status.progress ? loadProgress(s, status.progress) : html`<span>${s.loading}</span>`}
        ${cancelButton(props)}
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

/**
 * A screen reader hears the notice (role=status, polite) whenever its text changes, and a big load's
 * numbers change every tenth of a second: what it reads is the same sentence in coarse steps (quarters
 * of the whole, or the first digit), while the figures on screen, hidden from it, follow every report.
 */
const SPOKEN_PERCENT_STEP = 25;

function progressWords(shown: string, spoken: string): TemplateResult {
  return html`<span aria-hidden="true">${shown}</span><span class="visually-hidden">${spoken}</span>`;
}

function loadProgress(s: UiStrings, { bytes, totalBytes, rows }: LoadProgress): TemplateResult {
  const shown = s.loadProgress(bytes, totalBytes, rows);
  const spokenBytes = totalBytes ? (Math.floor((bytes / totalBytes) * 4) / 4) * totalBytes : firstDigit(bytes);
  const spoken = s.loadProgress(spokenBytes, totalBytes, rows === undefined ? undefined : firstDigit(rows));
  if (!totalBytes) return progressWords(shown, spoken);
  // The bar says how far in figures a screen reader can ask for; its name stays, so it is not read out on each change.
  return html`${progressWords(shown, spoken)}<progress max=${totalBytes} value=${Math.min(bytes, totalBytes)} aria-label=${s.loading}></progress>`;
}

/** A count floored to its first digit (31,200 → 30,000): it changes a few times per power of ten. */
function firstDigit(n: number): number {
  if (n < 10) return Math.floor(n);
  const unit = 10 ** Math.floor(Math.log10(n));
  return Math.floor(n / unit) * unit;
}

function cancelButton({ strings: s, onCancel }: LoadNoticeProps): TemplateResult {
  return html`<button part="button cancel" @click=${onCancel}>${s.cancelLoad}</button>`;
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
