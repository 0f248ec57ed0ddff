/**
 * Counts the records of a delimited text (CSV, tab-separated) from its bytes as they arrive, so a long
 * download can say how many rows it has read. A record ends at a line break outside quotes; a quote
 * inside a quoted field is doubled, which toggles twice and so changes nothing. Byte-wise, so it
 * counts UTF-8 and UTF-16 alike (a line feed and a quote are single code units in both).
 */
const LINE_FEED = 0x0a;
const QUOTE = 0x22;
const CARRIAGE_RETURN = 0x0d;
/** The other half of a UTF-16 line feed or carriage return. */
const NUL = 0x00;
const SPACE = 0x20;
const BYTE_ORDER_MARKS = new Set([0xef, 0xbb, 0xbf, 0xfe, 0xff, 0x00]);
const JSON_OPENERS = new Set([0x5b, 0x7b]);

export class RowCounter {
  private inQuotes = false;
  private lineBreaks = 0;
  /** Whether anything but a line's end has come since the last line break (the file's last line may end without one). */
  private lineOpen = false;
  /** undefined until the first byte that is not a mark or white space says what the text is. */
  private delimited: boolean | undefined;

  /** Reads one more chunk of the body. */
  add(chunk: Uint8Array): void {
    if (this.delimited === undefined) this.delimited = startsDelimited(chunk);
    if (!this.delimited) return;
    let inQuotes = this.inQuotes;
    let lineBreaks = this.lineBreaks;
    let lineOpen = this.lineOpen;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === QUOTE) {
        inQuotes = !inQuotes;
        lineOpen = true;
      } else if (byte === LINE_FEED && !inQuotes) {
        lineBreaks++;
        lineOpen = false;
      } else if (byte !== NUL && byte !== CARRIAGE_RETURN) {
        lineOpen = true;
      }
    }
    this.inQuotes = inQuotes;
    this.lineBreaks = lineBreaks;
    this.lineOpen = lineOpen;
  }

  /**
   * Rows read so far: records after the header line; undefined when the text is not delimited (JSON
   * is counted once it is read) or nothing told yet.
   */
  get rows(): number | undefined {
    if (!this.delimited) return undefined;
    return Math.max(0, this.lineBreaks + (this.lineOpen ? 1 : 0) - 1);
  }
}

/** True for a table, false for JSON; undefined while the chunk holds only marks and white space. */
function startsDelimited(chunk: Uint8Array): boolean | undefined {
  for (const byte of chunk) {
    if (byte <= SPACE || BYTE_ORDER_MARKS.has(byte)) continue;
    return !JSON_OPENERS.has(byte);
  }
  return undefined;
}
