import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/timeline-event.js';
import { printList } from './print-list.js';
import type { UiStrings } from './ui-strings.js';

export interface PrintRenderProps {
  readonly strings: UiStrings;
  readonly lang: string;
  /** The list's heading, given how many events it lists. */
  readonly caption: (count: number) => string;
  readonly whenOf: (event: TimelineEvent) => string;
}

/**
 * Whether the page is being printed, told by `beforeprint`/`afterprint` and by the print media query
 * (which an emulated print medium also changes). The printed list of events is drawn only then, so
 * the screen's DOM stays small; the events are those in view when it is drawn.
 */
export class PrintController implements ReactiveController {
  /** The page is being printed (or shown as print). */
  printing = false;
  private media?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly eventsInView: () => readonly TimelineEvent[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.start);
    window.addEventListener('afterprint', this.stop);
    // Test DOMs (jsdom) have no matchMedia: print events alone, then.
    if (typeof window.matchMedia !== 'function') return;
    this.media = window.matchMedia('print');
    this.media.addEventListener('change', this.mediaChanged);
    this.set(this.media.matches);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.start);
    window.removeEventListener('afterprint', this.stop);
    this.media?.removeEventListener('change', this.mediaChanged);
    this.media = undefined;
  }

  render(props: PrintRenderProps): TemplateResult | typeof nothing {
    if (!this.printing) return nothing;
    const events = this.eventsInView();
    return printList({ ...props, events, caption: props.caption(events.length) });
  }

  private readonly start = (): void => this.set(true);
  private readonly stop = (): void => this.set(false);
  private readonly mediaChanged = (event: MediaQueryListEvent): void => this.set(event.matches);

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }
}
