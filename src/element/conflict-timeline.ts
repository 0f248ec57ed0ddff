import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { readLightDomList } from '../data/read-light-dom.js';
import type { RecordBatch } from '../data/record-batch.js';
import { candidateRange, visibleEvents } from '../layout/event-index.js';
import { layoutTimeline } from '../layout/layout-timeline.js';
import { reachesInto } from '../layout/open-reach.js';
import type { ClusterLayout, MarkLayout, TimelineLayout } from '../layout/mark-layout.js';
import { prepareTimeline, type PreparedTimeline } from '../layout/prepare-timeline.js';
import { EMPTY_VIEW, sameView, viewSpan, type TimeView } from '../layout/time-view.js';
import { describeDate, describeEventDate } from '../model/describe-date.js';
import { parseEventDate } from '../model/parse-event-date.js';
import type { EventDate } from '../model/event-date.js';
import type { EventSet, TimelineEvent } from '../model/timeline-event.js';
import { validateEvents, validateEventsInSlices } from '../model/validate-events.js';
import { instantAsDate, stretchInWords } from './view-words.js';
import { AXIS_HEIGHT_PX, PlotRenderer } from '../render/plot-renderer.js';
import { TimeZoom, ZOOM_STEP } from '../render/time-zoom.js';
import { passVerticalSwipesToPage } from '../render/vertical-swipe.js';
import { LABEL_FONT, SELECTED_LABEL_FONT, timelineStyles } from './conflict-timeline.styles.js';
import { CooperativeWheel } from './cooperative-wheel.js';
import { navigationStyles } from './navigation.styles.js';
import { isLabelledIn, storyView, type StoryStep } from '../layout/story-navigation.js';
import { zoomAnchor } from '../layout/zoom-anchor.js';
import { storyButton } from './story-buttons.js';
import { storyStepOfKey } from './story-keys.js';
import { storyEvent, storyTargets, type StoryTargets } from './story-targets.js';
import { wheelHint } from './wheel-hint.js';
import { densityStyles } from './density.styles.js';
import { detailsPanel } from './details-panel.js';
import { eventTable, TABLE_PAGE_SIZE, type TableSort, type TableSortKey } from './event-table.js';
import { LabelMeasure } from './label-measure.js';
import { legend } from './legend.js';
import { LegendFold } from './legend-fold.js';
import { ResizeController } from './resize-controller.js';
import { SourceController } from './source-controller.js';
import { TooltipController } from './tooltip-controller.js';
import {
  timelineEvent,
  type DiagnosticsDetail,
  type LoadErrorDetail,
  type LocaleChangeDetail,
  type SelectDetail,
  type ViewChangeDetail,
} from './timeline-events.js';
import { loadLocalePack } from './load-locale-pack.js';
import type { LocalePack } from './locale-pack.js';
import { EN_PACK } from './locales/en.js';
import type { UiStrings } from './ui-strings.js';

/** Width used before the first resize report, and when the element is not laid out. */
const DEFAULT_WIDTH_PX = 800;
/** How long the view must stay still before the live region announces it. */
const ANNOUNCE_DELAY_MS = 600;
/** Reasons listed in the notice; all of them are in ct-diagnostics. A list of 50,000 would stall the page. */
const MAX_LISTED_REJECTIONS = 100;
/** Loads with more records than this are validated in slices, giving the page a turn between them. */
const SLICED_LOAD_THRESHOLD = 5000;
/** Keyboard zooms into a clustered event at most this many times to reach a single mark. */
const MAX_ZOOM_TO_REVEAL = 12;

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
 * @fires ct-select - An event was selected (detail: the event) or the selection was cleared (detail: null).
 * @fires ct-view-change - The window of time on screen changed (detail: `{ start, end }`).
 * @fires ct-diagnostics - Data was loaded (detail: `{ accepted, rejected, warnings, origin }`).
 * @fires ct-load-error - Loading `src` failed (detail: `{ url, message }`); the element shows the reason and a retry button, and keeps what it showed.
 * @fires ct-locale-change - The language in use changed (detail: `{ requested, locale, fallback }`; `fallback` is true when the requested language is not shipped and English is used).
 *
 * @csspart toolbar - The row of buttons: Previous, Next, zoom, Show all, Table.
 * @csspart button - Each toolbar button.
 * @csspart previous - The Previous button (also `button`): selects the event before, named in its label and tooltip.
 * @csspart next - The Next button (also `button`): selects the event after.
 * @csspart wheel-hint - The "Use Ctrl + scroll to zoom" note shown over the plot when a plain wheel scrolls the page.
 * @csspart plot - The area that zooms and pans.
 * @csspart plot-svg - The SVG drawn by D3.
 * @csspart axis - The time axis.
 * @csspart axis-break - A collapsed empty stretch of time: a band with torn edges across the lanes, titled with the time it hides.
 * @csspart lane - One actor's band.
 * @csspart lane-label - The name of an actor's band.
 * @csspart event - An event's mark (also `event-selected` when selected, `event-linked` with its copies in other lanes while one of them is hovered or focused).
 * @csspart event-label - An event's title beside its mark.
 * @csspart tooltip - The title and date in words over the hovered or keyboard-focused mark (a cluster's count and time).
 * @csspart open-end - The chevrons at the view's edge where an ongoing or open-started event (`2011-03/..`, `../2019`) runs on.
 * @csspart cluster - A column of a lane's density strip, where events are too many to show one by one: a bar whose height follows how many events fall in its stretch of time, the count where it fits, named with the count and the stretch; click or Enter zooms into it.
 * @csspart era - Background spans (eras).
 * @csspart details - The panel with the selected event.
 * @csspart table - The table view of the events in view (toolbar button "Table").
 * @csspart details-date - The date in words in that panel.
 * @csspart notice - Messages about rejected records or failed loads.
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
 * @cssprop --ct-accent - Links and hover.
 * @cssprop --ct-focus - Focus ring.
 * @cssprop --ct-lane-0-colour - Colour of the first lane (…through --ct-lane-7-colour).
 */
export class ConflictTimeline extends LitElement {
  static override styles = [timelineStyles, navigationStyles, densityStyles];

  /** Loads that take longer than this (ms) show their progress. */
  static progressDelayMs = 500;

  /** Events as objects (see README: data format). Takes precedence over `src` and the light-DOM list while set. */
  @property({ attribute: false }) events?: readonly unknown[];

  /** URL of JSON (our format or TimelineJS) or CSV (simple or ACLED) to load. */
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

  /** Most rows of marks per lane before labels are hidden. */
  @property({ type: Number }) rows = 3;

  /**
   * `collapse` (the default) squeezes long empty stretches between events into a marked break on the
   * axis, so lumpy data fills the plot; `linear` keeps one rate of time across the whole axis.
   * Either way, `view`, `zoomTo` and the events' dates are in real calendar time.
   */
  @property({ reflect: true }) gaps: 'collapse' | 'linear' = 'collapse';

  @state() private prepared?: PreparedTimeline;
  @state() private selectedId?: string;
  @state() private diagnostics?: DiagnosticsDetail;
  @state() private noticeDismissed = false;
  @state() private announcement = '';
  @state() private rangeText = '';
  @state() private pack: LocalePack = EN_PACK;
  /** Share of a large load validated so far, once it has taken long enough to show. */
  @state() private progress?: number;
  @state() private tableView = false;
  @state() private tableSort: TableSort = { key: 'date', ascending: true };
  @state() private tableShown = TABLE_PAGE_SIZE;
  /** Where the Previous and Next buttons go. */
  @state() private storyTargets: StoryTargets = {};
  /** The events the table lists: those in view when it was opened. */
  private tableEvents: readonly TimelineEvent[] = [];

  @query('.plot') private plotContainer?: HTMLDivElement;

  private renderer?: PlotRenderer;
  private zoom?: TimeZoom;
  private currentView: TimeView = EMPTY_VIEW;
  private width = 0;
  private frame = 0;
  private frameWaiters: Array<() => void> = [];
  private focusKey?: string;
  private lastLayout?: TimelineLayout;
  private lastFiredView?: TimeView;
  private needsInitialView = false;
  private announceTimer = 0;
  private listObserver?: MutationObserver;
  private rtl = false;
  private localeRequest = 0;
  private loadRequest = 0;
  private pendingLoad?: Promise<void>;
  private readonly labels = new LabelMeasure(LABEL_FONT);
  private readonly selectedLabels = new LabelMeasure(SELECTED_LABEL_FONT);
  private readonly source = new SourceController(
    this,
    (batch) => this.ingest(batch, 'src'),
    (url, message) => this.dispatchEvent(timelineEvent('ct-load-error', { url, message } satisfies LoadErrorDetail)),
  );
  private readonly resize = new ResizeController(this, (width) => this.handleResize(width));
  private readonly tooltip = new TooltipController(this, {
    pack: () => this.pack,
    rtl: () => this.rtl,
    highlight: (id) => this.renderer?.highlight(id),
  });
  // A sideways wheel turn is the reader's gesture, though TimeZoom reports the pan it asks for as code.
  private readonly wheel = new CooperativeWheel(this, (px) => {
    this.zoom?.panBy(px);
    this.tooltip.hide();
  });
  private readonly legendFold = new LegendFold(this, () => this.plotContainer);

  /** The window of time on screen. */
  get view(): { start: Date; end: Date } {
    return { start: new Date(this.currentView.start), end: new Date(this.currentView.end) };
  }

  /** Resolves once the plot shows the latest data and view. */
  get renderComplete(): Promise<void> {
    // The update starts a load (setting `events`), a large load finishes later, its result needs
    // another update, and the plot draws on the frame after that.
    return this.updateComplete
      .then(() => this.pendingLoad)
      .then(() => this.updateComplete)
      .then(() => new Promise<void>((resolve) => (this.frame ? this.frameWaiters.push(resolve) : resolve())));
  }

  /** Shows the time from `start` to `end` (dates, EDTF/ISO strings or epoch ms), within the zoom bounds. */
  zoomTo(start: DateLike, end: DateLike): void {
    const from = parseEventDate(start);
    const to = parseEventDate(end);
    if (!from || !to) return;
    this.showView({ start: Math.min(from.earliest, to.earliest), end: Math.max(from.latest, to.latest) });
  }

  /** Shows all the data. */
  fit(): void {
    this.showView(this.prepared?.extent ?? EMPTY_VIEW);
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
    this.bringIntoView(event);
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listObserver = new MutationObserver((mutations) => this.handleMutations(mutations));
    this.listObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    this.applyLocale();
    this.readListIfInCharge();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listObserver?.disconnect();
    this.listObserver = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.flushFrameWaiters();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events') && this.events !== undefined) {
      this.source.cancel();
      this.ingest({ records: Array.isArray(this.events) ? this.events : [this.events], eras: [], format: 'json' }, 'events');
    } else if ((changed.has('rows') || changed.has('pack') || changed.has('gaps')) && this.prepared) {
      // Same data, new rows or lane names: the view stays where the reader left it.
      this.prepared = prepareTimeline(this.prepared.eventSet, this.prepareOptions());
    }
    if ((changed.has('viewStart') || changed.has('viewEnd')) && this.hasUpdated) this.needsInitialView = true;
    if (this.tableView && this.prepared && (changed.has('tableView') || changed.has('prepared'))) {
      this.tableEvents = visibleEvents(this.prepared.all, this.currentView);
      this.tableShown = TABLE_PAGE_SIZE;
    }
  }

  protected override firstUpdated(): void {
    const container = this.plotContainer!;
    this.renderer = new PlotRenderer(container, {
      onEventActivate: (id) => this.activateEvent(id),
      onClusterActivate: (cluster) => this.zoomIntoCluster(cluster),
      nameOfMark: (mark) => this.nameOfEvent(mark.event),
      nameOfCluster: (cluster) => this.nameOfCluster(cluster),
      nameOfBreak: (stretch) => this.stretchInWords(stretch.from, stretch.to),
      hover: this.tooltip.hover,
      countOfCluster: (cluster) => this.strings.binCount(cluster.count),
    });
    this.zoom = new TimeZoom(this.renderer.svg, {
      onView: (view, source) => {
        this.handleView(view);
        if (source === 'gesture') this.tooltip.hide();
      },
      onSettle: () => this.scheduleAnnouncement(),
      wheelZooms: this.wheel.zooms,
    });
    passVerticalSwipesToPage(container);
    this.resize.observe(container);
    this.width = container.clientWidth || DEFAULT_WIDTH_PX;
  }

  protected override updated(changed: PropertyValues): void {
    // `events` wins only while set: unsetting it hands the data back to `src` or the light-DOM list.
    const eventsUnset = changed.has('events') && changed.get('events') !== undefined && this.events === undefined;
    if ((changed.has('src') || eventsUnset) && this.src && this.events === undefined) void this.source.load(this.src);
    else if (eventsUnset) this.readListIfInCharge();
    if (changed.has('locale') && this.hasUpdated) this.applyLocale();
    if (this.needsInitialView) this.applyInitialView();
    if (changed.has('prepared') || changed.has('selectedId') || changed.has('theme') || changed.has('pack')) {
      this.scheduleFrame();
    }
  }

  protected override render() {
    const s = this.strings;
    const selected = this.selectedId ? this.prepared?.byId.get(this.selectedId) : undefined;
    return html`
      ${this.renderNotice()}
      <div class="toolbar" part="toolbar" role="toolbar" aria-label=${s.toolbarLabel} lang=${this.pack.tag}>
        ${storyButton('previous', this.storyTargets.previous, s, this.stepStory)}
        ${storyButton('next', this.storyTargets.next, s, this.stepStory)}
        <button part="button zoom-in" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${this.zoomIn}>
          <span class="icon" aria-hidden="true">+</span>
        </button>
        <button part="button zoom-out" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${this.zoomOut}>
          <span class="icon" aria-hidden="true">−</span>
        </button>
        <button part="button fit" aria-label=${s.fit} @click=${this.fit}>
          <span class="icon narrow-only" aria-hidden="true">⤢</span><span class="text">${s.fit}</span>
        </button>
        <button
          part="button table-toggle"
          aria-pressed=${this.tableView ? 'true' : 'false'}
          aria-label=${s.showTable}
          @click=${() => (this.tableView = !this.tableView)}
        >
          <span class="icon narrow-only" aria-hidden="true">☰</span><span class="text">${s.showTable}</span>
        </button>
        <span class="range" aria-hidden="true">${this.rangeText}</span>
      </div>
      <div
        class="plot"
        part="plot"
        role="group"
        aria-label=${s.plotLabel(this.label)}
        aria-describedby="plot-help"
        ?hidden=${this.tableView}
        @keydown=${this.handlePlotKey}
        @focusin=${this.handlePlotFocus}
        @pointerdown=${this.wheel.engage}
        @wheel=${this.wheel.handleWheel}
      ></div>
      ${this.tooltip.render()}
      ${wheelHint(this.wheel.hintShown, s, this.pack.tag)}
      ${legend({ strings: s.legend, lang: this.pack.tag, open: this.legendFold.open, hidden: this.tableView, onToggle: this.legendFold.toggled })}
      <p id="plot-help" class="visually-hidden" lang=${this.pack.tag}>${s.plotHelp}</p>
      ${this.tableView && this.prepared ? this.renderTable() : nothing}
      ${this.prepared && this.prepared.eventSet.events.length === 0 && this.source.state.status !== 'loading' && !this.pendingLoad
        ? html`<p class="empty">${s.noEvents}</p>`
        : nothing}
      ${selected
        ? detailsPanel({
            event: selected,
            when: describeEventDate(selected, this.dateOptions()),
            lang: this.pack.tag,
            strings: s,
            onClose: () => this.closeDetails(),
          })
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" lang=${this.pack.tag}>${this.announcement}</div>
    `;
  }

  private renderTable() {
    const s = this.strings;
    return eventTable({
      events: this.tableEvents,
      sort: this.tableSort,
      shown: this.tableShown,
      caption: this.viewInWords((from, to) => s.tableCaption(s.eventCount(this.tableEvents.length), from, to)),
      strings: s,
      selectedId: this.selectedId,
      dateOf: (event) => describeEventDate(event, this.dateOptions()),
      onSort: (key: TableSortKey) =>
        (this.tableSort = { key, ascending: this.tableSort.key === key ? !this.tableSort.ascending : true }),
      onSelect: (id) => this.select(id),
      onShowMore: () => (this.tableShown += TABLE_PAGE_SIZE),
    });
  }

  private renderNotice() {
    const s = this.strings;
    const load = this.source.state;
    if (this.progress !== undefined) {
      const percent = Math.floor(this.progress * 100);
      return html`<div class="notice" part="notice" role="status" lang=${this.pack.tag}>
        <span>${s.preparing(percent)}</span>
        <progress max="100" value=${percent} aria-label=${s.preparing(percent)}></progress>
      </div>`;
    }
    if (load.status === 'loading') return html`<div class="notice" part="notice" role="status">${s.loading}</div>`;
    if (load.status === 'error') {
      return html`<div class="notice error" part="notice" role="alert">
        <span><strong>${s.loadFailed}:</strong> ${load.message}</span>
        <button part="button retry" @click=${() => this.source.retry()}>${s.retry}</button>
      </div>`;
    }
    const d = this.diagnostics;
    if (!d || d.rejected.length === 0 || this.noticeDismissed) return nothing;
    return html`<div class="notice" part="notice" role="status">
      <details>
        <summary>${s.rejectedNotice(d.rejected.length, d.accepted + d.rejected.length)} — ${s.details}</summary>
        <ul>
          ${d.rejected.slice(0, MAX_LISTED_REJECTIONS).map((r) => html`<li>${r.reason}</li>`)}
          ${d.rejected.length > MAX_LISTED_REJECTIONS
            ? html`<li>${s.andMore(d.rejected.length - MAX_LISTED_REJECTIONS)}</li>`
            : nothing}
        </ul>
      </details>
      <button part="button dismiss" @click=${() => (this.noticeDismissed = true)}>${s.dismiss}</button>
    </div>`;
  }

  private get strings(): UiStrings {
    return this.pack.ui;
  }

  private dateOptions() {
    return { words: this.pack.words, ...(this.pack.dateFns ? { locale: this.pack.dateFns } : {}) };
  }

  /** Loads the language pack for `locale` (or the inherited `lang`); the latest request wins. */
  private applyLocale(): void {
    const requested = this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? 'en';
    const request = ++this.localeRequest;
    void loadLocalePack(requested).then(({ pack, fallback }) => {
      if (request !== this.localeRequest) return;
      if (fallback) console.warn(`<conflict-timeline>: no "${requested}" translation; using English.`);
      this.pack = pack;
      const detail: LocaleChangeDetail = { requested, locale: pack.tag, fallback };
      this.dispatchEvent(timelineEvent('ct-locale-change', detail));
    });
  }

  private handleMutations(mutations: readonly MutationRecord[]): void {
    // Only attribute changes are about the host itself; children added to it (a list rendered after connect) are data.
    const onHost = mutations.filter((m) => m.target === this && m.type === 'attributes');
    if (onHost.some((m) => m.attributeName === 'dir' || m.attributeName === 'lang')) {
      if (onHost.some((m) => m.attributeName === 'lang') && this.locale === undefined) this.applyLocale();
      this.scheduleFrame();
    }
    if (onHost.length < mutations.length) this.readListIfInCharge();
  }

  // ---- data ----

  private prepareOptions() {
    return {
      maxRows: Math.max(1, Math.floor(this.rows) || 1),
      unassignedLabel: this.strings.otherLane,
      collapseGaps: this.gaps !== 'linear',
    };
  }

  /** Validates a batch, lays it out and reports what was accepted and rejected. */
  private ingest(batch: RecordBatch, origin: DiagnosticsDetail['origin']): void {
    const request = ++this.loadRequest;
    this.progress = undefined;
    this.pendingLoad = undefined;
    if (countOf(batch.records) <= SLICED_LOAD_THRESHOLD) {
      this.accept(validateOrRejectAll(batch), origin);
      return;
    }
    // A large load is read in slices, so the page stays responsive; the latest load wins.
    const started = performance.now();
    const current = () => request === this.loadRequest;
    this.pendingLoad = validateEventsInSlices(batch.records, batch.eras, {
      onProgress: (done, total) => {
        if (current() && performance.now() - started >= ConflictTimeline.progressDelayMs) this.progress = done / total;
      },
    })
      .catch(() => validateOrRejectAll(batch))
      .then((eventSet) => {
        if (!current()) return;
        this.progress = undefined;
        this.pendingLoad = undefined;
        this.accept(eventSet, origin);
      });
  }

  private accept(eventSet: EventSet, origin: DiagnosticsDetail['origin']): void {
    this.prepared = prepareTimeline(eventSet, this.prepareOptions());
    if (this.selectedId && !this.prepared.byId.has(this.selectedId)) this.selectedId = undefined;
    this.needsInitialView = true;
    this.noticeDismissed = false;
    this.diagnostics = {
      accepted: eventSet.events.length,
      rejected: eventSet.rejected,
      warnings: eventSet.warnings,
      origin,
    };
    this.dispatchEvent(timelineEvent('ct-diagnostics', this.diagnostics));
  }

  /** Reads the light-DOM list when neither `events` nor `src` supplies the data. */
  private readListIfInCharge(): void {
    if (this.events !== undefined || this.src) return;
    const batch = readLightDomList(this);
    if (batch.records.length === 0 && !this.querySelector('ol, ul')) return;
    this.ingest(batch, 'list');
  }

  // ---- view ----

  private applyInitialView(): void {
    if (!this.prepared || !this.zoom) return;
    this.needsInitialView = false;
    this.rtl = this.isRtl();
    this.zoom.configure(this.prepared.bounds, this.width, this.plotHeight(), this.rtl, this.requestedView(), this.prepared.warp);
  }

  private requestedView(): TimeView {
    const extent = this.prepared?.extent ?? EMPTY_VIEW;
    const start = this.viewStart ? parseEventDate(this.viewStart) : undefined;
    const end = this.viewEnd ? parseEventDate(this.viewEnd) : undefined;
    return { start: start?.earliest ?? extent.start, end: end?.latest ?? extent.end };
  }

  private showView(view: TimeView): void {
    if (!this.zoom || !this.prepared) return;
    this.zoom.show(view);
  }

  private zoomAround(factor: number): void {
    // The roving tab stop is not focus: only a mark that holds focus anchors the zoom.
    const focused = this.shadowRoot?.activeElement?.closest('g.mark')?.getAttribute('data-event');
    const event = (id: string | null | undefined) => (id ? this.prepared?.byId.get(id) : undefined);
    this.zoom?.zoomBy(factor, zoomAnchor(this.currentView, [event(this.selectedId), event(focused)]));
  }

  /** Selects the event before or after, shown where it is drawn and labelled; the key's step also focuses it. */
  private stepStory = (step: StoryStep, focusMark = false): void => {
    const target = this.storyEventFor(step);
    if (!target || !this.prepared) return;
    const readable = (view: TimeView) => isLabelledIn(this.layoutFor(view), target.id);
    this.showView(storyView(target, this.currentView, this.prepared.extent, readable));
    this.setSelection(target.id);
    if (focusMark) void this.focusEvent(target.id);
  };

  private storyEventFor(step: StoryStep): TimelineEvent | undefined {
    if (!this.prepared) return undefined;
    const selected = this.selectedId === undefined ? undefined : this.prepared.orderOf.get(this.selectedId);
    return storyEvent(this.prepared.eventSet.events, step, selected, this.currentView);
  }

  private handleView(view: TimeView): void {
    this.currentView = view;
    this.scheduleFrame();
  }

  private handleResize(width: number): void {
    if (width <= 0 || Math.abs(width - this.width) < 0.5) return;
    this.width = width;
    if (this.prepared && this.zoom) {
      this.zoom.configure(this.prepared.bounds, width, this.plotHeight(), this.rtl, this.currentView, this.prepared.warp);
    }
    this.scheduleFrame();
  }

  private bringIntoView(event: TimelineEvent): void {
    if (this.isVisible(event)) return;
    const span = viewSpan(this.currentView);
    const mid = (event.from + event.to) / 2;
    const wanted = Math.max(span, (event.to - event.from) * 1.2);
    this.showView({ start: mid - wanted / 2, end: mid + wanted / 2 });
  }

  private isVisible(event: TimelineEvent): boolean {
    return reachesInto(event, this.currentView);
  }

  private isRtl(): boolean {
    return this.matches(':dir(rtl)');
  }

  private plotHeight(): number {
    return this.lastLayout?.height ?? 300;
  }

  // ---- drawing ----

  private scheduleFrame(): void {
    if (this.frame || !this.renderer) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawPlot();
      this.flushFrameWaiters();
    });
  }

  private flushFrameWaiters(): void {
    const waiters = this.frameWaiters;
    this.frameWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** One frame: lay out the visible slice and join it to the SVG. */
  private drawPlot(): void {
    if (!this.renderer || !this.zoom || !this.prepared) return;
    if (this.isRtl() !== this.rtl) {
      // Direction changed (here or on an ancestor): time now runs the other way.
      this.rtl = !this.rtl;
      this.zoom.configure(this.prepared.bounds, this.width, this.plotHeight(), this.rtl, this.currentView, this.prepared.warp);
    }
    const layout = this.layoutFor(this.currentView);
    this.lastLayout = layout;
    this.focusKey = this.rovingKey(layout);
    this.renderer.render(layout, {
      selectedId: this.selectedId,
      focusKey: this.focusKey,
      language: this.pack,
    });
    this.rangeText = this.viewInWords(this.pack.words.range);
    const when = (event: TimelineEvent) => describeEventDate(event, this.dateOptions());
    this.storyTargets = storyTargets(this.storyTargets, this.storyEventFor('previous'), this.storyEventFor('next'), when);
    this.fireViewChange();
    this.tooltip.afterDraw();
  }

  private labelMeasureFor(event: TimelineEvent): LabelMeasure {
    return event.id === this.selectedId ? this.selectedLabels : this.labels;
  }

  private layoutFor(view: TimeView): TimelineLayout {
    return layoutTimeline(this.prepared!, view, {
      width: this.width,
      direction: this.rtl ? 'rtl' : 'ltr',
      labelWidth: (event) => this.labelMeasureFor(event).widthOf(event),
      shortenLabel: (event, width) => this.labelMeasureFor(event).shorten(event, width),
      laneNameWidth: this.selectedLabels.widthOfText,
      selectedId: this.selectedId,
      top: AXIS_HEIGHT_PX,
    });
  }

  private fireViewChange(): void {
    if (this.lastFiredView && sameView(this.lastFiredView, this.currentView)) return;
    this.lastFiredView = this.currentView;
    const detail: ViewChangeDetail = this.view;
    this.dispatchEvent(timelineEvent('ct-view-change', detail));
  }

  /** The one mark or cluster in the tab order: the focused one if still drawn, else the first drawn. */
  private rovingKey(layout: TimelineLayout): string | undefined {
    const drawn = (key: string) =>
      layout.marks.some((m) => m.primary && m.event.id === key) || layout.clusters.some((c) => c.key === key);
    if (this.focusKey && drawn(this.focusKey)) return this.focusKey;
    let first: MarkLayout | undefined;
    for (const mark of layout.marks) if (mark.primary && (!first || mark.event.from < first.event.from)) first = mark;
    return first?.event.id ?? layout.clusters[0]?.key;
  }

  // ---- selection and keyboard ----

  private activateEvent(id: string): void {
    this.focusKey = id;
    this.setSelection(id);
  }

  private setSelection(id: string | undefined): void {
    this.selectedId = id;
    const detail: SelectDetail = id ? this.prepared?.byId.get(id) ?? null : null;
    this.dispatchEvent(timelineEvent('ct-select', detail));
  }

  private closeDetails(): void {
    const id = this.selectedId;
    this.setSelection(undefined);
    if (id) void this.focusEvent(id);
  }

  private zoomIntoCluster(cluster: ClusterLayout): void {
    const pad = (cluster.to - cluster.from) * 0.5;
    this.focusKey = undefined;
    this.showView({ start: cluster.from - pad, end: cluster.to + pad });
  }

  private handlePlotFocus = (e: FocusEvent): void => {
    this.wheel.engage();
    const key = (e.target as Element | null)?.getAttribute?.('data-key');
    if (key) this.focusKey = key;
  };

  private handlePlotKey = (e: KeyboardEvent): void => {
    if (!this.prepared) return;
    const step = storyStepOfKey(e);
    if (step) {
      e.preventDefault();
      this.stepStory(step, true);
      return;
    }
    const events = this.prepared.eventSet.events;
    const current = this.focusedEventIndex();
    const rtl = this.rtl;
    let target: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
        target = current + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        target = current + (rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        target = current + 1;
        break;
      case 'ArrowUp':
        target = current - 1;
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = events.length - 1;
        break;
      case '+':
      case '=':
        this.zoomIn();
        break;
      case '-':
      case '_':
        this.zoomOut();
        break;
      case '0':
        this.fit();
        break;
      case 'Escape':
        if (!this.selectedId) return;
        this.closeDetails();
        break;
      default:
        return;
    }
    e.preventDefault();
    if (target !== undefined && events.length > 0) {
      const clamped = Math.max(0, Math.min(events.length - 1, target));
      void this.focusEvent(events[clamped]!.id);
    }
  };

  /** Index, in time order, of the event holding focus (or the first visible one). */
  private focusedEventIndex(): number {
    const prepared = this.prepared!;
    const key = this.focusKey;
    const index = key !== undefined ? prepared.orderOf.get(key) : undefined;
    if (index !== undefined) return index;
    const cluster = this.lastLayout?.clusters.find((c) => c.key === key);
    const at = cluster?.from ?? this.currentView.start;
    const [lo] = candidateRange(prepared.all, { start: at, end: at });
    return Math.min(lo, prepared.eventSet.events.length - 1);
  }

  /** Moves focus to an event's mark, panning (and zooming into a cluster) until it is drawn. */
  private async focusEvent(id: string): Promise<void> {
    const event = this.prepared?.byId.get(id);
    if (!event || !this.renderer) return;
    this.focusKey = id;
    this.bringIntoView(event);
    for (let i = 0; i <= MAX_ZOOM_TO_REVEAL; i++) {
      this.drawNow();
      const node = this.renderer.markNode(id);
      if (node) {
        node.focus();
        return;
      }
      this.zoom?.zoomBy(ZOOM_STEP, (event.from + event.to) / 2);
    }
  }

  /** Draws at once instead of on the next frame: keyboard focus needs the node now. */
  private drawNow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.drawPlot();
    this.flushFrameWaiters();
  }

  // ---- words ----

  private nameOfEvent(event: TimelineEvent): string {
    const parts = [event.title, describeEventDate(event, this.dateOptions())];
    if (event.actors.length > 0) parts.push(event.actors.join(this.strings.listSeparator));
    return parts.join('. ');
  }

  private nameOfCluster(cluster: ClusterLayout): string {
    return this.strings.clusterName(cluster.count, this.stretchInWords(cluster.from, cluster.to));
  }

  /** A stretch of time in words, as precise as its length makes useful ("March 2011", "April 2011 – April 2017"). */
  private stretchInWords(from: number, to: number): string {
    const describe = (date: EventDate) => describeDate(date, this.dateOptions());
    return stretchInWords(from, to, describe, this.pack.words.range);
  }

  /** The view's ends in words, as precise as its span makes useful ("March 2011", "17 September 2018"). */
  private viewInWords(phrase: (from: string, to: string) => string): string {
    const span = viewSpan(this.currentView);
    return phrase(
      describeDate(instantAsDate(this.currentView.start, span), this.dateOptions()),
      describeDate(instantAsDate(this.currentView.end, span), this.dateOptions()),
    );
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      const count = this.strings.eventCount(this.lastLayout?.visibleEventCount ?? 0);
      this.announcement = this.viewInWords((from, to) => this.strings.viewRange(from, to, count));
    }, ANNOUNCE_DELAY_MS);
  }
}


/**
 * validateEvents judges each record itself; this is the element's last guard, so
 * that input it did not foresee (an array whose elements throw when read) ends up
 * as rejected records in ct-diagnostics instead of an error out of Lit's update.
 */
/** How many records a batch holds; an array-like whose length cannot be read counts as one. */
function countOf(records: readonly unknown[]): number {
  try {
    return records.length;
  } catch {
    return 1;
  }
}

function validateOrRejectAll(batch: RecordBatch): EventSet {
  try {
    return validateEvents(batch.records, batch.eras);
  } catch (error) {
    let message = 'unknown error';
    try {
      message = error instanceof Error ? error.message : String(error);
    } catch {
      // An error value that cannot even become text: keep the generic message.
    }
    let count = 1;
    try {
      count = batch.records.length;
    } catch {
      // An array-like whose length throws: it is one unreadable input.
    }
    const rejected = Array.from({ length: count }, (_, index) => ({
      index,
      record: readSafely(batch.records, index),
      reason: `record ${index}: the records could not be read (${message})`,
    }));
    return { events: [], rejected, warnings: [], eras: [] };
  }
}

function readSafely(records: readonly unknown[], index: number): unknown {
  try {
    return records[index];
  } catch {
    return undefined;
  }
}

export type { MarkLayout };
