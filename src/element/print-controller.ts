import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EventDate } from '../model/event-date.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import { printList } from './print-list.js';
import type { UiStrings } from './ui-strings.js';

/** CSS px in a millimetre, at CSS's 96 px to the inch. */
const PX_PER_MM = 96 / 25.4;
/**
 * The plot's width on paper when the page does not say (`--ct-print-width`) and the browser does not
 * show it: A4 portrait (210 mm) less the 1 cm margins Chromium's print dialog starts with, about 718 px.
 */
export const DEFAULT_PRINT_WIDTH_PX = (210 - 2 * 10) * PX_PER_MM;

export interface PrintRenderProps {
  readonly strings: UiStrings;
  readonly lang: string;
  /** The list's heading, given how many events it lists. */
  readonly caption: (count: number) => string;
  readonly whenOf: (event: TimelineEvent) => string;
  /** One date in words, for the dates sources disagree on. */
  readonly dateInWords: (date: EventDate) => string;
}

export interface PrintOptions {
  /** The events in view: those the printed list gives. */
  readonly eventsInView: () => readonly TimelineEvent[];
  /** Lays the plot out at a width in px (the paper's), or back at its own box's width (`undefined`). */
  readonly layOutPlot: (width: number | undefined) => void;
  /** The plot's box, measured once the browser has laid the page out for paper. */
  readonly plotBox: () => Element | undefined;
  /** The element's shadow root, where `--ct-print-width` is resolved to px. */
  readonly root: () => ParentNode;
}

/**
 * Whether the page is being printed, told by `beforeprint`/`afterprint` and by the print media query
 * (which an emulated print medium also changes). While it is, the plot is laid out at its width on
 * paper, so that its labels are placed for the paper and not scaled from the screen's layout, and the
 * printed list of events is drawn (only then, so the screen's DOM stays small); the events are those
 * in view when it is drawn. After, the plot is laid out at the screen's width again, in the same view.
 */
export class PrintController implements ReactiveController {
  /** The page is being printed (or shown as print). */
  printing = false;
  private media?: MediaQueryList;
  /** The page's width on screen, read at `beforeprint`: a different width later means the browser laid it out for paper. */
  private screenPageWidth?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PrintOptions,
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
    if (this.media.matches) this.set(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.start);
    window.removeEventListener('afterprint', this.stop);
    this.media?.removeEventListener('change', this.mediaChanged);
    this.media = undefined;
  }

  render(props: PrintRenderProps): TemplateResult | typeof nothing {
    if (!this.printing) return nothing;
    const events = this.options.eventsInView();
    return printList({ ...props, events, caption: props.caption(events.length) });
  }

  private readonly start = (): void => {
    this.screenPageWidth = document.documentElement.clientWidth;
    this.set(true);
  };
  private readonly stop = (): void => this.set(false);
  private readonly mediaChanged = (event: MediaQueryListEvent): void => this.set(event.matches);

  private set(printing: boolean): void {
    // Each sign of printing lays the plot out again: a later one may know the paper's width better.
    if (printing) this.options.layOutPlot(this.paperWidth());
    if (printing === this.printing) return;
    this.printing = printing;
    if (!printing) {
      this.screenPageWidth = undefined;
      this.options.layOutPlot(undefined);
    }
    this.host.requestUpdate();
  }

  /**
   * The plot's width on paper, in px: `--ct-print-width` where the page sets it; else the plot's box
   * once the browser has laid the page out for paper (Chromium does so between `beforeprint` and
   * printing, and tells the print media query); else DEFAULT_PRINT_WIDTH_PX (an emulated print
   * medium keeps the screen's width, and a browser may print the page as it is at `beforeprint`).
   */
  private paperWidth(): number {
    const asked = askedPrintWidth(this.options.root());
    if (asked > 0) return asked;
    const box = this.laidOutForPaper() ? this.options.plotBox()?.getBoundingClientRect().width : undefined;
    return box !== undefined && box > 0 ? box : DEFAULT_PRINT_WIDTH_PX;
  }

  private laidOutForPaper(): boolean {
    return (
      this.media?.matches === true &&
      this.screenPageWidth !== undefined &&
      Math.abs(document.documentElement.clientWidth - this.screenPageWidth) >= 1
    );
  }
}

/**
 * `--ct-print-width` in px (0 when unset, or not a length): a custom property is kept as its tokens,
 * so a probe's `width` (styled in print.styles.ts) has the browser resolve `190mm` or `7.5in`.
 */
function askedPrintWidth(root: ParentNode): number {
  const probe = document.createElement('div');
  probe.className = 'print-width-probe';
  probe.setAttribute('aria-hidden', 'true');
  root.append(probe);
  try {
    return probe.getBoundingClientRect().width;
  } finally {
    probe.remove();
  }
}
