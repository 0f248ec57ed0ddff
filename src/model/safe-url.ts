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
/**
 * Fast path for the common, already-normal web link (lowercase scheme and
 * host ending in a letter TLD, no port, no userinfo, no dot segments, no
 * characters the URL parser would escape): its href is known without `new URL`,
 * which matters when 100,000 records each carry a link. Anything else takes
 * the full parser; tests check both agree.
 */
const PLAIN_WEB_ORIGIN = /^https?:\/\/((?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z]{2,63})(?=[/?#]|$)/;
const PLAIN_REST = /^[\w\-.~!$&()*+,;=:@%/?#]*$/;
const NEEDS_FULL_PARSE = /\/\.|%2e|xn--|\\/i;
const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * The normalised href of an http:, https: or mailto: URL, and a short name for it (the host for web
 * pages, the address for mail); undefined for anything else (other schemes, relative or
 * protocol-relative URLs, text that only looks like a URL once entities are decoded or controls removed).
 */
export function safeLink(value: unknown): { readonly href: string; readonly name: string } | undefined {
  if (typeof value === 'string') {
    const plain = plainWebLink(value.trim());
    if (plain) return plain;
  }
  const url = parseSafeUrl(value);
  return url && { href: url.href, name: displayName(url) };
}

function plainWebLink(text: string): { readonly href: string; readonly name: string } | undefined {
  const origin = PLAIN_WEB_ORIGIN.exec(text);
  if (!origin) return undefined;
  const rest = text.slice(origin[0].length);
  if (!PLAIN_REST.test(rest) || NEEDS_FULL_PARSE.test(text)) return undefined;
  const href = rest === '' || rest[0] !== '/' ? `${origin[0]}/${rest}` : text;
  return { href, name: origin[1]!.replace(/^www\./, '') };
}

function parseSafeUrl(value: unknown): URL | undefined {
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
  return url;
}

function displayName(url: URL): string {
  if (url.protocol !== 'mailto:') return url.hostname.replace(/^www\./, '');
  try {
    return decodeURIComponent(url.pathname) || url.href;
  } catch {
    return url.pathname || url.href; // a malformed %-escape: show it as written
  }
}
