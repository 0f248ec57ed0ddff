import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long the view must stay still before the live region announces it. */
const ANNOUNCE_DELAY_MS = 600;

/**
 * The polite live region that tells a screen reader where a gesture left the view ("March 2011 –
 * May 2011, 3 events"), once the view has stayed still: a drag that passes through twenty views
 * is one announcement, not twenty.
 */
export class ViewAnnouncer implements ReactiveController {
  private text = '';
  private timer = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The view in words, read when the announcement is made. */
    private readonly phrase: () => string,
  ) {
    host.addController(this);
  }

  /** A gesture ended: announce the view unless another one starts soon. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.text = this.phrase();
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  render(lang: string): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" lang=${lang}>${this.text}</div>`;
  }
}
