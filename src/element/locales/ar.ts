import { ar } from 'date-fns/locale/ar';
import { listJoiner, withEra, type DatePatterns, type DateWords } from '../../model/describe-date.js';
import type { LocalePack } from '../locale-pack.js';
import { megabytes, progressLine, type UiStrings } from '../ui-strings.js';
import type { LagUnit, ReportLag } from '../../model/report-lag.js';
import { lagAmount } from '../lag-amount.js';

const arMegabytes = megabytes('ar-u-nu-latn');

// Digits stay Latin, as date-fns' Arabic locale writes them, so counts and dates match.
const pluralRules = new Intl.PluralRules('ar');
/** Rows read, counted as Arabic counts them: صف واحد، صفان، ٣ صفوف، ١١ صفًا، ١٠٠ صف. */
function rowCount(n: number): string {
  switch (pluralRules.select(n)) {
    case 'zero':
      return `${n} صف`;
    case 'one':
      return 'صف واحد';
    case 'two':
      return 'صفان';
    case 'few':
      return `${n} صفوف`;
    case 'many':
      return `${n} صفًا`;
    default:
      return `${n} صف`;
  }
}
function eventCount(n: number): string {
  switch (pluralRules.select(n)) {
    case 'zero':
      return 'لا أحداث';
    case 'one':
      return 'حدث واحد';
    case 'two':
      return 'حدثان';
    case 'few':
      return `${n} أحداث`;
    case 'many':
      return `${n} حدثًا`;
    default:
      return `${n} حدث`;
  }
}

const PATTERNS: DatePatterns = {
  instant: "d MMMM y، HH:mm 'UTC'",
  instantWithSeconds: "d MMMM y، HH:mm:ss 'UTC'",
  day: 'd MMMM y',
  month: 'MMMM y',
  year: 'y',
};

const WORDS: DateWords = {
  seasons: { spring: 'ربيع', summer: 'صيف', autumn: 'خريف', winter: 'شتاء' },
  approximate: 'تقريبًا',
  uncertain: 'غير مؤكد',
  ongoing: 'مستمر',
  unknown: 'غير معروف',
  decade: (y) => (y >= 0 ? `${y}–${y + 9}` : `${-y}–${-y - 9} ق.م`),
  century: (n) => (n > 0 ? `القرن ${n}` : `القرن ${-n} ق.م`),
  week: (monday) => `أسبوع ${monday}`,
  range: (a, b) => `${a} – ${b}`,
  patterns: PATTERNS,
  eraPatterns: withEra(PATTERNS, 'G'),
  adPatterns: withEra(PATTERNS, 'G'),
  season: (season, year) => `${season} ${year}`,
  qualified: (date, qualifiers) => `${date}، ${qualifiers.join(' و')}`,
  until: (end) => `حتى ${end}`,
  farYear: (y) => (y > 0 ? String(y) : `${1 - y} ق.م`),
  oneOf: listJoiner('ar', 'disjunction'),
  allOf: listJoiner('ar', 'conjunction'),
  orEarlier: (d) => `${d} أو قبل ذلك`,
  orLater: (d) => `${d} أو بعد ذلك`,
  between: (a, b) => `في وقت ما بين ${a} و${b}`,
};

const amount = lagAmount('ar-u-nu-latn');
const SAME: Readonly<Record<LagUnit, string>> = { day: 'في اليوم نفسه', month: 'في الشهر نفسه', year: 'في السنة نفسها' };

/** When the source published it, and how long after (or before) the event's date. */
function reported(lag: ReportLag, date: string): string {
  if (lag.kind === 'later') return `نُشر بعد ${amount(lag)}، ${date}`;
  if (lag.kind === 'earlier') return `نُشر قبل تاريخ الحدث بـ${amount(lag)}، ${date}`;
  if (lag.kind === 'during') return `نُشر أثناء وقوعه، ${date}`;
  return `نُشر ${SAME[lag.unit]}، ${date}`;
}

const UI: UiStrings = {
  toolbarLabel: 'أدوات الخط الزمني',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  showTable: 'جدول',
  plotLabel: (title) => (title ? `الخط الزمني: ${title}` : 'الخط الزمني'),
  plotHelp:
    'تنقّل بين الأحداث بمفاتيح الأسهم، واضغط Enter لفتح حدث، وN وP لفتح الحدث التالي والسابق، وزائد وناقص للتكبير والتصغير، و0 لعرض الكل.',
  closeDetails: 'إغلاق التفاصيل',
  sourceSays: 'عبارة المصدر',
  howDated: 'كيف حُدِّد التاريخ',
  actors: 'الأطراف',
  category: 'النوع',
  legend: {
    title: 'دليل العلامات',
    exact: 'يوم محدد',
    soft: 'معروف بالأسبوع أو الشهر أو الفصل أو السنة فقط',
    hedged: 'تقريبي أو غير مؤكد',
    span: 'مدة من بدايتها إلى نهايتها',
    ongoing: 'مستمر',
    oneOf: 'واحد من عدة تواريخ',
    allOf: 'كل واحد من عدة تواريخ',
    contested: 'متنازع عليه',
    discounted: 'مستبعد',
  },
  andMore: (n) => `… و${n} غيرها`,
  sources: 'المصادر',
  columnDate: 'التاريخ',
  columnTitle: 'الحدث',
  eventCount,
  clusterName: (n, when) => `${eventCount(n)}، ${when}. اضغط Enter للتكبير.`,
  binCount: (n) => String(n),
  rejectedNotice: (rejected, total) => `تعذّر عرض ${rejected} من ${total} من السجلات`,
  details: 'التفاصيل',
  dismiss: 'إخفاء',
  loading: 'جارٍ تحميل الأحداث…',
  loadProgress: (bytes, total, rows) =>
    progressLine('جارٍ تحميل الأحداث…', total === undefined ? arMegabytes(bytes) : `${arMegabytes(bytes)} من ${arMegabytes(total)}`, rows === undefined ? undefined : rowCount(rows)),
  preparing: (percent) => `جارٍ تجهيز الأحداث… ${percent}%`,
  loadFailed: 'تعذّر تحميل الأحداث',
  retry: 'إعادة المحاولة',
  fullText: 'النص الكامل',
  cancelLoad: 'إلغاء',
  loadCancelled: 'أُلغي التحميل',
  loadTimedOut: (s) => `لا ردّ خلال ${s} ثانية`,
  noEvents: 'لا توجد أحداث لعرضها.',
  otherLane: 'أخرى',
  unknownLane: 'غير معروف',
  search: 'بحث',
  searchLabel: 'البحث في الأحداث',
  allActors: 'كل الأطراف',
  allCategories: 'كل الأنواع',
  filterToggle: 'تصفية',
  filterLabel: 'تصفية الأحداث',
  filterMatches: (a, b) => `${a} من أصل ${b}`,
  clearFilter: 'مسح',
  viewRange: (from, to, count) => `العرض من ${from} إلى ${to}: ${count}`,
  tableCaption: (count, from, to) => `${count} من ${from} إلى ${to}`,
  tableShowing: (shown, total) => `عرض ${shown} من ${total}.`,
  showMore: 'عرض المزيد',
  quote: (text) => `«${text}»`,
  listSeparator: '، ',
  previous: 'السابق',
  next: 'التالي',
  storyTarget: (step, title, when) => `${step}: ${title}، ${when}`,
  wheelHint: 'استخدم Ctrl + التمرير للتكبير والتصغير',
  wheelHintApple: 'استخدم ⌘ + التمرير للتكبير والتصغير',
  reported,
  confidence: 'درجة الثقة',
  datesGiven: 'التواريخ كما وردت',
  confidenceLevels: { confirmed: 'مؤكد', likely: 'مرجح', contested: 'متنازع عليه', discounted: 'مستبعد' },
  archived: 'نسخة مؤرشفة',
  archivedCopyOf: (source) => `نسخة مؤرشفة من ${source}`,
  accessed: (date) => `تاريخ الاطلاع: ${date}`,
  exportMenu: 'تصدير',
  downloadSvg: 'تنزيل SVG',
  downloadPng: 'تنزيل PNG',
  print: 'طباعة',
};

export const AR_PACK: LocalePack = { tag: 'ar', ui: UI, words: WORDS, dateFns: ar };
