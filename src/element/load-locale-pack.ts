import type { LocalePack } from './locale-pack.js';
import { EN_PACK } from './locales/en.js';

/**
 * The languages shipped, each a separate module so a page pays only for the
 * ones it uses (a dynamic import: its own chunk in the bundle build).
 */
// A Map, not an object: a tag such as `constructor` or `__proto__` must find nothing, not Object's own members.
const PACK_LOADERS: ReadonlyMap<string, () => Promise<LocalePack>> = new Map(Object.entries({
  ar: () => import('./locales/ar.js').then((m) => m.AR_PACK),
  de: () => import('./locales/de.js').then((m) => m.DE_PACK),
  es: () => import('./locales/es.js').then((m) => m.ES_PACK),
  fa: () => import('./locales/fa.js').then((m) => m.FA_PACK),
  fr: () => import('./locales/fr.js').then((m) => m.FR_PACK),
  ru: () => import('./locales/ru.js').then((m) => m.RU_PACK),
  tr: () => import('./locales/tr.js').then((m) => m.TR_PACK),
}));

export interface LocaleResolution {
  readonly pack: LocalePack;
  /** The tag asked for. */
  readonly requested: string;
  /** True when the requested language is not shipped and English stands in. */
  readonly fallback: boolean;
}

/** The pack for a BCP 47 tag ('ar', 'ar-SY', 'tr-TR'): by language subtag, English when unknown. */
export async function loadLocalePack(requested: string): Promise<LocaleResolution> {
  const language = requested.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // Nothing asked is English asked; a tag whose language part is empty (`__proto__`, `-x`) is a tag not shipped.
  if (language === 'en' || requested.trim() === '') return { pack: EN_PACK, requested, fallback: false };
  const load = PACK_LOADERS.get(language);
  if (!load) return { pack: EN_PACK, requested, fallback: true };
  return { pack: await load(), requested, fallback: false };
}
