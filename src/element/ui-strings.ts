import type { ConfidenceLevel } from '../model/confidence.js';
import type { ReportLag } from '../model/report-lag.js';
import { lagAmount } from './lag-amount.js';

/** The element's own words. Each locale pack supplies the same shape. */
export interface UiStrings {
  readonly toolbarLabel: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  readonly showTable: string;
  readonly plotLabel: (title: string) => string;
  /** How to use the plot from the keyboard; read by screen readers as its description. */
  readonly plotHelp: string;
  readonly closeDetails: string;
  readonly sourceSays: string;
  readonly howDated: string;
  readonly actors: string;
  /** Label for an event's kind (ACLED event type, TimelineJS group, …). */
  readonly category: string;
  /** The legend under the plot: its heading, and what each kind of mark means. */
  readonly legend: LegendStrings;
  /** After the first rejected reasons listed: how many more there are. */
  readonly andMore: (n: number) => string;
  readonly sources: string;
  readonly columnDate: string;
  readonly columnTitle: string;
  readonly eventCount: (n: number) => string;
  readonly clusterName: (n: number, when: string) => string;
  /** A density column's count as drawn on it: digits only, no grouping, so that it fits a narrow column. */
  readonly binCount: (n: number) => string;
  readonly rejectedNotice: (rejected: number, total: number) => string;
  readonly details: string;
  readonly dismiss: string;
  readonly loading: string;
  /**
   * A `src` load's progress: bytes read, of how many when the server says, and rows read when known
   * ("Loading events… 12.4 MB of 50.1 MB · 31,200 rows"). See `megabytes` and `progressLine`.
   */
  readonly loadProgress: (bytes: number, totalBytes: number | undefined, rows: number | undefined) => string;
  /** Progress of validating a large load, in whole percent. */
  readonly preparing: (percent: number) => string;
  readonly loadFailed: string;
  readonly retry: string;
  /** Opens the whole of a title or description too long to show at once. */
  readonly fullText: string;
  /** The button that stops a load in progress. */
  readonly cancelLoad: string;
  /** Shown when the reader cancelled a load (what was shown stays). */
  readonly loadCancelled: string;
  /** Why a load failed when the server did not answer in time. */
  readonly loadTimedOut: (seconds: number) => string;
  readonly noEvents: string;
  /** The lane gathering the quieter actors (or categories…); its name adds how many it holds. */
  readonly otherLane: string;
  /** The lane of events with no actor (or category…): none given, or `NA`, `N/A`. */
  readonly unknownLane: string;
  /** The search box: its placeholder, and its name for screen readers. */
  readonly search: string;
  readonly searchLabel: string;
  /** The filters' "no filter" choices. */
  readonly allActors: string;
  readonly allCategories: string;
  /** The toolbar button that shows the filters, and the filters' group name. */
  readonly filterToggle: string;
  readonly filterLabel: string;
  /** How many events the filters keep, of all. */
  readonly filterMatches: (shown: number, total: number) => string;
  readonly clearFilter: string;
  readonly viewRange: (from: string, to: string, count: string) => string;
  readonly tableCaption: (count: string, from: string, to: string) => string;
  readonly tableShowing: (shown: number, total: number) => string;
  readonly showMore: string;
  /** Quotes the source's own wording in this language's quotation marks. */
  readonly quote: (text: string) => string;
  /** Between the names in a list of actors or sources. */
  readonly listSeparator: string;
  /** The story step buttons' short words: "Previous", "Next" (of events). */
  readonly previous: string;
  readonly next: string;
  /** A step button's name: the step, its event's title and its date in words. */
  readonly storyTarget: (step: string, title: string, when: string) => string;
  /** Shown when a plain wheel over the plot scrolls the page instead of zooming; on Apple platforms, with ⌘. */
  readonly wheelHint: string;
  readonly wheelHintApple: string;
  /** When the source published it, with the lag from the event's date: "Reported 3 days later, 20 September 2018". */
  readonly reported: (lag: ReportLag, date: string) => string;
  /** The label of an event's confidence, and the four levels' words (an author's own word is shown as given). */
  readonly confidence: string;
  /** Heads the list of dates where sources disagree: "17 September 2018 (TASS)". */
  readonly datesGiven: string;
  readonly confidenceLevels: Readonly<Record<ConfidenceLevel, string>>;
  /** A source's archived copy (the link's text), and when the source was read. */
  readonly archived: string;
  /** The archived link's accessible name, with its visible text and the source it copies: "archived copy of Reuters". */
  readonly archivedCopyOf: (source: string) => string;
  readonly accessed: (date: string) => string;
  /** The toolbar's Export menu and its items. */
  readonly exportMenu: string;
  readonly downloadSvg: string;
  readonly downloadPng: string;
  readonly print: string;
}

/** One phrase per kind of mark the legend shows (see render/legend-swatches.ts), and the legend's heading. */
export interface LegendStrings {
  readonly title: string;
  readonly exact: string;
  readonly soft: string;
  readonly hedged: string;
  readonly span: string;
  readonly ongoing: string;
  /** A date that is one of several (alternatives joined by a dashed line), or all of them (a solid line). */
  readonly oneOf: string;
  readonly allOf: string;
  /** The confidence cues: a "?" badge, a hollow faint mark. */
  readonly contested: string;
  readonly discounted: string;
}

// One formatter for every count: toLocaleString builds a new one per call, costly on zoom frames full of clusters.
const numberFormat = new Intl.NumberFormat('en');
const enMegabytes = megabytes('en');
const plural = (n: number, one: string, other: string) => `${numberFormat.format(n)} ${n === 1 ? one : other}`;

export const EN_UI: UiStrings = {
  toolbarLabel: 'Timeline controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  showTable: 'Table',
  plotLabel: (title) => (title ? `Timeline: ${title}` : 'Timeline'),
  plotHelp: 'Arrow keys move between events, Enter opens one, N and P open the next and previous event, plus and minus zoom, 0 shows all.',
  closeDetails: 'Close details',
  sourceSays: 'The source says',
  howDated: 'How it was dated',
  actors: 'Actors',
  category: 'Kind',
  legend: {
    title: 'Key',
    exact: 'Exact day',
    soft: 'Known only to the week, month, season or year',
    hedged: 'Approximate or uncertain',
    span: 'A span, from start to end',
    ongoing: 'Ongoing',
    oneOf: 'One of several dates',
    allOf: 'Each of several dates',
    contested: 'Contested',
    discounted: 'Discounted',
  },
  andMore: (n) => `… and ${numberFormat.format(n)} more`,
  sources: 'Sources',
  columnDate: 'Date',
  columnTitle: 'Event',
  eventCount: (n) => plural(n, 'event', 'events'),
  clusterName: (n, when) => `${plural(n, 'event', 'events')}, ${when}. Press Enter to zoom in.`,
  binCount: (n) => String(n),
  rejectedNotice: (rejected, total) => `${rejected} of ${total} records could not be shown`,
  details: 'details',
  dismiss: 'Dismiss',
  loading: 'Loading events…',
  loadProgress: (bytes, total, rows) =>
    progressLine('Loading events…', total === undefined ? enMegabytes(bytes) : `${enMegabytes(bytes)} of ${enMegabytes(total)}`, rows === undefined ? undefined : plural(rows, 'row', 'rows')),
  preparing: (percent) => `Preparing events… ${percent}%`,
  loadFailed: 'The events could not be loaded',
  retry: 'Try again',
  fullText: 'Full text',
  cancelLoad: 'Cancel',
  loadCancelled: 'Loading was cancelled',
  loadTimedOut: (s) => `no answer within ${numberFormat.format(s)} s`,
  noEvents: 'No events to show.',
  otherLane: 'Other',
  unknownLane: 'Unknown',
  search: 'Search',
  searchLabel: 'Search events',
  allActors: 'All actors',
  allCategories: 'All kinds',
  filterToggle: 'Filter',
  filterLabel: 'Filter events',
  filterMatches: (a, b) => `${numberFormat.format(a)} of ${plural(b, 'event', 'events')}`,
  clearFilter: 'Clear',
  viewRange: (from, to, count) => `Showing ${from} to ${to}: ${count}`,
  tableCaption: (count, from, to) => `${count} from ${from} to ${to}`,
  tableShowing: (shown, total) => `Showing ${numberFormat.format(shown)} of ${numberFormat.format(total)}.`,
  showMore: 'Show more',
  quote: (text) => `“${text}”`,
  listSeparator: ', ',
  previous: 'Previous',
  next: 'Next',
  storyTarget: (step, title, when) => `${step}: ${title}, ${when}`,
  wheelHint: 'Use Ctrl + scroll to zoom',
  wheelHintApple: 'Use ⌘ + scroll to zoom',
  reported: (lag, date) => `Reported ${enLag(lag)}, ${date}`,
  confidence: 'Confidence',
  datesGiven: 'Dates given',
  confidenceLevels: { confirmed: 'confirmed', likely: 'likely', contested: 'contested', discounted: 'discounted' },
  archived: 'archived',
  archivedCopyOf: (source) => `archived copy of ${source}`,
  accessed: (date) => `accessed ${date}`,
  exportMenu: 'Export',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  print: 'Print',
};

const enAmount = lagAmount('en');

function enLag(lag: ReportLag): string {
  if (lag.kind === 'later') return `${enAmount(lag)} later`;
  if (lag.kind === 'earlier') return `${enAmount(lag)} before the event's date`;
  if (lag.kind === 'during') return 'while it was under way';
  return `the same ${lag.unit}`;
}

/**
 * Bytes as decimal megabytes to a tenth, in the language's own unit and digits ("12.4 MB", "12,4 Mo");
 * `long` where the short unit is not the language's own (Persian's is the Latin "MB").
 */
export function megabytes(tag: string, unitDisplay: 'short' | 'long' = 'short'): (bytes: number) => string {
  const format = new Intl.NumberFormat(tag, { style: 'unit', unit: 'megabyte', unitDisplay, minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (bytes) => format.format(bytes / 1e6);
}

/** A load's progress line: what is happening, the bytes, and the rows when counted, apart by a middle dot. */
export function progressLine(doing: string, bytes: string, rows: string | undefined): string {
  return rows === undefined ? `${doing} ${bytes}` : `${doing} ${bytes} · ${rows}`;
}
