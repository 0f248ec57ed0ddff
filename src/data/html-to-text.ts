/**
 * The visible text of an HTML fragment (a TimelineJS headline or caption),
 * read by stepping over the markup the way the HTML tokenizer does instead of
 * parsing it into a document. Nothing is created, loaded or run, and it works
 * on a page that requires Trusted Types, where parsing a string as HTML
 * (DOMParser, innerHTML) needs a TrustedHTML the page's policy may not give.
 *
 * Tags are dropped, character references decoded, the content of elements
 * that show no text (script, style, template, …) left out, and line breaks
 * and block boundaries become spaces so that words stay apart. Tests compare
 * the result with the browser's own parser on generated markup.
 */
import { decodeCharacterReferences } from './html-entities.js';
import { collapseWhitespace } from './plain-text.js';

/** Elements whose content the parser reads as markup but no one sees as text. */
const HIDDEN_CONTAINERS: ReadonlySet<string> = new Set(['template', 'noscript', 'object']);
/** Elements whose content is raw text up to their end tag: no tags, no references. Only `xmp` shows it. */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Elements whose content is text with references but no tags. A `title` is not shown in the text. */
const ESCAPABLE_RAW_TEXT: ReadonlySet<string> = new Set(['textarea', 'title']);
const SHOWN_RAW_TEXT: ReadonlySet<string> = new Set(['xmp', 'textarea']);
/** Elements that end a line or a block: a space where they start and end keeps the words on either side apart. */
const WORD_BREAKS: ReadonlySet<string> = new Set(
  ('br p div li ul ol dl dt dd blockquote h1 h2 h3 h4 h5 h6 hr pre listing xmp plaintext address article aside ' +
    'section header footer nav main figure figcaption details summary dialog dir menu center fieldset hgroup ' +
    'search form table caption tr td th').split(' '),
);
/** Word breaks with no end tag: their start tag is the whole element. */
const VOID_BREAKS: ReadonlySet<string> = new Set(['br', 'hr']);
/** End tags that make an element even when none is open (`</p>` an empty paragraph, `</br>` a line break). */
const STRAY_END_BREAKS: ReadonlySet<string> = new Set(['br', 'p']);
const HEADING = /^h[1-6]$/;
/** After `<plaintext>`, the rest of the input is text, whatever it holds. */
const PLAINTEXT = 'plaintext';
const MARKUP = /[<&\0]/;
const ASCII_LETTER = /[A-Za-z]/;
const TAG_NAME = /[^\t\n\f\r />]*/y;
const BETWEEN_ATTRIBUTES = /[\t\n\f\r /]*/y;
/**
 * One attribute: a name (its first character may be anything, `=` and quotes included), then maybe `=`
 * and a value. A quoted value may hold `>`; an unclosed one runs to the end of the input.
 */
const ATTRIBUTE = /[^][^\t\n\f\r />=]*(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*(?:"|$)|'[^']*(?:'|$)|[^\t\n\f\r >"'][^\t\n\f\r >]*|))?/y;
const COMMENT_CLOSE = /--!?>/g;
/** What changes the state of a script's content (HTML's "script data escaped" states). */
const SCRIPT_TOKEN = /<!--|-->|<(\/?)script[\t\n\f\r />]/gi;
const NUL = /\0/g;
const LEADING_NEWLINE = /^(?:\r\n?|\n)/;

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  /** Index just past the tag's `>`. */
  readonly end: number;
}

/** The tag whose `<` is at `start`, or undefined when the input ends inside it (then HTML drops it). */
function readTag(html: string, start: number): Tag | undefined {
  const closing = html.charAt(start + 1) === '/';
  TAG_NAME.lastIndex = start + (closing ? 2 : 1);
  const name = (TAG_NAME.exec(html)?.[0] ?? '').toLowerCase();
  let index = TAG_NAME.lastIndex;
  for (;;) {
    BETWEEN_ATTRIBUTES.lastIndex = index;
    BETWEEN_ATTRIBUTES.exec(html);
    index = BETWEEN_ATTRIBUTES.lastIndex;
    if (index >= html.length) return undefined;
    if (html.charAt(index) === '>') return { name, closing, end: index + 1 };
    ATTRIBUTE.lastIndex = index;
    ATTRIBUTE.exec(html);
    index = ATTRIBUTE.lastIndex;
  }
}

/** Index just past a comment that starts at `start` (`<!--`), or the input's end when it never closes. */
function commentEnd(html: string, start: number): number {
  const body = start + 4;
  if (html.startsWith('>', body)) return body + 1; // <!-->
  if (html.startsWith('->', body)) return body + 2; // <!--->
  COMMENT_CLOSE.lastIndex = body;
  return COMMENT_CLOSE.exec(html) === null ? html.length : COMMENT_CLOSE.lastIndex;
}

/** Index just past the `>` that ends a bogus comment (`<!x>`, `<?x>`, `</ x>`), or the input's end. */
function bogusCommentEnd(html: string, start: number): number {
  const close = html.indexOf('>', start);
  return close < 0 ? html.length : close + 1;
}

const endTagPatterns = new Map<string, RegExp>();

/** Where the raw content of a `name` element ends: at the `<` of its end tag, or at the input's end. */
function rawTextEnd(html: string, from: number, name: string): number {
  if (name === 'script') return scriptEnd(html, from);
  let pattern = endTagPatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    endTagPatterns.set(name, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}

/** A script ends at `</script` unless a `<!--` … `<script` inside it postpones that, as HTML has it. */
function scriptEnd(html: string, from: number): number {
  let state: 'data' | 'escaped' | 'double-escaped' = 'data';
  SCRIPT_TOKEN.lastIndex = from;
  for (let token = SCRIPT_TOKEN.exec(html); token !== null; token = SCRIPT_TOKEN.exec(html)) {
    if (token[0] === '<!--') {
      // The dashes of `<!--` may also close it (`<!-->`), so look again from them.
      if (state === 'data') state = 'escaped';
      SCRIPT_TOKEN.lastIndex = token.index + 2;
    } else if (token[0] === '-->') {
      state = 'data';
    } else if (token[1] === '/') {
      if (state !== 'double-escaped') return token.index;
      state = 'escaped';
    } else if (state === 'escaped') {
      state = 'double-escaped';
    }
  }
  return html.length;
}

/** Text as the parser puts it in the document: references decoded, NUL characters dropped. */
function documentText(text: string): string {
  return decodeCharacterReferences(text).replace(NUL, '');
}

/** Walks the markup once, collecting the text that would be seen. */
class VisibleText {
  private readonly parts: string[] = [];
  /** Open elements whose content is not seen, innermost last. */
  private readonly hidden: string[] = [];
  /**
   * How many of each word-breaking element are open, so that a stray end tag, which the parser
   * ignores, does not split a word. Any heading's end tag closes any heading.
   */
  private readonly openBreaks = new Map<string, number>();
  private index = 0;

  constructor(private readonly html: string) {}

  read(): string {
    const { html } = this;
    while (this.index < html.length) {
      const open = html.indexOf('<', this.index);
      const textEnd = open < 0 ? html.length : open;
      if (textEnd > this.index) this.show(documentText(html.slice(this.index, textEnd)));
      if (open < 0) break;
      this.index = this.markupEnd(open);
    }
    return this.parts.join('');
  }

  private show(text: string): void {
    if (this.hidden.length === 0) this.parts.push(text);
  }

  /** Reads what starts with the `<` at `open` and returns where reading goes on. */
  private markupEnd(open: number): number {
    const { html } = this;
    const next = html.charAt(open + 1);
    if (ASCII_LETTER.test(next)) return this.tagEnd(open);
    if (next === '/') {
      const after = html.charAt(open + 2);
      if (ASCII_LETTER.test(after)) return this.tagEnd(open);
      if (after === '>') return open + 3; // </> is dropped
      if (after === '') {
        this.show('</');
        return html.length;
      }
      return bogusCommentEnd(html, open);
    }
    if (next === '!') return html.startsWith('<!--', open) ? commentEnd(html, open) : bogusCommentEnd(html, open);
    if (next === '?') return bogusCommentEnd(html, open);
    this.show('<'); // `a < b`, `<3`: a less-than sign that opens nothing is text
    return open + 1;
  }

  private tagEnd(open: number): number {
    const tag = readTag(this.html, open);
    if (tag === undefined) return this.html.length;
    if (WORD_BREAKS.has(tag.name) && this.breaksWord(tag)) this.show(' ');
    if (tag.closing) {
      const depth = this.hidden.lastIndexOf(tag.name);
      if (depth >= 0) this.hidden.length = depth;
      return tag.end;
    }
    if (tag.name === PLAINTEXT) {
      this.show(this.html.slice(tag.end).replace(NUL, '\uFFFD'));
      return this.html.length;
    }
    if (RAW_TEXT.has(tag.name) || ESCAPABLE_RAW_TEXT.has(tag.name)) return this.rawTextEnd(tag);
    if (HIDDEN_CONTAINERS.has(tag.name)) this.hidden.push(tag.name);
    return tag.end;
  }

  private breaksWord({ name, closing }: Tag): boolean {
    if (this.hidden.length > 0) return true; // nothing is shown there
    if (closing ? STRAY_END_BREAKS.has(name) : VOID_BREAKS.has(name)) return true;
    const key = HEADING.test(name) ? 'h' : name;
    const open = this.openBreaks.get(key) ?? 0;
    if (!closing) this.openBreaks.set(key, open + 1);
    else if (open > 0) this.openBreaks.set(key, open - 1);
    return !closing || open > 0;
  }

  /** Skips or shows the content of a raw text element; its end tag is read as any other tag. */
  private rawTextEnd(tag: Tag): number {
    const end = rawTextEnd(this.html, tag.end, tag.name);
    if (SHOWN_RAW_TEXT.has(tag.name)) {
      // The parser drops a newline right after <textarea>, so "a<textarea>\nb" reads "ab".
      const raw = this.html.slice(tag.end, end).replace(tag.name === 'textarea' ? LEADING_NEWLINE : '', '').replace(NUL, '\uFFFD');
      this.show(ESCAPABLE_RAW_TEXT.has(tag.name) ? decodeCharacterReferences(raw) : raw);
    }
    return end;
  }
}

/** The visible text of an HTML fragment, on one line. Never puts the string into a document. */
export function htmlToText(html: string): string {
  if (!MARKUP.test(html)) return collapseWhitespace(html);
  return collapseWhitespace(new VisibleText(html).read());
}
