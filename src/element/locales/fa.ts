import type { Locale } from 'date-fns';
import { faIR } from 'date-fns/locale/fa-IR';
import { listJoiner, withEra, type DatePatterns, type DateWords } from '../../model/describe-date.js';
import type { LocalePack } from '../locale-pack.js';
import { megabytes, progressLine, type UiStrings } from '../ui-strings.js';
import type { LagUnit, ReportLag } from '../../model/report-lag.js';
import { lagAmount } from '../lag-amount.js';

const faMegabytes = megabytes('fa-u-nu-latn', 'long');

/**
 * Gregorian month names as the Persian press writes them (and CLDR lists them): آوریل, مه, ژوئن,
 * ژوئیه, اوت. date-fns' fa-IR has the colloquial آپریل, می, جون, جولای, آگوست, and cuts its
 * abbreviations with a kashida ("سپتـ"); Persian does not abbreviate these names, so the axis's
 * short months are the full ones.
 */
const MONTHS = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'] as const;

const faNewsroom: Locale = {
  ...faIR,
  localize: {
    ...faIR.localize,
    month: (month, options) => (options?.width === 'narrow' ? faIR.localize.month(month, options) : MONTHS[month]),
  },
};

// Digits stay Latin, as date-fns' fa-IR writes them in dates, so counts and dates match.
// Persian keeps the noun singular after any number ("1 رویداد", "5 رویداد"), so CLDR's
// one/other changes nothing here and no plural rules are needed.
const number = new Intl.NumberFormat('fa-u-nu-latn');
const eventCount = (n: number) => `${number.format(n)} رویداد`;

const PATTERNS: DatePatterns = {
  instant: "d MMMM y، HH:mm 'UTC'",
  instantWithSeconds: "d MMMM y، HH:mm:ss 'UTC'",
  day: 'd MMMM y',
  month: 'MMMM y',
  year: 'y',
};

// Era patterns only format year 0 and earlier, so the era is always BC: date-fns' "ق.م.".
const BC = 'ق.م.';

/** Ordinal centuries as written out: "قرن بیستم"; past the words listed, "قرن 25م". */
const ORDINALS = [
  'یکم', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم', 'دهم', 'یازدهم',
  'دوازدهم', 'سیزدهم', 'چهاردهم', 'پانزدهم', 'شانزدهم', 'هفدهم', 'هجدهم', 'نوزدهم', 'بیستم', 'بیست و یکم',
];
const century = (n: number) => `قرن ${ORDINALS[n - 1] ?? `${n}م`}`;

const WORDS: DateWords = {
  seasons: { spring: 'بهار', summer: 'تابستان', autumn: 'پاییز', winter: 'زمستان' },
  approximate: 'تقریبی',
  uncertain: 'نامطمئن',
  ongoing: 'ادامه دارد',
  unknown: 'نامعلوم',
  decade: (y) => (y >= 0 ? `دهه ${y}` : `دهه ${-y} ${BC}`),
  century: (n) => (n > 0 ? century(n) : `${century(-n)} ${BC}`),
  week: (monday) => `هفتهٔ ${monday}`,
  range: (a, b) => `${a} – ${b}`,
  patterns: PATTERNS,
  eraPatterns: withEra(PATTERNS, 'G'),
  // Persian writes AD as میلادی, shortened "م." (date-fns' "ب.م." is the Arabic form).
  adPatterns: withEra(PATTERNS, "'م.'"),
  season: (season, year) => `${season} ${year}`,
  qualified: (date, qualifiers) => `${date} (${qualifiers.join(' و ')})`,
  until: (end) => `تا ${end}`,
  farYear: (y) => (y > 0 ? String(y) : `${1 - y} ${BC}`),
  oneOf: listJoiner('fa', 'disjunction'),
  allOf: listJoiner('fa', 'conjunction'),
  orEarlier: (d) => `${d} یا پیش از آن`,
  orLater: (d) => `${d} یا پس از آن`,
  between: (a, b) => `زمانی بین ${a} و ${b}`,
};

const amount = lagAmount('fa-u-nu-latn');
const SAME: Readonly<Record<LagUnit, string>> = { day: 'همان روز', month: 'همان ماه', year: 'همان سال' };

/** When the source published it, and how long after (or before) the event's date. */
function reported(lag: ReportLag, date: string): string {
  if (lag.kind === 'later') return `${amount(lag)} بعد گزارش شد، ${date}`;
  if (lag.kind === 'earlier') return `${amount(lag)} پیش از تاریخ رویداد گزارش شد، ${date}`;
  if (lag.kind === 'during') return `در جریان رویداد گزارش شد، ${date}`;
  return `${SAME[lag.unit]} گزارش شد، ${date}`;
}

const UI: UiStrings = {
  toolbarLabel: 'ابزارهای خط زمانی',
  zoomIn: 'بزرگ‌نمایی',
  zoomOut: 'کوچک‌نمایی',
  fit: 'نمایش همه',
  showTable: 'جدول',
  plotLabel: (title) => (title ? `خط زمانی: ${title}` : 'خط زمانی'),
  plotHelp:
    'با کلیدهای جهت‌نما میان رویدادها جابه‌جا شوید، Enter رویداد را باز می‌کند، N و P رویداد بعدی و قبلی را باز می‌کنند، با به‌علاوه و منها بزرگ‌نمایی و کوچک‌نمایی کنید و 0 همه را نشان می‌دهد.',
  closeDetails: 'بستن جزئیات',
  sourceSays: 'عبارت منبع',
  howDated: 'تاریخ چگونه تعیین شد',
  actors: 'طرف‌ها',
  category: 'نوع',
  legend: {
    title: 'راهنمای نشانه‌ها',
    exact: 'روز دقیق',
    soft: 'فقط هفته، ماه، فصل یا سال معلوم است',
    hedged: 'تقریبی یا نامطمئن',
    span: 'بازه، از آغاز تا پایان',
    ongoing: 'ادامه دارد',
    oneOf: 'یکی از چند تاریخ',
    allOf: 'هر یک از چند تاریخ',
    contested: 'مورد مناقشه',
    discounted: 'مردود',
  },
  andMore: (n) => `… و ${n} مورد دیگر`,
  sources: 'منابع',
  columnDate: 'تاریخ',
  columnTitle: 'رویداد',
  eventCount,
  clusterName: (n, when) => `${eventCount(n)}، ${when}. برای بزرگ‌نمایی Enter را بزنید.`,
  binCount: (n) => String(n),
  rejectedNotice: (rejected, total) => `${number.format(rejected)} مورد از ${number.format(total)} رکورد نمایش داده نشد`,
  details: 'جزئیات',
  dismiss: 'پنهان کردن',
  loading: 'در حال بارگذاری رویدادها…',
  loadProgress: (bytes, total, rows) =>
    progressLine('در حال بارگذاری رویدادها…', total === undefined ? faMegabytes(bytes) : `${faMegabytes(bytes)} از ${faMegabytes(total)}`, rows === undefined ? undefined : `${number.format(rows)} ردیف`),
  preparing: (percent) => `در حال آماده‌سازی رویدادها… ${percent}٪`,
  loadFailed: 'بارگذاری رویدادها ممکن نشد',
  retry: 'تلاش دوباره',
  fullText: 'متن کامل',
  cancelLoad: 'لغو',
  loadCancelled: 'بارگذاری لغو شد',
  loadTimedOut: (s) => `پاسخی در ${number.format(s)} ثانیه نیامد`,
  noEvents: 'رویدادی برای نمایش وجود ندارد.',
  otherLane: 'سایر',
  unknownLane: 'نامعلوم',
  search: 'جستجو',
  searchLabel: 'جستجو در رویدادها',
  allActors: 'همه طرف‌ها',
  allCategories: 'همه انواع',
  filterToggle: 'فیلتر',
  filterLabel: 'فیلتر رویدادها',
  filterMatches: (a, b) => `${number.format(a)} از ${number.format(b)}`,
  clearFilter: 'پاک کردن',
  viewRange: (from, to, count) => `نمایش از ${from} تا ${to}: ${count}`,
  tableCaption: (count, from, to) => `${count} از ${from} تا ${to}`,
  tableShowing: (shown, total) => `نمایش ${number.format(shown)} از ${number.format(total)}.`,
  showMore: 'نمایش بیشتر',
  quote: (text) => `«${text}»`,
  listSeparator: '، ',
  previous: 'قبلی',
  next: 'بعدی',
  storyTarget: (step, title, when) => `${step}: ${title}، ${when}`,
  wheelHint: 'برای بزرگ‌نمایی و کوچک‌نمایی از Ctrl + پیمایش استفاده کنید',
  wheelHintApple: 'برای بزرگ‌نمایی و کوچک‌نمایی از ⌘ + پیمایش استفاده کنید',
  reported,
  confidence: 'میزان اطمینان',
  datesGiven: 'تاریخ‌ها به روایت منابع',
  confidenceLevels: { confirmed: 'تأییدشده', likely: 'محتمل', contested: 'مورد مناقشه', discounted: 'مردود' },
  archived: 'نسخهٔ بایگانی',
  archivedCopyOf: (source) => `نسخهٔ بایگانی ${source}`,
  accessed: (date) => `تاریخ دسترسی: ${date}`,
  exportMenu: 'خروجی گرفتن',
  downloadSvg: 'بارگیری SVG',
  downloadPng: 'بارگیری PNG',
  print: 'چاپ',
};

export const FA_PACK: LocalePack = { tag: 'fa', ui: UI, words: WORDS, dateFns: faNewsroom };
