import type { Locale } from 'date-fns';
import type { DateWords } from '../model/describe-date.js';
import type { UiStrings } from './ui-strings.js';

/** Everything the element says in one language. Packs other than English load on demand. */
export interface LocalePack {
  /** The language tag the pack is for, e.g. 'ar'. */
  readonly tag: string;
  readonly ui: UiStrings;
  /** Dates in words: seasons, qualifiers, spans. */
  readonly words: DateWords;
  /** Month names, digits and axis formats; date-fns' built-in en-US when absent. */
  readonly dateFns?: Locale;
}
