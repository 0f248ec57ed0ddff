/**
 * Any input value as short text for a diagnostic a person reads: the
 * offending value, quoted, flattened to one line and cut to a glance. Only
 * the glance is built: a diagnostic holds no copy of a huge rejected value.
 */
import { isDateObject, validTimeOf } from './date-object.js';
import { bigIntText, jsonExcerpt } from './json-excerpt.js';

const QUOTE_LIMIT = 40;
const ELLIPSIS = '…';
/** Only this much of a long text is ever scanned, whatever its size. */
const SCAN_LIMIT = QUOTE_LIMIT * 4;
/**
 * Characters that are invisible or change how the rest of a line looks: C0 and C1 controls, line and
 * paragraph separators, and the bidirectional marks, embeddings, overrides and isolates (with which
 * "exe.jpg" can be made to read "gpj.exe").
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * `'value'` for "start '…' is not a date": one line, at most ~40 characters,
 * control and bidirectional characters shown as escapes (`java\tscript:`,
 * `photo\u202egpj.exe`) so a trick is visible.
 */
export function quoteValue(value: unknown): string {
  const visible = safeValueAsText(value).slice(0, SCAN_LIMIT).replace(CONTROL_CHARACTERS, escapeControl);
  return `'${truncate(visible)}'`;
}

function escapeControl(character: string): string {
  return NAMED_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** What kind of thing a value is, in words: "a number", "an array", "null". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (isDateObject(value)) return 'a Date';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function truncate(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  let cut = QUOTE_LIMIT - 1;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1; // never split an emoji in half
  return text.slice(0, cut) + ELLIPSIS;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Hostile values (proxies, throwing getters) are described, never allowed to throw. */
function safeValueAsText(value: unknown): string {
  try {
    return valueAsText(value);
  } catch {
    return 'an unreadable value';
  }
}

/** The value as text, at most about SCAN_LIMIT characters of it built, however large the value. */
function valueAsText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return bigIntText(value);
    case 'symbol':
      // String(symbol) would first write out the whole description.
      return `Symbol(${(value.description ?? '').slice(0, SCAN_LIMIT)})`;
    case 'function':
      return String(value);
    case 'object':
      return objectAsText(value);
    default:
      return String(value);
  }
}

function objectAsText(value: object | null): string {
  if (isDateObject(value)) return validTimeOf(value) === undefined ? 'Invalid Date' : value.toISOString();
  try {
    return jsonExcerpt(value, SCAN_LIMIT) ?? Object.prototype.toString.call(value);
  } catch {
    // A throwing getter or toJSON: say what it is rather than fail.
    return Object.prototype.toString.call(value);
  }
}
