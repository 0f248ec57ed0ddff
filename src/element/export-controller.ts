import type { ReactiveControllerHost } from 'lit';
import { displayText } from '../model/display-text.js';
import { composeExportSvg, copyWithStyles, serializeSvg, svgToPng, type ExportTheme } from '../render/export-svg.js';
import { drawLegendSwatch, type LegendKind } from '../render/legend-swatches.js';
import { LabelMeasure } from './label-measure.js';
import type { ExportAction, ExportMenuProps } from './export-menu.js';
import type { PlotController } from './plot-controller.js';
import type { TimelineWords } from './timeline-words.js';

/** What `toSVG()` draws: the view on screen (the default) or the data's whole extent. */
export interface ExportSvgOptions {
  readonly view?: 'current' | 'all';
}

/** `toPNG()`'s pixels per SVG px (default 1), and the view as for `toSVG()`. */
export interface ExportPngOptions extends ExportSvgOptions {
  readonly scale?: number;
}

export interface ExportSources {
  readonly plot: PlotController;
  readonly words: () => TimelineWords;
  /** The element's `label`, else the TimelineJS heading. */
  readonly title: () => string;
  /** The key's entries, as the element's own key shows them. */
  readonly legendKinds: () => readonly LegendKind[];
  /** Where the element's styles apply: the copy is drawn there, out of sight, while its styles are read. */
  readonly root: () => DocumentFragment | HTMLElement;
}

/** What the picture's credit line names before the view's range. */
const CREDIT = 'conflict-timeline';
/** The legend's words are drawn, and measured, in this font. */
const LEGEND_FONT = '12px system-ui, sans-serif';

/**
 * Pictures of the timeline: a standalone SVG (styles resolved, the title, the credit, the legend),
 * a PNG rendered from it, and the downloads and print the toolbar's Export menu offers.
 */
export class TimelineExport {
  private readonly legendMeasure = new LabelMeasure(LEGEND_FONT);
  private menuOpen = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sources: ExportSources,
  ) {}

  /** The toolbar's Export menu: whether it is open, and what it does. */
  get menu(): ExportMenuProps {
    return { open: this.menuOpen, onToggle: this.toggleMenu, onChoose: this.run };
  }

  private readonly toggleMenu = (open: boolean): void => {
    if (open === this.menuOpen) return;
    this.menuOpen = open;
    this.host.requestUpdate();
  };

  /** The picture as an SVG file's text; empty when there is no data yet. */
  svg(options: ExportSvgOptions = {}): string {
    const root = this.sources.root();
    // Out of sight but styled: computed styles need the nodes where the element's CSS reaches them.
    const stage = document.createElement('div');
    stage.setAttribute('aria-hidden', 'true');
    stage.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden;pointer-events:none;contain:strict;width:1px;height:1px';
    root.append(stage);
    takeLaneColours(stage, root.querySelector<HTMLElement>('.plot'));
    try {
      const copy = this.sources.plot.drawCopy(stage, options.view ?? 'current');
      if (!copy) return '';
      const words = this.sources.words();
      const legendStrings = words.pack.ui.legend;
      const legendBox = document.createElement('div');
      legendBox.className = 'legend';
      stage.append(legendBox);
      const legend = this.sources.legendKinds().map((kind) => {
        const swatch = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        swatch.setAttribute('class', 'swatch');
        legendBox.append(swatch);
        drawLegendSwatch(swatch, kind);
        return { swatch: copyWithStyles(swatch), text: legendStrings[kind] };
      });
      // Every event on screen is named in the picture: those whose label the plot cuts or leaves out get a note.
      const notes = copy.layout.marks
        .filter((mark) => mark.primary && !(mark.labelShown && !mark.labelShortened))
        .map((mark) => `${words.whenOf(mark.event)} — ${displayText(mark.event.title)}`);
      const picture = composeExportSvg({
        plot: copyWithStyles(copy.svg),
        width: copy.layout.width,
        height: copy.layout.height,
        title: this.sources.title(),
        credit: `${CREDIT} · ${words.view(copy.view)}`,
        legend,
        notes,
        theme: themeOf(stage),
        measure: this.legendMeasure.widthOfText,
      });
      return serializeSvg(picture);
    } finally {
      stage.remove();
    }
  }

  /** The picture as a PNG, `scale` times the SVG's size. */
  png(options: ExportPngOptions = {}): Promise<Blob> {
    const scale = options.scale !== undefined && options.scale > 0 && Number.isFinite(options.scale) ? options.scale : 1;
    const svg = this.svg(options);
    if (!svg) return Promise.reject(new Error('nothing to export: the timeline has no data yet'));
    return svgToPng(svg, scale);
  }

  /** The toolbar's Export menu chose an action. */
  readonly run = (action: ExportAction): void => {
    if (action === 'print') {
      window.print();
      return;
    }
    if (action === 'svg') {
      const text = this.svg();
      if (text) this.download(new Blob([text], { type: 'image/svg+xml' }), 'svg');
      return;
    }
    this.png().then(
      (blob) => this.download(blob, 'png'),
      // A failed export leaves the page as it was; the reader may try again.
      () => undefined,
    );
  };

  private download(blob: Blob, extension: 'svg' | 'png'): void {
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `${fileName(this.sources.title())}.${extension}`;
    anchor.hidden = true;
    this.sources.root().append(anchor);
    anchor.click();
    anchor.remove();
    // The download has taken the blob by now; a later tick lets the browser finish reading it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A file name from the title: letters and digits of any script, the rest as dashes. */
function fileName(title: string): string {
  const name = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return name || 'timeline';
}

/**
 * The lanes' colours as the live plot resolves them (the page may set them on the element, on
 * ::part(plot) or on :root): the copy is drawn outside the plot, where they are not defined.
 */
function takeLaneColours(stage: HTMLElement, plot: HTMLElement | null): void {
  if (!plot) return;
  const style = getComputedStyle(plot);
  for (let n = 0; ; n++) {
    const name = `--_ct-lane-${n}-drawn`;
    const value = style.getPropertyValue(name).trim();
    if (!value) return;
    stage.style.setProperty(name, value);
  }
}

/** The theme's colours and font, resolved where the element's styles apply. */
function themeOf(stage: HTMLElement): ExportTheme {
  const probe = (value: string, property = 'color') => {
    const span = document.createElement('span');
    span.style.setProperty(property, value);
    stage.append(span);
    const resolved = getComputedStyle(span).getPropertyValue(property);
    span.remove();
    return resolved;
  };
  return {
    background: probe('var(--_ct-bg)'),
    text: probe('var(--_ct-text)'),
    muted: probe('var(--_ct-muted)'),
    border: probe('var(--_ct-border)'),
    fontFamily: probe('var(--_ct-font)', 'font-family'),
  };
}
