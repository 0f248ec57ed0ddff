/**
 * The strings of a load, each kept once, as UTF-8 pages a worker can transfer instead of copy. A page
 * is decoded with one TextDecoder call and its strings are slices of it, so the receiving thread
 * makes a million strings without a million decoder calls, a page per slice of its time.
 *
 * Offsets are in UTF-16 code units of the page's text. UTF-8 cannot carry a lone surrogate (which a
 * JSON file may escape into a title): such a string travels as itself, beside the pages.
 */

/** Index meaning "no string": the field is absent. */
export const NO_STRING = 0xffffffff;
/** UTF-16 units per page: decoding one takes a millisecond or two. */
const PAGE_UNITS = 1 << 19;

export interface StringPages {
  /** UTF-8 text of each page. */
  readonly pages: readonly Uint8Array[];
  /** For each page, where each of its strings ends (UTF-16 units into the page's text); strings are numbered across pages. */
  readonly ends: readonly Uint32Array[];
  /** Strings that are not well-formed UTF-16, by number: their place in the pages is empty. */
  readonly odd: ReadonlyMap<number, string>;
}

/** Numbers strings as they are added, the same string always the same number. */
export class StringTableBuilder {
  private readonly numbers = new Map<string, number>();
  private readonly pages: Uint8Array[] = [];
  private readonly ends: Uint32Array[] = [];
  private readonly odd = new Map<number, string>();
  private page: string[] = [];
  private pageEnds: number[] = [];
  private pageUnits = 0;
  private count = 0;

  /** The string's number; NO_STRING for undefined. */
  add(text: string | undefined): number {
    if (text === undefined) return NO_STRING;
    const known = this.numbers.get(text);
    if (known !== undefined) return known;
    const number = this.count++;
    this.numbers.set(text, number);
    const wellFormed = isWellFormed(text);
    if (!wellFormed) this.odd.set(number, text);
    this.page.push(wellFormed ? text : '');
    this.pageUnits += wellFormed ? text.length : 0;
    this.pageEnds.push(this.pageUnits);
    if (this.pageUnits >= PAGE_UNITS) this.closePage();
    return number;
  }

  /** The pages, ready to transfer; the builder is spent. */
  finish(): StringPages {
    if (this.page.length > 0) this.closePage();
    return { pages: this.pages, ends: this.ends, odd: this.odd };
  }

  private closePage(): void {
    this.pages.push(new TextEncoder().encode(this.page.join('')));
    this.ends.push(Uint32Array.from(this.pageEnds));
    this.page = [];
    this.pageEnds = [];
    this.pageUnits = 0;
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(text) : !LONE_SURROGATE.test(text);
}

/** The buffers of the pages, for a transfer list. */
export function stringBuffers(table: StringPages): ArrayBuffer[] {
  return [...table.pages.map((page) => page.buffer as ArrayBuffer), ...table.ends.map((ends) => ends.buffer as ArrayBuffer)];
}

/** Every string of the table by number, a page per step (see stepwise.ts). */
export function* readStringPages(table: StringPages, into: string[]): Generator<void, void, void> {
  // A page may start with a string that starts with U+FEFF: it is text here, not a byte-order mark.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (let p = 0; p < table.pages.length; p++) {
    const text = decoder.decode(table.pages[p]);
    const ends = table.ends[p]!;
    let start = 0;
    for (let i = 0; i < ends.length; i++) {
      const end = ends[i]!;
      into.push(text.slice(start, end));
      start = end;
    }
    yield;
  }
  for (const [number, text] of table.odd) into[number] = text;
}
