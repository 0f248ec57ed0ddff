import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { visibleEvents } from '../layout/event-index.js';
import type { ClusterLayout } from '../layout/mark-layout.js';
import { DEFAULT_MAX_ROWS, type PreparedTimeline } from '../layout/prepare-timeline.js';
import type { TimeView } from '../layout/time-view.js';
import { zoomAnchor } from '../layout/zoom-anchor.js';
import { parseEventDate } from '../model/parse-event-date.js';
import type { TimelineFilter } from '../model/event-filter.js';
import type { EventSet, TimelineEventInput } from '../model/timeline-event.js';
import { AXIS_HEIGHT_PX } from '../render/plot-renderer.js';
import { ZOOM_STEP } from '../render/time-zoom.js';
import { alternativesStyles } from './alternatives.styles.js';
import { timelineStyles } from './conflict-timeline.styles.js';
import { CooperativeWheel } from './cooperative-wheel.js';
import { DataController, DEFAULT_LOAD_TIMEOUT_MS, type LoadedData } from './data-controller.js';
import { densityStyles } from './density.styles.js';
import { detailsPanel } from './details-panel.js';
import { TimelineExport, type ExportPngOptions, type ExportSvgOptions } from './export-controller.js';
import { exportMenuStyles } from './export-menu.styles.js';
import { FilterController } from './filter-controller.js';
import { LaneController } from './lane-controller.js';
import { legend, legendKindsFor } from './legend.js';
import { LegendFold } from './legend-fold.js';
import { loadNotice, type LoadStatus } from './load-notice.js';
import { LocaleController } from './locale-controller.js';
import { navigationStyles } from './navigation.styles.js';
import { noteOldTokenNames } from './old-token-names.js';
import { PlotController } from './plot-controller.js';
import { PlotNavigation } from './plot-navigation.js';
import { PrepareController } from './prepare-controller.js';
import { PrintController } from './print-controller.js';
import { printStyles } from './print.styles.js';
import { timelineEvent, type DiagnosticsDetail } from './timeline-events.js';
import { TimelineWords } from './timeline-words.js';
import { toolbar } from './toolbar.js';
import { TableController } from './table-controller.js';
import { TooltipController } from './tooltip-controller.js';
import { UrlStateController } from './url-state-controller.js';
import { LiveValue } from './live-value.js';
import { ViewAnnouncer } from './view-announcer.js';
import { wheelHint } from './wheel-hint.js';
import { EN_PACK } from './locales/en.js';

type DateLike = Date | string | number;

/**
 * A zoomable, accessible timeline of dated events, honest about dates known
 * only to the month, season or year.
 *
 * @tagname conflict-timeline
 * @summary Dated events on a zoomable, pannable time axis.
 *
 * @slot - An `<ol>`/`<ul>` of `<li>` with `<time datetime>`: read as data, and shown as a plain list where scripts do not run.
 *
 * @fires {CustomEvent<SelectDetail>} ct-select - An event was selected (detail: the event) or the selection was cleared (detail: null).
 * @fires {CustomEvent<ViewChangeDetail>} ct-view-change - The window of time on screen changed (detail: `{ start, end }`).
 * @fires {CustomEvent<DiagnosticsDetail>} ct-diagnostics - Data was loaded (detail: `{ accepted, rejected, warnings, origin }`).
 * @fires {CustomEvent<LoadErrorDetail>} ct-load-error - Loading `src` failed (detail: `{ url, message }`); the element shows the reason and a retry button, and keeps what it showed.
 * @fires {CustomEvent<FilterChangeDetail>} ct-filter-change - The reader changed the search or filters (detail: `{ filter, shown, total }`); not fired when `filter` is set from code.
 * @fires {CustomEvent<LocaleChangeDetail>} ct-locale-change - The language in use changed (detail: `{ requested, locale, fallback }`; `fallback` is true when the requested language is not shipped and English is used).
 *
 * @csspart heading - The timeline's title (a TimelineJS title slide), with its text.
 * @csspart filters - The search box and the actor and kind filters (toolbar button "Filter"; open from the start for 50 events or more).
 * @csspart search - The search box.
 * @csspart filter-actor - The choice of actor.
 * @csspart filter-category - The choice of kind.
 * @csspart filter-count - How many events the filters keep.
 * @csspart lane-toggle - The button over a lane's name: folds the lane to a strip of density columns and back; on the gathered "Other (n)" lane, opens a lane for each value it holds.
 * @csspart toolbar - The row of buttons: Previous, Next, zoom, Show all, Table.
 * @csspart button - Each toolbar button.
 * @csspart export-menu - The toolbar's Export menu (its summary is `export`, its items `export-svg`, `export-png` and `print`, each also `button`).
 * @csspart previous - The Previous button (also `button`): selects the event before, named in its label and tooltip.
 * @csspart next - The Next button (also `button`): selects the event after.
 * @csspart wheel-hint - The "Use Ctrl + scroll to zoom" note shown over the plot when a plain wheel scrolls the page.
 * @csspart plot - The area that zooms and pans.
 * @csspart plot-svg - The SVG drawn by D3.
 * @csspart axis - The time axis.
 * @csspart axis-break - A collapsed empty stretch of time: a band with torn edges across the lanes, titled with the time it hides.
 * @csspart lane - One lane's band: an actor's (or a category's, or a field value's; see `lanes`).
 * @csspart lane-label - The name of an actor's band.
 * @csspart event - An event's mark (also `event-selected` when selected, `event-linked` with its copies in other lanes while one of them is hovered or focused).
 * @csspart event-label - An event's title beside its mark.
 * @csspart tooltip - The title and date in words over the hovered or keyboard-focused mark (a cluster's count and time).
 * @csspart open-end - The chevrons at the view's edge where an ongoing or open-started event (`2011-03/..`, `../2019`) runs on.
 * @csspart cluster - A column of a lane's density strip, where events are too many to show one by one: a bar whose height follows how many events fall in its stretch of time, the count where it fits, named with the count and the stretch; click or Enter zooms into it.
 * @csspart era - Background spans (eras).
 * @csspart era-label - An era's name, in the strip under the axis.
 * @csspart gather-lanes - The button (also `button`) that gathers the lanes opened from "Other (n)" back into it.
 * @csspart details - The panel with the selected event.
 * @csspart table - The table view of the events in view (toolbar button "Table").
 * @csspart details-date - The date in words in that panel.
 * @csspart notice - Messages about rejected records or failed loads.
 * @csspart print-list - The events in view, listed with their dates in words and their sources' addresses: drawn only while the page prints, after the plot.
 * @csspart legend - The key under the plot: what exact, month-or-season, approximate, span and ongoing marks look like (a `<details>`, folded by default below 600 px wide).
 *
 * @cssprop --ct-font - Font family.
 * @cssprop --ct-bg - Background.
 * @cssprop --ct-surface - Toolbar and details background.
 * @cssprop --ct-text - Text colour.
 * @cssprop --ct-muted - Secondary text (axis, dates).
 * @cssprop --ct-border - Borders.
 * @cssprop --ct-grid - Axis grid lines.
 * @cssprop --ct-lane-band - Alternate lane shading.
 * @cssprop --ct-era - Fill of the background spans (eras).
 * @cssprop --ct-era-alternate - Fill of every other era, in time order, so that eras that touch stay apart.
 * @cssprop --ct-print-width - The plot's width on paper (a length: `180mm`, `7.5in`), which it is laid out at when the page prints. Unset: measured where the browser lays the page out for paper first (Chromium), else 190mm (A4 less 1 cm margins). Read as printing starts: set it outside `@media print`.
 * @cssprop --ct-dense-drawing - `svg` keeps every mark and density column an SVG shape even where the plot is dense (100 or more drawn); by default a dense view paints their shapes on a canvas under their named, focusable SVG elements. Set it when page CSS styles the shapes through `::part(event)`.
 * @cssprop --ct-plot-max-height - Most height the plot takes before its lanes scroll inside it (none by default; three quarters of the window once "Other" is opened).
 * @cssprop --ct-accent - Links and hover.
 * @cssprop --ct-focus - Focus ring.
 * @cssprop --ct-warning-bg - Background of the notice about rejected records.
 * @cssprop --ct-warning-border - Border of the notice about rejected records.
 * @cssprop --ct-error-bg - Background of the notice about a failed load.
 * @cssprop --ct-lane-0-color - Colour of the first lane's marks, symbols and swatch.
 * @cssprop --ct-lane-1-color - Colour of the second lane's marks, symbols and swatch.
 * @cssprop --ct-lane-2-color - Colour of the third lane's marks, symbols and swatch.
 * @cssprop --ct-lane-3-color - Colour of the fourth lane's marks, symbols and swatch.
 * @cssprop --ct-lane-4-color - Colour of the fifth lane's marks, symbols and swatch.
 * @cssprop --ct-lane-5-color - Colour of the sixth lane's marks, symbols and swatch.
 * @cssprop --ct-lane-6-color - Colour of the seventh lane's marks, symbols and swatch.
 * @cssprop --ct-lane-7-color - Colour of the eighth lane's marks, symbols and swatch.
 */
export class ConflictTimeline extends LitElement {
  static override styles = [timelineStyles, alternativesStyles, navigationStyles, densityStyles, printStyles, exportMenuStyles];

  /** Loads that take longer than this (ms) show their progress. */
  static progressDelayMs = 500;

  /**
   * Events as objects (see README: data format). Takes precedence over `src` and the light-DOM list while set.
   * Typed as the data format; at run time anything is taken, and what cannot be shown is reported in `ct-diagnostics`.
   */
  @property({ attribute: false }) events?: readonly TimelineEventInput[];

  /** URL of JSON (our format or TimelineJS) or CSV/TSV (simple, ACLED or a TimelineJS spreadsheet) to load. */
  @property() src?: string;

  /** First date on screen at load (EDTF/ISO, e.g. `2017`); the data's extent when absent. */
  @property({ attribute: 'view-start' }) viewStart?: string;

  /** Last date on screen at load (EDTF/ISO, e.g. `2019-03`). */
  @property({ attribute: 'view-end' }) viewEnd?: string;

  /** Names the timeline for assistive technology, e.g. the article's title. */
  @property() label = '';

  /** Force `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * Language of dates and the element's words (BCP 47: `ar`, `tr-TR`, …). Falls back to the nearest
   * `lang` attribute, then English. Shipped: en, ar, de, es, fa, fr, ru, tr; others fall back to English.
   */
  @property({ reflect: true }) locale?: string;

  /**
   * Most rows of marks per lane before labels are hidden.
   * @default 3
   */
  @property({ type: Number }) rows: number = DEFAULT_MAX_ROWS;

  /**
   * What a lane is: `actor` (one per party), `category`, `none` (one lane), or the name of any field of
   * the records (`admin1`, `country`…). `auto` (the default) takes actors when any event names one,
   * else categories. `NA`, `N/A`, empty and blank values are unknown, not a lane.
   */
  @property({ reflect: true }) lanes = 'auto';

  /**
   * Most lanes drawn: the busiest values get their own lane, and the rest share an "Other (n)" lane,
   * which the reader can open into a lane each (the plot then scrolls inside). When absent: as many as
   * fit a height given to the element, else 8.
   */
  @property({ type: Number, attribute: 'max-lanes' }) maxLanes?: number;

  /**
   * Which events are shown, in the plot and the table: `{ text, actors, categories }`. Words in
   * `text` must all occur in the event (case and accents ignored); an actor or kind list keeps events
   * with any of them. The search box and filters set it too.
   */
  @property({ attribute: false })
  get filter(): TimelineFilter {
    return this.filters.filter;
  }
  set filter(value: TimelineFilter | null | undefined) {
    this.filters.filter = value;
  }

  /**
   * `collapse` (the default) squeezes long empty stretches between events into a marked break on the
   * axis, so lumpy data fills the plot; `linear` keeps one rate of time across the whole axis.
   * Either way, `view`, `zoomTo` and the events' dates are in real calendar time.
   */
  @property({ reflect: true }) gaps: 'collapse' | 'linear' = 'collapse';

  /**
   * How long (ms) a `src` load may take before it fails with a retry; the reader can also cancel it.
   * @default 30000
   */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout = DEFAULT_LOAD_TIMEOUT_MS;

  /**
   * Keeps the view and the selected event in the page's URL fragment, so a link shares them. The value
   * names this timeline's state in the fragment (the element's `id`, else `timeline`, when empty), so
   * two timelines on a page keep theirs apart. Off when absent.
   */
  @property({ attribute: 'url-state' }) urlState?: string;

  @state() private eventSet?: EventSet;
  @state() private selectedId?: string;
  @state() private diagnostics?: DiagnosticsDetail;
  @state() private noticeDismissed = false;
  /** The view's ends in words, beside the buttons. */
  private readonly rangeText = new LiveValue('');
  @state() private heading?: LoadedData['heading'];
  /** The key's entries: the confidence cues only when the data has them. */
  private legendKinds = legendKindsFor([]);
  /** The filters' and lanes' revisions the layout was prepared at. */
  private preparedRevision = '';
  /** New data or a new `view-start`/`view-end` asked for a view, shown once the data is prepared. */
  private viewOwed = false;
  private words = new TimelineWords(EN_PACK);
  private rendering?: Promise<void>;

  @query('.plot') private plotContainer?: HTMLDivElement;

  private readonly preparer = new PrepareController(this, { progressDelayMs: () => ConflictTimeline.progressDelayMs });
  private readonly locales = new LocaleController(this, () => this.plot.requestDraw());
  private readonly data = new DataController(this, {
    events: () => this.events,
    src: () => this.src,
    progressDelayMs: () => ConflictTimeline.progressDelayMs,
    timeoutMs: () => (this.loadTimeout > 0 ? this.loadTimeout : DEFAULT_LOAD_TIMEOUT_MS),
    onData: (data) => this.accept(data),
    onLoadError: (url, message) => this.dispatchEvent(timelineEvent('ct-load-error', { url, message })),
  });
  private readonly tooltip = new TooltipController(this, {
    words: () => this.words,
    rtl: () => this.plot.rtl,
    highlight: (id) => this.plot.highlight(id),
  });
  private readonly plot: PlotController = new PlotController(this, {
    inputs: () => ({ prepared: this.prepared, selectedId: this.selectedId, pack: this.words.pack }),
    onEventActivate: (id) => this.activateEvent(id),
    onClusterActivate: (cluster) => this.zoomIntoCluster(cluster),
    nameOfMark: (mark) => this.words.nameOfEvent(mark.event),
    nameOfCluster: (cluster) => this.words.nameOfCluster(cluster),
    nameOfBreak: (stretch) => this.words.stretch(stretch.from, stretch.to),
    countOfCluster: (cluster) => this.words.pack.ui.binCount(cluster.count),
    hover: this.tooltip.hover,
    wheelZooms: (event) => this.wheel.zooms(event),
    onGesture: () => this.tooltip.pause(),
    onSettle: () => {
      this.tooltip.resume();
      this.announcer.schedule();
    },
    onDrawn: () => this.afterDraw(),
  });
  private readonly wheel = new CooperativeWheel(this, (px) => {
    this.plot.swipe(px);
    this.tooltip.hide();
  });
  private readonly filters = new FilterController(this, {
    events: () => this.eventSet?.events ?? [],
    onReaderChange: (detail) => this.dispatchEvent(timelineEvent('ct-filter-change', detail)),
    counted: () => this.preparer.whenPrepared(),
    idleWorkAfter: this.plot.idleWorkAfter,
  });
  private readonly laneChoice = new LaneController(this, { lanes: () => this.lanes, maxLanes: () => this.maxLanes });
  private readonly legendFold = new LegendFold(this, () => this.plotContainer);
  private readonly table = new TableController(this, () => (this.prepared ? visibleEvents(this.prepared.all, this.plot.view) : []));
  private readonly print = new PrintController(this, {
    eventsInView: () => (this.prepared ? visibleEvents(this.prepared.all, this.plot.view) : []),
    layOutPlot: (width) => this.plot.layOutAt(width),
    plotBox: () => this.plotContainer,
    root: () => this.renderRoot,
  });
  private readonly navigation = new PlotNavigation(
    {
      prepared: () => this.prepared,
      selectedId: () => this.selectedId,
      setSelection: (id) => this.setSelection(id),
      closeDetails: () => this.closeDetails(),
      zoomIn: () => this.zoomIn(),
      zoomOut: () => this.zoomOut(),
      fit: () => this.fit(),
      whenOf: (event) => this.words.whenOf(event),
    },
    this.plot,
  );
  private readonly sharedState = new UrlStateController(this, {
    // An attribute removed reads as null; present but empty, the element's id names the state.
    key: () => (this.urlState == null ? undefined : this.urlState || this.id || 'timeline'),
    view: () => this.plot.view,
    selectedId: () => this.selectedId,
    restore: ({ view, event }) => {
      const [start, end] = view?.split('/') ?? [];
      if (start && end) this.zoomTo(start, end);
      if (event !== undefined) this.select(event);
    },
  });
  private readonly exporter = new TimelineExport(this, {
    plot: this.plot,
    words: () => this.words,
    title: () => this.label || this.heading?.title || '',
    legendKinds: () => this.legendKinds,
    root: () => this.renderRoot,
  });
  private readonly announcer = new ViewAnnouncer(this, () => {
    if (this.prepared?.empty !== false) return '';
    const s = this.words.pack.ui;
    const count = s.eventCount(this.plot.layout?.visibleEventCount ?? 0);
    return this.words.view(this.plot.view, (from, to) => s.viewRange(from, to, count));
  });

  /** The window of time on screen. */
  get view(): { start: Date; end: Date } {
    return { start: new Date(this.plot.view.start), end: new Date(this.plot.view.end) };
  }

  /**
   * Resolves once the plot shows the latest data, language and view, its named, focusable marks and
   * columns included (a dense view's are brought up to date just after its frame; while a reader's wheel
   * or pinch zoom goes on, once it pauses); one promise while they are pending.
   */
  get renderComplete(): Promise<void> {
    return (this.rendering ??= this.settleRendering().finally(() => (this.rendering = undefined)));
  }

  /**
   * A standalone SVG of the timeline (styles resolved, title, credit and legend included): the view on
   * screen, or with `{ view: 'all' }` the data's whole extent at the current width. Empty before data.
   */
  toSVG(options: ExportSvgOptions = {}): string {
    return this.exporter.svg(options);
  }

  /** A PNG of `toSVG()`'s picture, `scale` (default 1) times its size. */
  toPNG(options: ExportPngOptions = {}): Promise<Blob> {
    return this.exporter.png(options);
  }

  /** Shows the time from `start` to `end` (dates, EDTF/ISO strings or epoch ms), within the zoom bounds. */
  zoomTo(start: DateLike, end: DateLike): void {
    const from = parseEventDate(start);
    const to = parseEventDate(end);
    if (!from || !to) return;
    this.plot.show({ start: Math.min(from.earliest, to.earliest), end: Math.max(from.latest, to.latest) });
  }

  /** Shows all the data. */
  fit(): void {
    if (this.prepared) this.plot.show(this.prepared.extent);
  }

  /** Zooms in by a step, around the selected (else the focused) event when it is on screen, else around the centre. */
  zoomIn(): void {
    this.zoomAround(ZOOM_STEP);
  }

  /** Zooms out by a step. */
  zoomOut(): void {
    this.zoomAround(1 / ZOOM_STEP);
  }

  /**
   * Selects an event by id and shows its details, bringing it on screen;
   * `null` clears the selection. Returns false when there is no such event.
   */
  select(id: string | null): boolean {
    if (id === null) {
      if (this.selectedId !== undefined) this.setSelection(undefined);
      return true;
    }
    const event = this.prepared?.byId.get(String(id));
    if (!event) return false;
    this.setSelection(event.id);
    this.plot.bringIntoView(event);
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const pack = this.locales.pack;
    const packChanged = pack !== this.words.pack;
    if (packChanged) this.words = new TimelineWords(pack);
    if (changed.has('eventSet') || changed.has('lanes')) this.laneChoice.reset();
    if (changed.has('eventSet') && this.eventSet) {
      this.filters.dataChanged(this.eventSet.events);
      this.legendKinds = legendKindsFor(this.eventSet.events);
    }
    const layoutInputs = ['eventSet', 'rows', 'gaps', 'lanes', 'maxLanes'];
    const revision = `${this.filters.revision}:${this.laneChoice.revision}`;
    const revised = revision !== this.preparedRevision;
    if (this.eventSet && (packChanged || revised || layoutInputs.some((name) => changed.has(name)))) {
      this.preparedRevision = revision;
      this.prepare(this.eventSet, pack.ui);
    }
    // Same data with new rows, lanes, filters or lane names keeps the reader's view; new data shows its own.
    if (changed.has('eventSet') || ((changed.has('viewStart') || changed.has('viewEnd')) && this.hasUpdated)) this.viewOwed = true;
    const landed = this.preparer.takeLanded();
    if (landed && this.selectedId && !this.prepared!.byId.has(this.selectedId)) this.selectedId = undefined;
    if (this.viewOwed && this.prepared && !this.preparer.pending) {
      this.viewOwed = false;
      this.plot.resetView(() => this.requestedView());
    }
    if (landed || packChanged || changed.has('selectedId') || changed.has('theme')) this.plot.requestDraw();
    if (landed) this.table.dataChanged();
  }

  protected override firstUpdated(): void {
    this.plot.attach(this.plotContainer!);
    this.laneChoice.observe(this.renderRoot.querySelector('.plot-frame')!);
    noteOldTokenNames(this);
  }

  protected override render() {
    const s = this.words.pack.ui;
    const lang = this.words.pack.tag;
    const selected = this.selectedId ? this.prepared?.byId.get(this.selectedId) : undefined;
    return html`
      ${this.heading
        ? html`<header class="heading" part="heading" lang=${lang}>
            <h2>${this.heading.title}</h2>
            ${this.heading.text ? html`<p>${this.heading.text}</p>` : nothing}
          </header>`
        : nothing}
      ${loadNotice({
        status: this.loadStatus(),
        diagnostics: this.diagnostics,
        dismissed: this.noticeDismissed,
        strings: s,
        lang,
        onRetry: () => this.data.retry(),
        onCancel: () => this.data.cancel(),
        onDismiss: () => (this.noticeDismissed = true),
      })}
      ${toolbar({
        strings: s,
        lang,
        storyButtons: this.navigation.buttonsIn(s),
        tableView: this.table.open,
        range: this.rangeText,
        onZoomIn: () => this.zoomIn(),
        onZoomOut: () => this.zoomOut(),
        onFit: () => this.fit(),
        onToggleTable: () => this.table.toggle(),
        filterOpen: this.filters.shownInBar,
        onToggleFilter: this.filters.toggle,
        exportMenu: this.exporter.menu,
      })}
      ${this.filters.render(s, lang)}
      <div class="plot-frame ${this.laneChoice.allLanes ? 'all-lanes' : ''}" ?hidden=${this.table.open}>
      <svg class="axis-pin" aria-hidden="true" height=${AXIS_HEIGHT_PX}></svg>
      <div
        class="plot"
        part="plot"
        role="group"
        aria-label=${s.plotLabel(this.label || this.heading?.title || '')}
        aria-describedby="plot-help"
        ?hidden=${this.table.open}
        @keydown=${this.navigation.handleKey}
        @focusin=${this.handlePlotFocus}
        @pointerdown=${this.wheel.engage}
        @wheel=${this.wheel.handleWheel}
      ></div>
      ${this.laneChoice.render({ lanes: this.plot.layout?.lanes ?? [], strings: s, lang, rtl: this.plot.rtl, nameWidth: this.plot.laneNameWidth })}
      </div>
      <slot ?hidden=${this.showsEvents()}></slot>
      ${this.tooltip.render()} ${wheelHint(this.wheel.hintShown, s, lang)}
      ${legend({
        strings: s.legend,
        lang,
        open: this.legendFold.open,
        hidden: this.table.open,
        onToggle: this.legendFold.toggled,
        kinds: this.legendKinds,
      })}
      <p id="plot-help" class="visually-hidden" lang=${lang}>${s.plotHelp}</p>
      ${this.table.render({
        strings: s,
        lang,
        selectedId: this.selectedId,
        caption: (count) => this.words.view(this.plot.view, (from, to) => s.tableCaption(s.eventCount(count), from, to)),
        dateOf: this.words.whenOf,
        dateInWords: this.words.dateInWords,
        onSelect: (id) => this.select(id),
      })}
      ${this.prepared?.eventSet.events.length === 0 && !this.data.pending ? html`<p class="empty" lang=${lang}>${s.noEvents}</p>` : nothing}
      ${selected
        ? detailsPanel({ event: selected, words: this.words, lang, strings: s, onClose: () => this.closeDetails() })
        : nothing}
      ${this.print.render({ strings: s, lang, caption: (count) => this.words.view(this.plot.view, (from, to) => s.tableCaption(s.eventCount(count), from, to)), whenOf: this.words.whenOf, dateInWords: this.words.dateInWords })}
      ${this.announcer.render(lang)}
    `;
  }

  /**
   * Whether the plot has events to show. Until it has, the light-DOM list stays on screen through the
   * default slot: while the data loads, when every record was rejected, and in a page rendered on the
   * server and read with scripts off.
   */
  private showsEvents(): boolean {
    return (this.prepared?.eventSet.events.length ?? 0) > 0;
  }

  private async settleRendering(): Promise<void> {
    do {
      await this.updateComplete;
      await Promise.all([this.data.settled, this.locales.settled, this.preparer.settled]);
      await this.updateComplete;
      await this.plot.drawn;
    } while (this.isUpdatePending || this.data.pending || this.locales.pending || this.preparer.pending || this.plot.framePending);
  }

  /** The laid-out data the plot draws: the latest prepared, while a newer one may be under way. */
  private get prepared(): PreparedTimeline | undefined {
    return this.preparer.prepared;
  }

  /** The notice's state: the load's, else the progress of laying large data out. */
  private loadStatus(): LoadStatus {
    const status = this.data.status;
    const share = this.preparer.progress;
    return status.kind === 'idle' && share !== undefined ? { kind: 'preparing', share } : status;
  }

  private accept({ eventSet, origin, heading }: LoadedData): void {
    this.eventSet = eventSet;
    this.heading = heading;
    this.sharedState.dataArrived();
    this.noticeDismissed = false;
    this.diagnostics = { accepted: eventSet.events.length, rejected: eventSet.rejected, warnings: eventSet.warnings, origin };
    this.dispatchEvent(timelineEvent('ct-diagnostics', this.diagnostics));
  }

  /** The events the filters keep, laid out in the lanes chosen: at once, or in turns for large data. */
  private prepare(eventSet: EventSet, ui: typeof EN_PACK.ui): void {
    const maxRows = Math.max(1, Math.floor(this.rows) || 1);
    this.preparer.request({
      eventSet,
      keep: (events, sliceSize) => this.filters.applyStepwise(events, sliceSize),
      options: { ...this.laneChoice.prepareOptions(eventSet, maxRows, ui), maxRows, collapseGaps: this.gaps !== 'linear' },
    });
  }

  private requestedView(): TimeView {
    const extent = this.prepared!.extent;
    const start = this.viewStart ? parseEventDate(this.viewStart) : undefined;
    const end = this.viewEnd ? parseEventDate(this.viewEnd) : undefined;
    return { start: start?.earliest ?? extent.start, end: end?.latest ?? extent.end };
  }

  private zoomAround(factor: number): void {
    // The roving tab stop is not focus: only a mark that holds focus anchors the zoom.
    const focused = this.shadowRoot?.activeElement?.closest('g.mark')?.getAttribute('data-event');
    const event = (id: string | null | undefined) => (id ? this.prepared?.byId.get(id) : undefined);
    this.plot.zoomBy(factor, zoomAnchor(this.plot.view, [event(this.selectedId), event(focused)]));
  }

  private afterDraw(): void {
    // An empty timeline has no time to name: its axis is a bare line, and the range says nothing.
    // Written into its place, not through an update: a zoom's frames change it each time (see LiveValue).
    this.rangeText.value = this.prepared?.empty === false ? this.words.view(this.plot.view) : '';
    // The table's caption names the view too: it follows a view changed while the table is open.
    if (this.table.open) this.requestUpdate();
    this.laneChoice.afterDraw(this.prepared?.lanes, this.plot.rtl);
    this.navigation.refreshTargets();
    this.sharedState.changed();
    this.tooltip.afterDraw();
  }

  private activateEvent(id: string): void {
    this.plot.focusKey = id;
    this.setSelection(id);
  }

  private setSelection(id: string | undefined): void {
    this.selectedId = id;
    this.sharedState.changed();
    this.dispatchEvent(timelineEvent('ct-select', id ? (this.prepared?.byId.get(id) ?? null) : null));
  }

  /** Closes the details and returns focus to where the event is shown: its mark, or its row in the table. */
  private closeDetails(): void {
    const id = this.selectedId;
    this.setSelection(undefined);
    if (!id) return;
    if (!this.table.open) return this.plot.focusEvent(id);
    void this.updateComplete.then(() => {
      const rows = this.renderRoot.querySelectorAll<HTMLElement>('button.row-title');
      const row = [...rows].find((button) => button.dataset['id'] === id);
      (row ?? this.renderRoot.querySelector<HTMLElement>('[part~="table-toggle"]'))?.focus();
    });
  }

  private zoomIntoCluster(cluster: ClusterLayout): void {
    const pad = (cluster.to - cluster.from) * 0.5;
    this.plot.focusKey = undefined;
    this.plot.show({ start: cluster.from - pad, end: cluster.to + pad });
  }

  private handlePlotFocus = (e: FocusEvent): void => {
    this.wheel.engage();
    const key = (e.target as Element | null)?.getAttribute?.('data-key');
    if (key) this.plot.focusKey = key;
  };
}
