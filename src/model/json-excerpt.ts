/**
 * The first characters of a value's JSON, without building the rest. A diagnostic quotes ~40
 * characters of a rejected value; `JSON.stringify(value).slice(0, n)` would first write the whole of
 * it (600 KB for a record's huge title object, once per record that shares it), and the slice would
 * keep that whole string alive for as long as the diagnostic lives. Here the work and the text stop
 * at `limit` characters, and no more of the value is read than they need.
 *
 * Within the limit the text is what JSON.stringify gives (toJSON honoured, undefined and functions
 * left out of objects and null in arrays). Where JSON.stringify would throw, it still gives text:
 * a cycle is written until the limit cuts it, a BigInt as its digits with `n`.
 */

/** Characters collected up to a limit; once full, everything more is ignored. */
class Excerpt {
  private readonly parts: string[] = [];
  private left: number;

  constructor(limit: number) {
    this.left = limit;
  }

  /** Characters that can still be added. */
  get room(): number {
    return Math.max(0, this.left);
  }

  get full(): boolean {
    return this.left <= 0;
  }

  /** Adds `text`, cut to the room left. */
  add(text: string): void {
    if (this.left <= 0) return;
    const piece = text.length > this.left ? text.slice(0, this.left) : text;
    this.parts.push(piece);
    this.left -= piece.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * At most `limit` characters of the JSON text of `value`; undefined where JSON.stringify gives
 * undefined (undefined, a function, a symbol). May throw whatever reading `value` throws.
 */
export function jsonExcerpt(value: unknown, limit: number): string | undefined {
  const json = toJsonValue(value, '');
  if (json === undefined) return undefined;
  const excerpt = new Excerpt(limit);
  writeValue(json, excerpt);
  return excerpt.toString();
}

/** What JSON.stringify writes for a value: its toJSON result; undefined for what it leaves out. */
function toJsonValue(value: unknown, key: string): unknown {
  if (typeof value === 'object' && value !== null) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toJsonValue(toJSON.call(value, key), key);
  }
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  return value;
}

function writeValue(value: unknown, excerpt: Excerpt): void {
  switch (typeof value) {
    case 'string':
      writeString(value, excerpt);
      return;
    case 'number':
      excerpt.add(Number.isFinite(value) ? String(value) : 'null');
      return;
    case 'boolean':
      excerpt.add(String(value));
      return;
    case 'bigint':
      writeBigInt(value, excerpt);
      return;
    default:
      if (value === null) excerpt.add('null');
      else if (Array.isArray(value)) writeArray(value, excerpt);
      else writeObject(value as object, excerpt);
  }
}

/** A string, quoted and escaped as JSON, of which only what can show is escaped. */
function writeString(text: string, excerpt: Excerpt): void {
  // Escaping never shortens, so the first `room` characters are all that can show (one more
  // keeps a surrogate pair whole, as JSON.stringify of the whole string would).
  const shown = text.length > excerpt.room + 1 ? text.slice(0, excerpt.room + 1) : text;
  const quoted = JSON.stringify(shown);
  excerpt.add(shown.length < text.length ? quoted.slice(0, -1) : quoted);
}

function writeBigInt(value: bigint, excerpt: Excerpt): void {
  excerpt.add(bigIntText(value));
}

/** Digits of a BigInt take time growing faster than its size; a glance needs no more than these. */
const BIGINT_SHOWN_LIMIT = 10n ** 60n;

/** A BigInt as its digits and `n`, or in words when it has more digits than a quote can show. */
export function bigIntText(value: bigint): string {
  if (value < BIGINT_SHOWN_LIMIT && value > -BIGINT_SHOWN_LIMIT) return `${value}n`;
  return value < 0n ? 'a negative BigInt of over 60 digits' : 'a BigInt of over 60 digits';
}

function writeArray(array: readonly unknown[], excerpt: Excerpt): void {
  excerpt.add('[');
  const length = array.length;
  for (let index = 0; index < length && !excerpt.full; index += 1) {
    if (index > 0) excerpt.add(',');
    const element = toJsonValue(array[index], String(index));
    writeValue(element === undefined ? null : element, excerpt);
  }
  excerpt.add(']');
}

function writeObject(object: object, excerpt: Excerpt): void {
  excerpt.add('{');
  let first = true;
  // for…in, not Object.keys: it stops with the excerpt instead of listing every key first.
  for (const key in object) {
    if (excerpt.full) break;
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    const member = toJsonValue((object as Record<string, unknown>)[key], key);
    if (member === undefined) continue;
    if (!first) excerpt.add(',');
    first = false;
    writeString(key, excerpt);
    excerpt.add(':');
    writeValue(member, excerpt);
  }
  excerpt.add('}');
}
