import { ru } from 'date-fns/locale/ru';
import { listJoiner, withEra, type DatePatterns, type DateWords } from '../../model/describe-date.js';
import type { LocalePack } from '../locale-pack.js';
import { megabytes, progressLine, type UiStrings } from '../ui-strings.js';
import type { LagUnit, ReportLag } from '../../model/report-lag.js';
import { lagAmount } from '../lag-amount.js';
import { romanNumeral } from './roman-numeral.js';

const ruMegabytes = megabytes('ru');

const pluralRules = new Intl.PluralRules('ru');
const number = new Intl.NumberFormat('ru');

/**
 * Russian nouns after a number take one of three forms: 1, 21 событие (one);
 * 2–4, 22 события (few); 0, 5–20, 25 событий (many). A fraction (other) takes the
 * genitive singular, as "few" does.
 */
function counted(n: number, one: string, few: string, many: string): string {
  const category = pluralRules.select(n);
  const noun = category === 'one' ? one : category === 'many' ? many : few;
  return `${number.format(n)} ${noun}`;
}

const eventCount = (n: number) => counted(n, 'событие', 'события', 'событий');

// "MMMM" after a day is the genitive ("17 сентября"); a month alone is "LLLL", the nominative
// ("сентябрь 2018 г."). Years carry "г.", as Russian dates in running text do.
const BASE: DatePatterns = {
  instant: "d MMMM y, HH:mm 'UTC'",
  instantWithSeconds: "d MMMM y, HH:mm:ss 'UTC'",
  day: 'd MMMM y',
  month: 'LLLL y',
  year: 'y',
};
const PATTERNS = withEra(BASE, "'г.'");
// Era patterns only format year 0 and earlier, so the era is always BC: "44 г. до н. э.".
const BC = 'до н. э.';

const WORDS: DateWords = {
  seasons: { spring: 'весна', summer: 'лето', autumn: 'осень', winter: 'зима' },
  approximate: 'приблизительно',
  uncertain: 'предположительно',
  ongoing: 'по настоящее время',
  unknown: 'дата неизвестна',
  decade: (y) => (y >= 0 ? `${y}-е гг.` : `${-y}-е гг. ${BC}`),
  century: (n) => (n > 0 ? `${romanNumeral(n)} век` : `${romanNumeral(-n)} век ${BC}`),
  // Russian sets a spaced em dash between dates written in words.
  week: (monday) => `неделя с ${monday}`,
  range: (a, b) => `${a} — ${b}`,
  patterns: PATTERNS,
  eraPatterns: withEra(BASE, `'г. ${BC}'`),
  adPatterns: withEra(BASE, "'г. н. э.'"),
  season: (season, year) => `${season} ${year}`,
  qualified: (date, qualifiers) => `${date} (${qualifiers.join(', ')})`,
  // "по" takes the accusative, which for every form here reads as written: "по сентябрь 2018 г.",
  // "по 17 сентября 2018 г.", "по осень 2017 г."; "до" would need the genitive of a nominative month.
  // "по" takes the accusative: "по неделю с 4 мая 2020 г.".
  until: (end) => `по ${end.replace(/^неделя /, 'неделю ')}`,
  farYear: (y) => (y > 0 ? `${y} г.` : `${1 - y} г. ${BC}`),
  oneOf: listJoiner('ru', 'disjunction'),
  allOf: listJoiner('ru', 'conjunction'),
  orEarlier: (d) => `${d} или раньше`,
  orLater: (d) => `${d} или позже`,
  between: (a, b) => `между ${a} и ${b}`,
};

const amount = lagAmount('ru');
const SAME: Readonly<Record<LagUnit, string>> = { day: 'в тот же день', month: 'в том же месяце', year: 'в том же году' };

/** When the source published it, and how long after (or before) the event's date. */
function reported(lag: ReportLag, date: string): string {
  if (lag.kind === 'later') return `Сообщено ${amount(lag)} спустя, ${date}`;
  if (lag.kind === 'earlier') return `Сообщено за ${amount(lag)} до даты события, ${date}`;
  if (lag.kind === 'during') return `Сообщено во время события, ${date}`;
  return `Сообщено ${SAME[lag.unit]}, ${date}`;
}

const UI: UiStrings = {
  toolbarLabel: 'Управление хронологией',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  fit: 'Показать всё',
  showTable: 'Таблица',
  plotLabel: (title) => (title ? `Хронология: ${title}` : 'Хронология'),
  plotHelp:
    'Стрелки переходят от события к событию, Enter открывает событие, N и P открывают следующее и предыдущее, плюс и минус меняют масштаб, 0 показывает всё.',
  closeDetails: 'Закрыть подробности',
  sourceSays: 'Формулировка источника',
  howDated: 'Как установлена дата',
  actors: 'Стороны',
  category: 'Тип',
  legend: {
    title: 'Условные обозначения',
    exact: 'Точный день',
    soft: 'Известны только неделя, месяц, время года или год',
    hedged: 'Приблизительно или под сомнением',
    span: 'Период от начала до конца',
    ongoing: 'Продолжается',
    oneOf: 'Одна из нескольких дат',
    allOf: 'Каждая из нескольких дат',
    contested: 'Оспаривается',
    discounted: 'Отвергнуто',
  },
  andMore: (n) => `… и ещё ${n}`,
  sources: 'Источники',
  columnDate: 'Дата',
  columnTitle: 'Событие',
  eventCount,
  clusterName: (n, when) => `${eventCount(n)}, ${when}. Нажмите Enter, чтобы увеличить.`,
  binCount: (n) => String(n),
  // "из" takes the genitive: "из 21 записи" (one), "из 5 записей".
  rejectedNotice: (rejected, total) =>
    `Не удалось показать ${number.format(rejected)} из ${number.format(total)} ` +
    `${pluralRules.select(total) === 'one' ? 'записи' : 'записей'}`,
  details: 'подробнее',
  dismiss: 'Скрыть',
  loading: 'Загрузка событий…',
  loadProgress: (bytes, total, rows) =>
    progressLine('Загрузка событий…', total === undefined ? ruMegabytes(bytes) : `${ruMegabytes(bytes)} из ${ruMegabytes(total)}`, rows === undefined ? undefined : counted(rows, 'строка', 'строки', 'строк')),
  preparing: (percent) => `Подготовка событий… ${percent} %`,
  loadFailed: 'Не удалось загрузить события',
  retry: 'Повторить',
  fullText: 'Полный текст',
  cancelLoad: 'Отмена',
  loadCancelled: 'Загрузка отменена',
  loadTimedOut: (s) => `нет ответа за ${number.format(s)} с`,
  noEvents: 'Нет событий для показа.',
  otherLane: 'Прочие',
  unknownLane: 'Неизвестно',
  search: 'Поиск',
  searchLabel: 'Поиск событий',
  allActors: 'Все участники',
  allCategories: 'Все типы',
  filterToggle: 'Фильтр',
  filterLabel: 'Фильтр событий',
  filterMatches: (a, b) => `${number.format(a)} из ${number.format(b)}`,
  clearFilter: 'Сбросить',
  // A dash, not "с … по …": "с" would need each end in the genitive.
  viewRange: (from, to, count) => `Показано: ${from} — ${to}; ${count}`,
  tableCaption: (count, from, to) => `${count}: ${from} — ${to}`,
  tableShowing: (shown, total) => `Показано ${number.format(shown)} из ${number.format(total)}.`,
  showMore: 'Показать ещё',
  quote: (text) => `«${text}»`,
  listSeparator: ', ',
  previous: 'Предыдущее',
  next: 'Следующее',
  storyTarget: (step, title, when) => `${step}: ${title}, ${when}`,
  wheelHint: 'Чтобы изменить масштаб, прокручивайте, удерживая Ctrl',
  wheelHintApple: 'Чтобы изменить масштаб, прокручивайте, удерживая ⌘',
  reported,
  confidence: 'Достоверность',
  datesGiven: 'Даты по источникам',
  confidenceLevels: { confirmed: 'подтверждено', likely: 'вероятно', contested: 'оспаривается', discounted: 'отвергнуто' },
  archived: 'архивная копия',
  archivedCopyOf: (source) => `архивная копия: ${source}`,
  accessed: (date) => `дата обращения: ${date}`,
  exportMenu: 'Экспорт',
  downloadSvg: 'Скачать SVG',
  downloadPng: 'Скачать PNG',
  print: 'Печать',
};

export const RU_PACK: LocalePack = { tag: 'ru', ui: UI, words: WORDS, dateFns: ru };
