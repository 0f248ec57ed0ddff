/**
 * The bytes of a fetched data file as text. Servers seldom say how a data
 * file is encoded, and `Response.text()` always reads UTF-8, so a UTF-16 file
 * (Excel's "Unicode text", many Windows tools) read as "\uFFFD\uFFFD[\0{\0…" and
 * failed with a puzzling "Unexpected token". A byte-order mark says which
 * encoding a file is in; without one, UTF-16 shows as a NUL in every other
 * byte wherever the text is ASCII, as the commas, quotes and digits of data are.
 */
import { DataFormatError } from './record-batch.js';

/** How much of the start of a file is looked at to tell UTF-16 and binary data from UTF-8. */
const SAMPLE_BYTES = 4096;
/** Share of the sampled byte pairs that must have a NUL on one side for the file to be UTF-16 (or binary). */
const NUL_HEAVY_SHARE = 0.1;
/** Signatures of files people export data into that are not text: zip (xlsx, ods, docx) and OLE (xls). */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
];
const SAVE_AS_UTF8 = 'save or export it as UTF-8 CSV or JSON';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((byte, index) => bytes[index] === byte);
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a byte-order mark names, or `utf-32` (which browsers do not decode), or undefined. */
function encodingOfByteOrderMark(bytes: Uint8Array): Encoding | 'utf-32' | undefined {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return 'utf-32';
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return undefined;
}

/** UTF-16 by where its NULs are (high bytes of ASCII characters), 'binary' for NULs with no such pattern. */
function encodingOfNuls(bytes: Uint8Array): Encoding | 'binary' {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let pair = 0; pair < pairs; pair++) {
    const even = bytes[2 * pair] === 0;
    const odd = bytes[2 * pair + 1] === 0;
    if (even && !odd) evenNuls++;
    if (odd && !even) oddNuls++;
  }
  const heavy = pairs * NUL_HEAVY_SHARE;
  if (oddNuls > heavy && evenNuls < oddNuls / 10) return 'utf-16le';
  if (evenNuls > heavy && oddNuls < evenNuls / 10) return 'utf-16be';
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const nuls = sample.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  return nuls > sample.length * NUL_HEAVY_SHARE ? 'binary' : 'utf-8';
}

/**
 * The text of a data file: UTF-8 unless a byte-order mark or the bytes themselves say UTF-16. Throws a
 * DataFormatError for UTF-32 and for files that are not text at all (a spreadsheet workbook, an archive).
 */
export function decodeText(bytes: Uint8Array): string {
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    throw new DataFormatError(`This is a binary file (a spreadsheet workbook or an archive), not text: ${SAVE_AS_UTF8}.`);
  }
  const encoding = encodingOfByteOrderMark(bytes) ?? encodingOfNuls(bytes);
  if (encoding === 'utf-32') throw new DataFormatError(`The file is in UTF-32, which browsers do not read: ${SAVE_AS_UTF8}.`);
  if (encoding === 'binary') throw new DataFormatError(`This is a binary file, not text: ${SAVE_AS_UTF8}.`);
  // The decoder drops a byte-order mark of its own encoding, so the text starts with the data.
  return new TextDecoder(encoding).decode(bytes);
}
