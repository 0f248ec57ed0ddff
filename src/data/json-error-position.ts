/**
 * Where a JSON text first goes wrong, as line and column. Chromium's
 * `JSON.parse` messages name a position for some mistakes and only a
 * snippet for others ("Unexpected token ']', …"); a person fixing a file by
 * hand needs the line. This scanner only finds the offset, it builds nothing.
 */

export interface TextPosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units like editors' column counters. */
  readonly column: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/** Thrown inside the scanner only, carrying the offset of the first bad character. */
class ScanFailure {
  constructor(readonly offset: number) {}
}

class JsonScanner {
  private index = 0;

  constructor(private readonly text: string) {}

  scanDocument(): void {
    this.value();
    this.whitespace();
    if (this.index < this.text.length) this.fail();
  }

  private fail(): never {
    throw new ScanFailure(this.index);
  }

  private whitespace(): void {
    while (WHITESPACE.has(this.text.charAt(this.index))) this.index += 1;
  }

  private expect(char: string): void {
    if (this.text.charAt(this.index) !== char) this.fail();
    this.index += 1;
  }

  private value(): void {
    this.whitespace();
    const char = this.text.charAt(this.index);
    if (char === '{') this.container('}', () => this.member());
    else if (char === '[') this.container(']', () => this.value());
    else if (char === '"') this.string();
    else if (char === '-' || (char >= '0' && char <= '9')) this.pattern(NUMBER);
    else this.literal();
  }

  private container(close: string, item: () => void): void {
    this.index += 1;
    this.whitespace();
    if (this.text.charAt(this.index) === close) {
      this.index += 1;
      return;
    }
    for (;;) {
      item();
      this.whitespace();
      if (this.text.charAt(this.index) === close) break;
      this.expect(',');
    }
    this.index += 1;
  }

  private member(): void {
    this.whitespace();
    this.string();
    this.whitespace();
    this.expect(':');
    this.value();
  }

  private string(): void {
    this.expect('"');
    this.pattern(STRING_BODY);
    this.expect('"');
  }

  private pattern(regex: RegExp): void {
    regex.lastIndex = this.index;
    const match = regex.exec(this.text);
    if (match === null || (match[0] === '' && regex === NUMBER)) this.fail();
    this.index += match[0].length;
  }

  private literal(): void {
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.index));
    if (literal === undefined) this.fail();
    this.index += literal.length;
  }
}

function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The position of the first JSON syntax error, or undefined when the text is valid JSON. */
export function jsonErrorPosition(text: string): TextPosition | undefined {
  try {
    new JsonScanner(text).scanDocument();
    return undefined;
  } catch (failure) {
    if (failure instanceof ScanFailure) return positionOf(text, failure.offset);
    throw failure;
  }
}
