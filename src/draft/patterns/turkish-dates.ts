/**
 * Turkish dates, read through their English counterparts so that every rule of placement is
 * shared: "17 Eylül 2018'de" → "17 September 2018", "Eylül'deki anlaşma" → "in September",
 * "geçen sonbahar" → "last fall", "Pazartesi günü" → "on Monday", "iki gün önce" → "two days ago".
 * Turkish months and weekdays are capitalized in dates; a suffix after an apostrophe ('de, 'ten)
 * belongs to the date's words.
 */
import type { DatePattern, DateReading, ReadingContext } from '../date-reading.js';
import { readEnglishWords } from '../english-patterns.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../english-words.js';

const MONTHS = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'] as const;
/** Sunday first, as WEEKDAY_NAMES; Cumartesi before Cuma in the pattern, so Saturday is not read as Friday. */
const WEEKDAYS = ['Pazar', 'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi'] as const;
const SEASONS: Readonly<Record<string, string>> = { ilkbahar: 'spring', bahar: 'spring', yaz: 'summer', sonbahar: 'autumn', kış: 'winter' };
const NUMBERS: Readonly<Record<string, string>> = { bir: 'one', iki: 'two', üç: 'three', dört: 'four', beş: 'five', altı: 'six', yedi: 'seven', sekiz: 'eight', dokuz: 'nine', on: 'ten' };
const UNITS: Readonly<Record<string, string>> = { gün: 'day', hafta: 'week', ay: 'month', yıl: 'year', sene: 'year' };

const START = '(?<![\\p{L}\\p{N}\\-])';
const END = '(?![\\p{L}\\p{N}])';
/** A case suffix after an apostrophe: 'de, 'te, 'ten, 'deki, 'ye… */
const SUFFIX = "(?:['’]\\p{Ll}{1,6})";
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?!\\d)';
const YEAR = '(?<![\\d.,])(?:1[89]\\d\\d|20\\d\\d)(?!\\d)';
const MONTH = `(?:${MONTHS.join('|')})`;
const WEEKDAY = `(?:${[...WEEKDAYS].sort((a, b) => b.length - a.length).join('|')})`;
const SEASON = `(?:${Object.keys(SEASONS).sort((a, b) => b.length - a.length).join('|')})`;
const LAST = '(?:[Gg]eçen|[Gg]eçtiğimiz)';
const THIS = '(?:[Bb]u)';
const NEXT = '(?:[Gg]elecek|[Öö]nümüzdeki)';
/** Turkish capitals: i → İ, ı → I. */
const turkishUpper = (letter: string): string => (letter === 'i' ? 'İ' : letter === 'ı' ? 'I' : letter.toUpperCase());
const FIRST_CAP = (word: string): string => `[${turkishUpper(word[0]!)}${word[0]}]${word.slice(1)}`;
const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBERS).map(FIRST_CAP).join('|')})`;

const english = {
  month: (word: string): string => MONTH_NAMES[MONTHS.indexOf(word as (typeof MONTHS)[number])]!,
  weekday: (word: string): string => WEEKDAY_NAMES[WEEKDAYS.indexOf(word as (typeof WEEKDAYS)[number])]!,
  relative: (words: string): string => (/^(?:geçen|geçtiğimiz)/i.test(words) ? 'last ' : /^bu\b/i.test(words) ? 'this ' : /^(?:gelecek|önümüzdeki)/i.test(words) ? 'next ' : ''),
  count: (word: string): string => NUMBERS[word.toLocaleLowerCase('tr')] ?? word,
};

const find = (words: string, pattern: string): string | undefined => new RegExp(pattern, 'u').exec(words)?.[0];

interface TurkishPattern {
  readonly kind: string;
  readonly pattern: string;
  /** The same date in English words, or undefined when the match is not a date after all. */
  toEnglish(words: string): string | undefined;
}

const TURKISH: readonly TurkishPattern[] = [
  {
    kind: 'range of days',
    pattern: `${DAY}\\s*(?:[-–]|\\s+ile\\s+)\\s*${DAY}\\s+${MONTH}(?:\\s+${YEAR})?(?:\\s+tarihleri(?:\\s+arasında)?|\\s+arasında|${SUFFIX})?`,
    toEnglish: (words) => {
      const [first, second] = words.match(/\d+/g)!;
      const year = find(words, `${YEAR}`);
      return `between ${first} and ${second} ${english.month(find(words, MONTH)!)}${year ? ` ${year}` : ''}`;
    },
  },
  {
    kind: 'range of years',
    pattern: `${YEAR}(?:${SUFFIX}|\\s*[-–]\\s*|\\s+ile\\s+)(?:\\s*)${YEAR}(?:${SUFFIX}(?:\\s+kadar)?|\\s+yılları(?:\\s+arasında)?|\\s+arasında)?`,
    toEnglish: (words) => {
      const years = words.match(/\d{4}/g)!;
      return `from ${years[0]} to ${years[1]}`;
    },
  },
  {
    kind: 'season of a year',
    pattern: `${YEAR}\\s+(?:yılının\\s+)?${SEASON}\\p{Ll}*`,
    toEnglish: (words) => {
      const season = Object.keys(SEASONS).sort((a, b) => b.length - a.length).find((s) => words.includes(s));
      return season ? `${SEASONS[season]} ${find(words, YEAR)}` : undefined;
    },
  },
  {
    kind: 'season',
    pattern: `(?:${LAST}|${THIS}|${NEXT})\\s+${SEASON}\\p{Ll}*`,
    toEnglish: (words) => {
      const word = words.split(/\s+/).at(-1)!;
      const season = Object.keys(SEASONS).sort((a, b) => b.length - a.length).find((s) => word.startsWith(s));
      return season ? `${english.relative(words)}${SEASONS[season]}` : undefined;
    },
  },
  {
    kind: 'day',
    pattern: `${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${SUFFIX}?(?:\\s+(?:tarihinde|günü))?`,
    toEnglish: (words) => {
      const year = find(words, `${YEAR}`);
      return `on ${/^\d+/.exec(words)![0]} ${english.month(find(words, MONTH)!)}${year ? ` ${year}` : ''}`;
    },
  },
  {
    kind: 'month and year',
    pattern: `${MONTH}\\s+${YEAR}${SUFFIX}?`,
    toEnglish: (words) => `in ${english.month(find(words, MONTH)!)} ${find(words, YEAR)}`,
  },
  {
    kind: 'month',
    // A month alone needs a suffix, "ayı"/"ayında", or a relative word: "Eylül'de", "Eylül ayında", "geçen Eylül".
    pattern: `(?:(?:${LAST}|${THIS}|${NEXT})\\s+${MONTH}(?:${SUFFIX}|\\s+ay\\p{Ll}*)?|${MONTH}(?:${SUFFIX}|\\s+ay(?:ı|ında|ının)))`,
    toEnglish: (words) => `${english.relative(words) || 'in '}${english.month(find(words, MONTH)!)}`,
  },
  {
    kind: 'year',
    pattern: `${YEAR}(?:${SUFFIX}|\\s+yıl\\p{Ll}*)`,
    toEnglish: (words) => `in ${find(words, YEAR)}`,
  },
  {
    kind: 'weekday',
    pattern: `(?:(?:${LAST}|${NEXT})\\s+)?${WEEKDAY}(?:${SUFFIX}|\\s+(?:günü|akşamı|sabahı|gecesi))?`,
    toEnglish: (words) => {
      const day = english.weekday(find(words, WEEKDAY)!);
      const relative = english.relative(words);
      return relative ? `${relative}${day}` : `on ${day}`;
    },
  },
  {
    kind: 'day word',
    pattern: `(?:${FIRST_CAP('dün')}(?:\\s+(?:gece|akşam|sabah))?|${FIRST_CAP('bugün')}|${FIRST_CAP('yarın')}|${FIRST_CAP('evvelsi')}\\s+gün|${THIS}\\s+(?:sabah|akşam))`,
    toEnglish: (words) => {
      const w = words.toLowerCase();
      return w.startsWith('dün gece') ? 'last night' : w.startsWith('dün') ? 'yesterday' : w.startsWith('yarın') ? 'tomorrow' : w.startsWith('evvelsi') ? 'the day before yesterday' : 'today';
    },
  },
  {
    kind: 'week, weekend, month or year',
    pattern: `(?:(?:${LAST}|${THIS}|${NEXT})\\s+)?[Hh]afta\\s+son\\p{Ll}*|(?:${LAST}|${THIS}|${NEXT})\\s+(?:hafta|ay|yıl|sene)(?:ın|in|ki|da|de|ta|te)?(?:\\s+(?:başında|sonunda|ortasında))?`,
    toEnglish: (words) => {
      const relative = english.relative(words);
      if (/hafta\s+son/iu.test(words)) return relative === 'next ' ? 'next weekend' : 'over the weekend';
      if (!relative) return undefined;
      const unit = /hafta/u.test(words) ? 'week' : /^\S+\s+ay/u.test(words) ? 'month' : 'year';
      const edge = /başında/u.test(words) ? (relative === 'this ' ? 'earlier ' : 'early ') : /sonunda/u.test(words) ? 'late ' : '';
      return `${edge}${relative}${unit}`;
    },
  },
  {
    kind: 'ago',
    pattern: `${COUNT}\\s+(?:gün|hafta|ay|yıl|sene)\\s+önce`,
    toEnglish: (words) => {
      const [count, unit] = words.split(/\s+/) as [string, string];
      return `${english.count(count)} ${UNITS[unit]}${english.count(count) === 'one' ? '' : 's'} ago`;
    },
  },
  {
    kind: 'counted from the date before',
    pattern: `(?:[Ee]rtesi\\s+gün|[Ee]rtesi\\s+(?:hafta|ay|yıl)|${COUNT}\\s+(?:gün|hafta|ay|yıl)\\s+sonra)`,
    toEnglish: (words) => {
      const ertesi = /^ertesi\s+(\S+)/iu.exec(words);
      if (ertesi) return `the next ${UNITS[ertesi[1]!]}`;
      const [count, unit] = words.split(/\s+/) as [string, string];
      return `${english.count(count)} ${UNITS[unit]}${english.count(count) === 'one' ? '' : 's'} later`;
    },
  },
  {
    kind: 'vague time',
    pattern: `(?:[Ss]on\\s+(?:günlerde|haftalarda|aylarda|yıllarda)|[Gg]eçtiğimiz\\s+(?:günlerde|haftalarda|aylarda)|[Yy]akın\\s+zamanda)`,
    toEnglish: (words) => (/gün/u.test(words) ? 'in recent days' : /hafta/u.test(words) ? 'in recent weeks' : /ay/u.test(words) ? 'in recent months' : 'recently'),
  },
];

function readTurkish(toEnglish: TurkishPattern['toEnglish']) {
  return (match: RegExpExecArray, context: ReadingContext): DateReading | undefined => {
    const turkishWords = match[0].trim();
    const words = toEnglish(turkishWords);
    const reading = words === undefined ? undefined : readEnglishWords(words, context);
    // A reason quotes the words as written, not their English counterpart.
    return reading?.reason === undefined ? reading : { ...reading, reason: reading.reason.replace(`'${words}'`, `'${turkishWords}'`) };
  };
}

export const turkishDatePatterns: readonly DatePattern[] = TURKISH.map(({ kind, pattern, toEnglish }) => ({
  kind: `Turkish ${kind}`,
  regex: new RegExp(`${START}(?:${pattern})${END}`, 'gu'),
  read: readTurkish(toEnglish),
}));
