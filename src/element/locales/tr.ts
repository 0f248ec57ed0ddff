import { tr } from 'date-fns/locale/tr';
import type { DatePatterns, DateWords } from '../../model/describe-date.js';
import { listJoiner } from '../../model/describe-date.js';
import type { LocalePack } from '../locale-pack.js';
import { megabytes, progressLine, type UiStrings } from '../ui-strings.js';
import type { LagUnit, ReportLag } from '../../model/report-lag.js';
import { lagAmount } from '../lag-amount.js';

const trMegabytes = megabytes('tr');

const number = new Intl.NumberFormat('tr');

// Turkish keeps the noun singular after any number ("1 olay", "5 olay"), so CLDR's one/other
// changes nothing here and no plural rules are needed.
const eventCount = (n: number) => `${number.format(n)} olay`;

const PATTERNS: DatePatterns = {
  instant: "d MMMM y, HH:mm 'UTC'",
  instantWithSeconds: "d MMMM y, HH:mm:ss 'UTC'",
  day: 'd MMMM y',
  month: 'MMMM y',
  year: 'y',
};

// Turkish writes the era before the year ("MÖ 44", "15 Mart MÖ 44"), so withEra, which appends
// it, does not fit. Era patterns only format year 0 and earlier, so the era is always BC (MÖ).
const BC = 'MÖ';
const eraBefore = (era: string) => (pattern: string) => pattern.replace(/\by\b/, `'${era}' y`);
const eraBeforeYear = eraBefore(BC);
const adBeforeYear = eraBefore('MS');
/** Years AD, where a span that starts BC needs the era named: "MS 762". */
const AD_PATTERNS: DatePatterns = {
  instant: adBeforeYear(PATTERNS.instant),
  instantWithSeconds: adBeforeYear(PATTERNS.instantWithSeconds),
  day: adBeforeYear(PATTERNS.day),
  month: adBeforeYear(PATTERNS.month),
  year: adBeforeYear(PATTERNS.year),
};
const ERA_PATTERNS: DatePatterns = {
  instant: eraBeforeYear(PATTERNS.instant),
  instantWithSeconds: eraBeforeYear(PATTERNS.instantWithSeconds),
  day: eraBeforeYear(PATTERNS.day),
  month: eraBeforeYear(PATTERNS.month),
  year: eraBeforeYear(PATTERNS.year),
};

/**
 * The suffix on a decade follows the vowel of the number as spoken: 2010 "iki bin on" → 2010'lu,
 * 2000 "iki bin" → 2000'li, 1990 "doksan" → 1990'lı, 1900 "bin dokuz yüz" → 1900'lü.
 */
function decadeSuffix(year: number): string {
  const y = Math.abs(year);
  const TENS = ['', 'lu', 'li', 'lu', 'lı', 'li', 'lı', 'li', 'li', 'lı']; // on, yirmi, otuz, kırk, elli, altmış, yetmiş, seksen, doksan
  const tens = Math.floor(y / 10) % 10;
  if (tens > 0) return TENS[tens]!;
  if (Math.floor(y / 100) % 10 > 0) return 'lü'; // yüz
  if (y === 0) return 'lı'; // sıfır
  return 'li'; // bin
}

/**
 * "kadar" wants the dative, whose suffix follows how the date is spoken. Words we wrote take it
 * directly ("2017 sonbaharına", "2010'lu yıllara", "20. yüzyıla kadar"); for numbers and month
 * names the fixed words "yılına" and "tarihine" carry it ("2019 yılına kadar",
 * "17 Eylül 2018 tarihine kadar").
 */
function until(end: string): string {
  if (/(ilkbaharı|yazı|sonbaharı|kışı|haftası)$/.test(end)) return `${end}na kadar`;
  if (/( yıllar|yüzyıl)$/.test(end)) return `${end}a kadar`;
  if (/^(MÖ )?\d+$/.test(end)) return `${end} yılına kadar`;
  return `${end} tarihine kadar`;
}

const WORDS: DateWords = {
  // A season of a year is a possessive: "2017 sonbaharı".
  seasons: { spring: 'ilkbaharı', summer: 'yazı', autumn: 'sonbaharı', winter: 'kışı' },
  approximate: 'yaklaşık',
  uncertain: 'kesin değil',
  ongoing: 'devam ediyor',
  unknown: 'bilinmiyor',
  decade: (y) => (y >= 0 ? `${y}'${decadeSuffix(y)} yıllar` : `${BC} ${-y}'${decadeSuffix(y)} yıllar`),
  century: (n) => (n > 0 ? `${n}. yüzyıl` : `${BC} ${-n}. yüzyıl`),
  week: (monday) => `${monday} haftası`,
  range: (a, b) => `${a} – ${b}`,
  patterns: PATTERNS,
  eraPatterns: ERA_PATTERNS,
  adPatterns: AD_PATTERNS,
  season: (season, year) => `${year} ${season}`,
  qualified: (date, qualifiers) => `${date} (${qualifiers.join(', ')})`,
  until,
  farYear: (y) => (y > 0 ? String(y) : `${BC} ${1 - y}`),
  oneOf: listJoiner('tr', 'disjunction'),
  allOf: listJoiner('tr', 'conjunction'),
  orEarlier: (d) => `${d} veya öncesi`,
  orLater: (d) => `${d} veya sonrası`,
  between: (a, b) => `${a} ile ${b} arasında bir zaman`,
};

const amount = lagAmount('tr');
const SAME: Readonly<Record<LagUnit, string>> = { day: 'Aynı gün', month: 'Aynı ay', year: 'Aynı yıl' };

/** When the source published it, and how long after (or before) the event's date. */
function reported(lag: ReportLag, date: string): string {
  if (lag.kind === 'later') return `${amount(lag)} sonra bildirildi, ${date}`;
  if (lag.kind === 'earlier') return `Olay tarihinden ${amount(lag)} önce bildirildi, ${date}`;
  if (lag.kind === 'during') return `Olay sürerken bildirildi, ${date}`;
  return `${SAME[lag.unit]} bildirildi, ${date}`;
}

const UI: UiStrings = {
  toolbarLabel: 'Zaman çizelgesi denetimleri',
  zoomIn: 'Yakınlaştır',
  zoomOut: 'Uzaklaştır',
  fit: 'Tümünü göster',
  showTable: 'Tablo',
  plotLabel: (title) => (title ? `Zaman çizelgesi: ${title}` : 'Zaman çizelgesi'),
  plotHelp:
    'Ok tuşları olaylar arasında gezinir, Enter bir olayı açar, N ve P sonraki ve önceki olayı açar, artı ve eksi yakınlaştırıp uzaklaştırır, 0 tümünü gösterir.',
  closeDetails: 'Ayrıntıları kapat',
  sourceSays: 'Kaynaktaki ifade',
  howDated: 'Tarih nasıl belirlendi',
  actors: 'Taraflar',
  category: 'Tür',
  legend: {
    title: 'İşaretlerin anlamı',
    exact: 'Kesin gün',
    soft: 'Yalnızca haftası, ayı, mevsimi veya yılı biliniyor',
    hedged: 'Yaklaşık veya belirsiz',
    span: 'Başlangıçtan bitişe bir süre',
    ongoing: 'Devam ediyor',
    oneOf: 'Birkaç tarihten biri',
    allOf: 'Birkaç tarihin her biri',
    contested: 'Tartışmalı',
    discounted: 'Geçersiz sayıldı',
  },
  andMore: (n) => `… ve ${n} tane daha`,
  sources: 'Kaynaklar',
  columnDate: 'Tarih',
  columnTitle: 'Olay',
  eventCount,
  clusterName: (n, when) => `${eventCount(n)}, ${when}. Yakınlaştırmak için Enter'a basın.`,
  binCount: (n) => String(n),
  rejectedNotice: (rejected, total) => `${number.format(total)} kayıttan ${number.format(rejected)} tanesi gösterilemedi`,
  details: 'ayrıntılar',
  dismiss: 'Gizle',
  loading: 'Olaylar yükleniyor…',
  loadProgress: (bytes, total, rows) =>
    progressLine('Olaylar yükleniyor…', total === undefined ? trMegabytes(bytes) : `${trMegabytes(bytes)} / ${trMegabytes(total)}`, rows === undefined ? undefined : `${number.format(rows)} satır`),
  preparing: (percent) => `Olaylar hazırlanıyor… %${percent}`,
  loadFailed: 'Olaylar yüklenemedi',
  retry: 'Yeniden dene',
  fullText: 'Tam metin',
  cancelLoad: 'İptal',
  loadCancelled: 'Yükleme iptal edildi',
  loadTimedOut: (s) => `${number.format(s)} saniye içinde yanıt gelmedi`,
  noEvents: 'Gösterilecek olay yok.',
  otherLane: 'Diğer',
  unknownLane: 'Bilinmiyor',
  search: 'Ara',
  searchLabel: 'Olaylarda ara',
  allActors: 'Tüm aktörler',
  allCategories: 'Tüm türler',
  filterToggle: 'Filtrele',
  filterLabel: 'Olayları filtrele',
  filterMatches: (a, b) => `${number.format(b)} olaydan ${number.format(a)}`,
  clearFilter: 'Temizle',
  viewRange: (from, to, count) => `Gösterilen aralık: ${from} – ${to}, ${count}`,
  tableCaption: (count, from, to) => `${from} – ${to}: ${count}`,
  tableShowing: (shown, total) => `${number.format(total)} olaydan ${number.format(shown)} tanesi gösteriliyor.`,
  showMore: 'Daha fazla göster',
  quote: (text) => `“${text}”`,
  listSeparator: ', ',
  previous: 'Önceki',
  next: 'Sonraki',
  storyTarget: (step, title, when) => `${step}: ${title}, ${when}`,
  wheelHint: 'Yakınlaştırmak için Ctrl + kaydırma kullanın',
  wheelHintApple: 'Yakınlaştırmak için ⌘ + kaydırma kullanın',
  reported,
  confidence: 'Güvenilirlik',
  datesGiven: 'Kaynaklara göre tarihler',
  confidenceLevels: { confirmed: 'doğrulandı', likely: 'olası', contested: 'tartışmalı', discounted: 'geçersiz' },
  archived: 'arşiv kopyası',
  archivedCopyOf: (source) => `arşiv kopyası: ${source}`,
  accessed: (date) => `erişim tarihi: ${date}`,
  exportMenu: 'Dışa aktar',
  downloadSvg: 'SVG indir',
  downloadPng: 'PNG indir',
  print: 'Yazdır',
};

export const TR_PACK: LocalePack = { tag: 'tr', ui: UI, words: WORDS, dateFns: tr };
