import { de } from 'date-fns/locale/de';
import { listJoiner, withEra, type DatePatterns, type DateWords } from '../../model/describe-date.js';
import type { LocalePack } from '../locale-pack.js';
import { megabytes, progressLine, type UiStrings } from '../ui-strings.js';
import type { LagUnit, ReportLag } from '../../model/report-lag.js';
import { lagAmount } from '../lag-amount.js';

const deMegabytes = megabytes('de');

const pluralRules = new Intl.PluralRules('de');
const number = new Intl.NumberFormat('de');
const isOne = (n: number) => pluralRules.select(n) === 'one';

function eventCount(n: number): string {
  return `${number.format(n)} ${isOne(n) ? 'Ereignis' : 'Ereignisse'}`;
}

// German puts a full stop after the day ("17. September 2018"), as date-fns' own long date does.
const PATTERNS: DatePatterns = {
  instant: "d. MMMM y, HH:mm 'Uhr UTC'",
  instantWithSeconds: "d. MMMM y, HH:mm:ss 'Uhr UTC'",
  day: 'd. MMMM y',
  month: 'MMMM y',
  year: 'y',
};

// Era patterns only ever format year 0 and earlier, so the era is always BC. The literal is the
// Duden spelling "v. Chr."; date-fns' era abbreviation runs it together ("v.Chr.").
const BC = 'v. Chr.';

/**
 * "bis" takes an article before a day or a season ("bis zum 17. September 2018", "bis zum Herbst
 * 2017"), "in" before decades and centuries ("bis in die 2010er-Jahre", "bis ins 20. Jahrhundert"),
 * nothing before a month or a year ("bis Februar 2019", "bis 2019").
 */
function until(end: string): string {
  if (/^\d+\. \p{L}/u.test(end) || /^(Frühjahr|Sommer|Herbst|Winter) /.test(end)) return `bis zum ${end}`;
  if (/^Woche /.test(end)) return `bis zur ${end}`;
  if (/^\d+er-Jahre/.test(end)) return `bis in die ${end}`;
  if (/^\d+\. Jahrhundert/.test(end)) return `bis ins ${end}`;
  return `bis ${end}`;
}

const WORDS: DateWords = {
  seasons: { spring: 'Frühjahr', summer: 'Sommer', autumn: 'Herbst', winter: 'Winter' },
  // German hedges a date in front of it: "etwa Herbst 2017", "vermutlich 11. Februar 2019".
  approximate: 'etwa',
  uncertain: 'vermutlich',
  ongoing: 'andauernd',
  unknown: 'unbekannt',
  decade: (y) => (y >= 0 ? `${y}er-Jahre` : `${-y}er-Jahre ${BC}`),
  century: (n) => (n > 0 ? `${n}. Jahrhundert` : `${-n}. Jahrhundert ${BC}`),
  week: (monday) => `Woche vom ${monday}`,
  range: (a, b) => `${a} – ${b}`,
  patterns: PATTERNS,
  eraPatterns: withEra(PATTERNS, `'${BC}'`),
  adPatterns: withEra(PATTERNS, "'n. Chr.'"),
  season: (season, year) => `${season} ${year}`,
  // Qualifiers arrive as [approximate, uncertain]; read outward: "vermutlich etwa Herbst 2017".
  qualified: (date, qualifiers) => `${[...qualifiers].reverse().join(' ')} ${date}`,
  until,
  farYear: (y) => (y > 0 ? String(y) : `${1 - y} ${BC}`),
  oneOf: listJoiner('de', 'disjunction'),
  allOf: listJoiner('de', 'conjunction'),
  orEarlier: (d) => `${d} oder früher`,
  orLater: (d) => `${d} oder später`,
  between: (a, b) => `irgendwann zwischen ${a} und ${b}`,
};

const amount = lagAmount('de');
const SAME: Readonly<Record<LagUnit, string>> = { day: 'Am selben Tag', month: 'Im selben Monat', year: 'Im selben Jahr' };

/** When the source published it, and how long after (or before) the event's date. */
function reported(lag: ReportLag, date: string): string {
  // "früher als" keeps the count in the accusative that Intl gives ("3 Tage"); "vor" would need the dative.
  if (lag.kind === 'later') return `${amount(lag)} später gemeldet: ${date}`;
  if (lag.kind === 'earlier') return `${amount(lag)} früher als das Datum des Ereignisses gemeldet: ${date}`;
  if (lag.kind === 'during') return `Während des Geschehens gemeldet: ${date}`;
  return `${SAME[lag.unit]} gemeldet: ${date}`;
}

const UI: UiStrings = {
  toolbarLabel: 'Steuerung der Zeitleiste',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alles zeigen',
  showTable: 'Tabelle',
  plotLabel: (title) => (title ? `Zeitleiste: ${title}` : 'Zeitleiste'),
  plotHelp:
    'Mit den Pfeiltasten von Ereignis zu Ereignis, die Eingabetaste öffnet eines, N und P öffnen das nächste und das vorherige, Plus und Minus zoomen, 0 zeigt alles.',
  closeDetails: 'Details schließen',
  sourceSays: 'Wortlaut der Quelle',
  howDated: 'So wurde datiert',
  actors: 'Beteiligte',
  category: 'Art',
  legend: {
    title: 'Legende',
    exact: 'Genauer Tag',
    soft: 'Nur Woche, Monat, Jahreszeit oder Jahr bekannt',
    hedged: 'Ungefähr oder unsicher',
    span: 'Zeitraum von Anfang bis Ende',
    ongoing: 'Andauernd',
    oneOf: 'Eines von mehreren Daten',
    allOf: 'Jedes von mehreren Daten',
    contested: 'Umstritten',
    discounted: 'Verworfen',
  },
  andMore: (n) => `… und ${n} weitere`,
  sources: 'Quellen',
  columnDate: 'Datum',
  columnTitle: 'Ereignis',
  eventCount,
  clusterName: (n, when) => `${eventCount(n)}, ${when}. Eingabetaste zum Vergrößern.`,
  binCount: (n) => String(n),
  rejectedNotice: (rejected, total) =>
    `${number.format(rejected)} von ${number.format(total)} ${isOne(total) ? 'Eintrag' : 'Einträgen'} ` +
    `${isOne(rejected) ? 'konnte' : 'konnten'} nicht angezeigt werden`,
  details: 'Details',
  dismiss: 'Ausblenden',
  // German sets a space before the ellipsis when it stands for omitted words.
  loading: 'Ereignisse werden geladen …',
  loadProgress: (bytes, total, rows) =>
    progressLine('Ereignisse werden geladen …', total === undefined ? deMegabytes(bytes) : `${deMegabytes(bytes)} von ${deMegabytes(total)}`, rows === undefined ? undefined : `${number.format(rows)} ${isOne(rows) ? 'Zeile' : 'Zeilen'}`),
  preparing: (percent) => `Ereignisse werden vorbereitet … ${percent} %`,
  loadFailed: 'Die Ereignisse konnten nicht geladen werden',
  retry: 'Erneut versuchen',
  fullText: 'Vollständiger Text',
  cancelLoad: 'Abbrechen',
  loadCancelled: 'Das Laden wurde abgebrochen',
  loadTimedOut: (s) => `keine Antwort innerhalb von ${number.format(s)} Sekunden`,
  noEvents: 'Keine Ereignisse vorhanden.',
  otherLane: 'Sonstige',
  unknownLane: 'Unbekannt',
  search: 'Suchen',
  searchLabel: 'Ereignisse durchsuchen',
  allActors: 'Alle Akteure',
  allCategories: 'Alle Arten',
  filterToggle: 'Filter',
  filterLabel: 'Ereignisse filtern',
  filterMatches: (a, b) => `${number.format(a)} von ${number.format(b)}`,
  clearFilter: 'Zurücksetzen',
  viewRange: (from, to, count) => `Angezeigt: ${from} bis ${to}, ${count}`,
  tableCaption: (count, from, to) => `${count}, ${from} bis ${to}`,
  tableShowing: (shown, total) => `${number.format(shown)} von ${number.format(total)} angezeigt.`,
  showMore: 'Mehr anzeigen',
  quote: (text) => `„${text}“`,
  listSeparator: ', ',
  previous: 'Vorheriges',
  next: 'Nächstes',
  storyTarget: (step, title, when) => `${step}: ${title}, ${when}`,
  wheelHint: 'Zum Zoomen Strg + Scrollen verwenden',
  wheelHintApple: 'Zum Zoomen ⌘ + Scrollen verwenden',
  reported,
  confidence: 'Gewissheit',
  datesGiven: 'Angegebene Daten',
  confidenceLevels: { confirmed: 'bestätigt', likely: 'wahrscheinlich', contested: 'umstritten', discounted: 'verworfen' },
  archived: 'Archivkopie',
  archivedCopyOf: (source) => `Archivkopie von ${source}`,
  accessed: (date) => `abgerufen: ${date}`,
  exportMenu: 'Exportieren',
  downloadSvg: 'SVG herunterladen',
  downloadPng: 'PNG herunterladen',
  print: 'Drucken',
};

export const DE_PACK: LocalePack = { tag: 'de', ui: UI, words: WORDS, dateFns: de };
