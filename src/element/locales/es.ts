import { es } from 'date-fns/locale/es';
import { listJoiner, withEra, type DatePatterns, type DateWords } from '../../model/describe-date.js';
import type { LocalePack } from '../locale-pack.js';
import { megabytes, progressLine, type UiStrings } from '../ui-strings.js';
import type { LagUnit, ReportLag } from '../../model/report-lag.js';
import { lagAmount } from '../lag-amount.js';
import { romanNumeral } from './roman-numeral.js';

const esMegabytes = megabytes('es');

const pluralRules = new Intl.PluralRules('es');
const number = new Intl.NumberFormat('es');

/** Spanish counts: "1 acontecimiento", "5 acontecimientos", and a million takes "de" ("1.000.000 de …"). */
function counted(n: number, one: string, other: string): string {
  switch (pluralRules.select(n)) {
    case 'one':
      return `${number.format(n)} ${one}`;
    case 'many':
      return `${number.format(n)} de ${other}`;
    default:
      return `${number.format(n)} ${other}`;
  }
}

const eventCount = (n: number) => counted(n, 'acontecimiento', 'acontecimientos');

/** "y" becomes "e" before a word that starts with the sound i: "aproximada e incierta". */
function and(words: readonly string[]): string {
  return words.reduce((text, word) => (text ? `${text} ${/^h?i(?!e)/i.test(word) ? 'e' : 'y'} ${word}` : word), '');
}

const PATTERNS: DatePatterns = {
  instant: "d 'de' MMMM 'de' y, HH:mm 'UTC'",
  instantWithSeconds: "d 'de' MMMM 'de' y, HH:mm:ss 'UTC'",
  day: "d 'de' MMMM 'de' y",
  month: "MMMM 'de' y",
  year: 'y',
};

// Era patterns only format year 0 and earlier, so the era is always BC: the RAE's "a. C.".
const BC = 'a. C.';

/**
 * "hasta" takes an article before a day, a season, a decade or a century ("hasta el 17 de
 * septiembre de 2018", "hasta el otoño de 2017", "hasta la década de 2010"), none before a month
 * or a year ("hasta febrero de 2019", "hasta 2019").
 */
function until(end: string): string {
  if (/^\d+ de /.test(end) || /^(primavera|verano|otoño|invierno|siglo) /.test(end)) {
    return /^primavera /.test(end) ? `hasta la ${end}` : `hasta el ${end}`;
  }
  if (/^(década|semana) /.test(end)) return `hasta la ${end}`;
  return `hasta ${end}`;
}

const WORDS: DateWords = {
  seasons: { spring: 'primavera', summer: 'verano', autumn: 'otoño', winter: 'invierno' },
  // They qualify "fecha" (feminine): "otoño de 2017 (fecha aproximada)".
  approximate: 'aproximada',
  uncertain: 'incierta',
  ongoing: 'en curso',
  unknown: 'fecha desconocida',
  decade: (y) => (y >= 0 ? `década de ${y}` : `década de ${-y} ${BC}`),
  century: (n) => (n > 0 ? `siglo ${romanNumeral(n)}` : `siglo ${romanNumeral(-n)} ${BC}`),
  week: (monday) => `semana del ${monday}`,
  range: (a, b) => `${a} – ${b}`,
  patterns: PATTERNS,
  eraPatterns: withEra(PATTERNS, `'${BC}'`),
  adPatterns: withEra(PATTERNS, "'d. C.'"),
  season: (season, year) => `${season} de ${year}`,
  qualified: (date, qualifiers) => `${date} (fecha ${and(qualifiers)})`,
  until,
  farYear: (y) => (y > 0 ? String(y) : `${1 - y} ${BC}`),
  oneOf: listJoiner('es', 'disjunction'),
  allOf: listJoiner('es', 'conjunction'),
  orEarlier: (d) => `${d} o antes`,
  orLater: (d) => `${d} o después`,
  between: (a, b) => `en algún momento entre ${a} y ${b}`,
};

const amount = lagAmount('es');
const SAME: Readonly<Record<LagUnit, string>> = { day: 'el mismo día', month: 'el mismo mes', year: 'el mismo año' };

/** When the source published it, and how long after (or before) the event's date. */
function reported(lag: ReportLag, date: string): string {
  if (lag.kind === 'later') return `Publicado ${amount(lag)} después, ${date}`;
  if (lag.kind === 'earlier') return `Publicado ${amount(lag)} antes de la fecha del suceso, ${date}`;
  if (lag.kind === 'during') return `Publicado mientras sucedía, ${date}`;
  return `Publicado ${SAME[lag.unit]}, ${date}`;
}

const UI: UiStrings = {
  toolbarLabel: 'Controles de la cronología',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Ver todo',
  showTable: 'Tabla',
  plotLabel: (title) => (title ? `Cronología: ${title}` : 'Cronología'),
  plotHelp:
    'Las flechas pasan de un acontecimiento a otro, Intro abre uno, N y P abren el siguiente y el anterior, más y menos acercan y alejan, 0 muestra todo.',
  closeDetails: 'Cerrar detalles',
  sourceSays: 'Según la fuente',
  howDated: 'Cómo se fechó',
  actors: 'Actores',
  category: 'Tipo',
  legend: {
    title: 'Leyenda',
    exact: 'Día exacto',
    soft: 'Solo se conoce la semana, el mes, la estación o el año',
    hedged: 'Aproximado o incierto',
    span: 'Periodo, de principio a fin',
    ongoing: 'En curso',
    oneOf: 'Una fecha entre varias',
    allOf: 'Cada una de varias fechas',
    contested: 'En disputa',
    discounted: 'Descartado',
  },
  andMore: (n) => `… y ${n} más`,
  sources: 'Fuentes',
  columnDate: 'Fecha',
  columnTitle: 'Acontecimiento',
  eventCount,
  clusterName: (n, when) => `${eventCount(n)}, ${when}. Pulse Intro para acercar.`,
  binCount: (n) => String(n),
  rejectedNotice: (rejected, total) =>
    `${pluralRules.select(rejected) === 'one' ? 'No se pudo mostrar' : 'No se pudieron mostrar'} ` +
    `${number.format(rejected)} de ${counted(total, 'registro', 'registros')}`,
  details: 'detalles',
  dismiss: 'Ocultar',
  loading: 'Cargando acontecimientos…',
  loadProgress: (bytes, total, rows) =>
    progressLine('Cargando acontecimientos…', total === undefined ? esMegabytes(bytes) : `${esMegabytes(bytes)} de ${esMegabytes(total)}`, rows === undefined ? undefined : counted(rows, 'fila', 'filas')),
  preparing: (percent) => `Preparando los acontecimientos… ${percent} %`,
  loadFailed: 'No se pudieron cargar los acontecimientos',
  retry: 'Reintentar',
  fullText: 'Texto completo',
  cancelLoad: 'Cancelar',
  loadCancelled: 'Se canceló la carga',
  loadTimedOut: (s) => `sin respuesta en ${number.format(s)} segundos`,
  noEvents: 'No hay acontecimientos que mostrar.',
  otherLane: 'Otros',
  unknownLane: 'Desconocido',
  search: 'Buscar',
  searchLabel: 'Buscar eventos',
  allActors: 'Todos los actores',
  allCategories: 'Todos los tipos',
  filterToggle: 'Filtrar',
  filterLabel: 'Filtrar eventos',
  filterMatches: (a, b) => `${number.format(a)} de ${number.format(b)}`,
  clearFilter: 'Borrar',
  // A dash, not "del … al …": the ends may be days, months or years, and only days take "del".
  viewRange: (from, to, count) => `Se muestra ${from} – ${to}: ${count}`,
  tableCaption: (count, from, to) => `${count}, ${from} – ${to}`,
  tableShowing: (shown, total) => `Se muestran ${number.format(shown)} de ${number.format(total)}.`,
  showMore: 'Mostrar más',
  quote: (text) => `«${text}»`,
  listSeparator: ', ',
  previous: 'Anterior',
  next: 'Siguiente',
  storyTarget: (step, title, when) => `${step}: ${title}, ${when}`,
  wheelHint: 'Usa Ctrl + desplazamiento para acercar o alejar',
  wheelHintApple: 'Usa ⌘ + desplazamiento para acercar o alejar',
  reported,
  confidence: 'Fiabilidad',
  datesGiven: 'Fechas según las fuentes',
  confidenceLevels: { confirmed: 'confirmado', likely: 'probable', contested: 'en disputa', discounted: 'descartado' },
  archived: 'copia archivada',
  archivedCopyOf: (source) => `copia archivada de ${source}`,
  accessed: (date) => `consultado: ${date}`,
  exportMenu: 'Exportar',
  downloadSvg: 'Descargar SVG',
  downloadPng: 'Descargar PNG',
  print: 'Imprimir',
};

export const ES_PACK: LocalePack = { tag: 'es', ui: UI, words: WORDS, dateFns: es };
