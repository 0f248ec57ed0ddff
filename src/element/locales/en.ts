import { EN_DATE_WORDS } from '../../model/describe-date.js';
import type { LocalePack } from '../locale-pack.js';
import { EN_UI } from '../ui-strings.js';

/** English: always bundled, the fallback for every other language. */
export const EN_PACK: LocalePack = { tag: 'en', ui: EN_UI, words: EN_DATE_WORDS };
