/**
 * Source links come from untrusted data and end up in `href`s, so only
 * schemes that cannot run script are kept: http, https and mailto.
 */

const SAFE_SCHEME = /^(?:https?|mailto):/i;
/**
 * The URL parser silently drops tabs and newlines (so `java\tscript:` becomes
 * `javascript:`) and strips other C0 controls at the ends; refuse them all
 * rather than guess what the author meant.
 */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * The normalised href of an http:, https: or mailto: URL; undefined for
 * anything else (other schemes, relative or protocol-relative URLs, text
 * that only looks like a URL once entities are decoded or controls removed).
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (CONTROL_CHARACTER.test(text) || !SAFE_SCHEME.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return undefined;
  if (WEB_PROTOCOLS.has(url.protocol) && url.hostname === '') return undefined;
  return url.href;
}

/** A short name for a link whose source gave none: the host for web pages, the address for mail. */
export function urlDisplayName(href: string): string {
  const url = new URL(href);
  if (url.protocol !== 'mailto:') return url.hostname.replace(/^www\./, '');
  try {
    return decodeURIComponent(url.pathname) || href;
  } catch {
    return url.pathname || href; // a malformed %-escape: show it as written
  }
}
