import { fr } from 'date-fns/locale/fr';
import { listJoiner, withEra, type DatePatterns, type DateWords } from '../../model/describe-date.js';
import type { LocalePack } from '../locale-pack.js';
import { megabytes, progressLine, type UiStrings } from '../ui-strings.js';
import type { LagUnit, ReportLag } from '../../model/report-lag.js';
import { lagAmount } from '../lag-amount.js';
import { romanNumeral } from './roman-numeral.js';

const frMegabytes = megabytes('fr');

const pluralRules = new Intl.PluralRules('fr');
const number = new Intl.NumberFormat('fr');
/** French typography: a no-break space before ":" and ";", so they never start a line. */
const NBSP = '\u00a0';

/** French counts: 0 and 1 are singular; a million takes "de" ("1 000 000 d’événements"). */
function counted(n: number, one: string, other: string): string {
  switch (pluralRules.select(n)) {
    case 'one':
      return `${number.format(n)} ${one}`;
    case 'many':
      return `${number.format(n)} ${/^[aeiouéèêh]/i.test(other) ? 'd’' : 'de '}${other}`;
    default:
      return `${number.format(n)} ${other}`;
  }
}

const eventCount = (n: number) => counted(n, 'événement', 'événements');

// "do" gives "1er" for the first of the month, as French writes it, and plain digits otherwise.
const PATTERNS: DatePatterns = {
  instant: "do MMMM y 'à' H 'h' mm 'UTC'",
  instantWithSeconds: "do MMMM y 'à' H 'h' mm 'min' ss 's UTC'",
  day: 'do MMMM y',
  month: 'MMMM y',
  year: 'y',
};

// Era patterns only format year 0 and earlier, so the era is always BC.
const BC = 'av. J.-C.';

/** Centuries: "XXe siècle", but "Ier siècle". */
const ordinalCentury = (n: number) => `${romanNumeral(n)}${n === 1 ? 'er' : 'e'} siècle`;

/**
 * "until" takes the preposition each kind of date wants: "jusqu’au 14 février 2019",
 * "jusqu’en février 2019", "jusqu’en 2019", "jusqu’à l’automne 2017", "jusqu’au printemps 2018",
 * "jusqu’aux années 2010", "jusqu’au XXe siècle".
 */
function until(end: string): string {
  if (/^\d+(er)? (?!av\.)\p{L}/u.test(end)) return `jusqu’au ${end}`;
  if (/^(printemps|[IVXLCDM]+(er|e) siècle)/.test(end)) return `jusqu’au ${end}`;
  if (/^(automne|été|hiver)/.test(end)) return `jusqu’à l’${end}`;
  if (/^semaine /.test(end)) return `jusqu’à la ${end}`;
  if (/^années/.test(end)) return `jusqu’aux ${end}`;
  return `jusqu’en ${end}`;
}

const WORDS: DateWords = {
  seasons: { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' },
  // They qualify "date": "automne 2017 (date approximative)".
  approximate: 'approximative',
  uncertain: 'incertaine',
  ongoing: 'en cours',
  unknown: 'date inconnue',
  decade: (y) => (y >= 0 ? `années ${y}` : `années ${-y} ${BC}`),
  century: (n) => (n > 0 ? ordinalCentury(n) : `${ordinalCentury(-n)} ${BC}`),
  week: (monday) => `semaine du ${monday}`,
  range: (a, b) => `${a} – ${b}`,
  patterns: PATTERNS,
  eraPatterns: withEra(PATTERNS, `'${BC}'`),
  adPatterns: withEra(PATTERNS, "'apr. J.-C.'"),
  season: (season, year) => `${season} ${year}`,
  qualified: (date, qualifiers) => `${date} (date ${qualifiers.join(' et ')})`,
  until,
  farYear: (y) => (y > 0 ? String(y) : `${1 - y} ${BC}`),
  oneOf: listJoiner('fr', 'disjunction'),
  allOf: listJoiner('fr', 'conjunction'),
  orEarlier: (d) => `${d} ou avant`,
  orLater: (d) => `${d} ou après`,
  between: (a, b) => `entre ${a} et ${b}`,
};

const amount = lagAmount('fr');
const SAME: Readonly<Record<LagUnit, string>> = { day: 'le jour même', month: 'le même mois', year: 'la même année' };

/** When the source published it, and how long after (or before) the event's date. */
function reported(lag: ReportLag, date: string): string {
  if (lag.kind === 'later') return `Rapporté ${amount(lag)} plus tard, ${date}`;
  if (lag.kind === 'earlier') return `Rapporté ${amount(lag)} avant la date de l’événement, ${date}`;
  if (lag.kind === 'during') return `Rapporté pendant son déroulement, ${date}`;
  return `Rapporté ${SAME[lag.unit]}, ${date}`;
}

const UI: UiStrings = {
  toolbarLabel: 'Commandes de la frise chronologique',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout afficher',
  showTable: 'Tableau',
  plotLabel: (title) => (title ? `Frise chronologique${NBSP}: ${title}` : 'Frise chronologique'),
  plotHelp:
    'Les flèches passent d’un événement à l’autre, Entrée en ouvre un, N et P ouvrent le suivant et le précédent, plus et moins zooment, 0 affiche tout.',
  closeDetails: 'Fermer les détails',
  sourceSays: 'Selon la source',
  howDated: 'Comment la date a été établie',
  actors: 'Acteurs',
  category: 'Type',
  legend: {
    title: 'Légende',
    exact: 'Jour exact',
    soft: 'Seuls la semaine, le mois, la saison ou l’année sont connus',
    hedged: 'Approximatif ou incertain',
    span: 'Période, du début à la fin',
    ongoing: 'En cours',
    oneOf: 'Une date parmi plusieurs',
    allOf: 'Chacune de plusieurs dates',
    contested: 'Contesté',
    discounted: 'Écarté',
  },
  andMore: (n) => `… et ${n} de plus`,
  sources: 'Sources',
  columnDate: 'Date',
  columnTitle: 'Événement',
  eventCount,
  clusterName: (n, when) => `${eventCount(n)}, ${when}. Appuyez sur Entrée pour zoomer.`,
  binCount: (n) => String(n),
  rejectedNotice: (rejected, total) =>
    pluralRules.select(rejected) === 'one'
      ? `${number.format(rejected)} enregistrement sur ${number.format(total)} n’a pas pu être affiché`
      : `${number.format(rejected)} enregistrements sur ${number.format(total)} n’ont pas pu être affichés`,
  details: 'détails',
  dismiss: 'Masquer',
  loading: 'Chargement des événements…',
  loadProgress: (bytes, total, rows) =>
    progressLine('Chargement des événements…', total === undefined ? frMegabytes(bytes) : `${frMegabytes(bytes)} sur ${frMegabytes(total)}`, rows === undefined ? undefined : counted(rows, 'ligne', 'lignes')),
  preparing: (percent) => `Préparation des événements… ${percent} %`,
  loadFailed: 'Impossible de charger les événements',
  retry: 'Réessayer',
  fullText: 'Texte complet',
  cancelLoad: 'Annuler',
  loadCancelled: 'Le chargement a été annulé',
  loadTimedOut: (s) => `aucune réponse en ${number.format(s)} secondes`,
  noEvents: 'Aucun événement à afficher.',
  otherLane: 'Autres',
  unknownLane: 'Inconnu',
  search: 'Rechercher',
  searchLabel: 'Rechercher des événements',
  allActors: 'Tous les acteurs',
  allCategories: 'Tous les types',
  filterToggle: 'Filtrer',
  filterLabel: 'Filtrer les événements',
  filterMatches: (a, b) => `${number.format(a)} sur ${number.format(b)}`,
  clearFilter: 'Effacer',
  // A dash, not "du … au …": the ends may be days, months or years, and each takes its own preposition.
  viewRange: (from, to, count) => `Affichage${NBSP}: ${from} – ${to}, ${count}`,
  tableCaption: (count, from, to) => `${count}, ${from} – ${to}`,
  tableShowing: (shown, total) => `${number.format(shown)} sur ${number.format(total)} affichés.`,
  showMore: 'Afficher plus',
  quote: (text) => `« ${text} »`,
  listSeparator: ', ',
  previous: 'Précédent',
  next: 'Suivant',
  storyTarget: (step, title, when) => `${step}\u00a0: ${title}, ${when}`,
  wheelHint: 'Utilisez Ctrl + molette pour zoomer',
  wheelHintApple: 'Utilisez ⌘ + défilement pour zoomer',
  reported,
  confidence: 'Fiabilité',
  datesGiven: 'Dates selon les sources',
  confidenceLevels: { confirmed: 'confirmé', likely: 'probable', contested: 'contesté', discounted: 'écarté' },
  archived: 'archive',
  archivedCopyOf: (source) => `archive : ${source}`,
  accessed: (date) => `consulté : ${date}`,
  exportMenu: 'Exporter',
  downloadSvg: 'Télécharger en SVG',
  downloadPng: 'Télécharger en PNG',
  print: 'Imprimer',
};

export const FR_PACK: LocalePack = { tag: 'fr', ui: UI, words: WORDS, dateFns: fr };
