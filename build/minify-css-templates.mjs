// A rollup plugin for the bundle: the CSS in our Lit `css` templates without comments and without the
// whitespace CSS does not read. The sources keep their layout and their comments (the why of each rule);
// the ESM build keeps them as written too, for a bundler user's build to minify as it likes.
//
// It runs after TypeScript, on JavaScript whose `css` tagged templates are as written. Only static text
// is changed; `${…}` parts are left as they are, and any whitespace touching one is kept (as one space),
// since what it interpolates may be a selector or a value. A template it cannot read with certainty
// (a comment or string left open) is left whole.
import MagicString from 'magic-string';

/** Our TypeScript sources; not node_modules (Lit's own templates are not CSS of ours). */
const OURS = /\/src\/.*\.ts$/;

export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!OURS.test(id) || !/\bcss\s*`/.test(code)) return null;
      const out = new MagicString(code);
      let changed = false;
      for (const template of cssTemplates(code)) {
        for (const part of template) {
          const minified = minifyCss(code.slice(part.start, part.end), part);
          if (minified !== undefined && minified !== code.slice(part.start, part.end)) {
            if (minified === '') out.remove(part.start, part.end);
            else out.overwrite(part.start, part.end, minified);
            changed = true;
          }
        }
      }
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}

/**
 * The static parts of each `css` tagged template in `code`: for each, its text's start and end, and
 * whether it begins or ends at an interpolation.
 */
export function cssTemplates(code) {
  const templates = [];
  // TypeScript writes `css `…`` with a space.
  const tag = /(?<![\w$.])css\s*`/g;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    const parts = [];
    const end = scanTemplate(code, match.index + match[0].length, parts);
    if (end < 0) continue;
    templates.push(parts);
    tag.lastIndex = end;
  }
  return templates;
}

/** Reads a template literal from just after its backtick; returns the index after its closing backtick, or -1. */
function scanTemplate(code, from, parts) {
  let start = from;
  let afterInterpolation = false;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') {
      i++;
    } else if (c === '`') {
      parts?.push({ start, end: i, afterInterpolation, beforeInterpolation: false });
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      parts?.push({ start, end: i, afterInterpolation, beforeInterpolation: true });
      const close = scanExpression(code, i + 2);
      if (close < 0) return -1;
      i = close;
      start = close + 1;
      afterInterpolation = true;
    }
  }
  return -1;
}

/** Reads a `${…}` expression from just after its `${`; returns the index of its closing brace, or -1. */
function scanExpression(code, from) {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '`') {
      const end = scanTemplate(code, i + 1);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === "'" || c === '"') {
      const end = closingQuote(code, i);
      if (end < 0) return -1;
      i = end;
    }
  }
  return -1;
}

/** The index of the quote that closes the string opened at `open`, or -1. */
function closingQuote(text, open) {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[open]) return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

/**
 * One static part of a CSS template, minified: comments dropped, whitespace runs made one space, and
 * none where CSS does not read it: beside `{ } ;`, around a declaration's colon, around the commas and
 * after the colons of a selector or an at-rule's prelude, and at the template's ends; a `;` before `}`
 * dropped. A declaration's value keeps its spaces (one for each run): a value with a var() in it, or a
 * custom property, is kept as text, which a page may read. Strings are kept as written. Undefined when
 * the part has a comment or string left open.
 */
export function minifyCss(text, { afterInterpolation = false, beforeInterpolation = false } = {}) {
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  let out = '';
  let statement = [];
  const flush = (delimiter) => {
    out += statementText(statement, delimiter, {
      // Beside a delimiter, or at the template's start or end, a space says nothing; beside an interpolation it may.
      dropLeading: out !== '' || !afterInterpolation,
      dropTrailing: delimiter !== undefined || !beforeInterpolation,
    });
    statement = [];
  };
  for (const token of tokens) {
    if (token !== '{' && token !== '}' && token !== ';') {
      statement.push(token);
      continue;
    }
    flush(token);
    // `;}` is `}`: drop the `;` of the last declaration of a block.
    if (token === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += token;
  }
  flush(undefined);
  return out;
}

/** Strings as they are, each whitespace run (or comment) as ' ', anything else a character at a time; or undefined. */
function tokenize(text) {
  const tokens = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      i = end + 1;
      // A comment separates what is on either side of it, as whitespace does.
      if (tokens.at(-1) !== ' ') tokens.push(' ');
    } else if (c === "'" || c === '"') {
      const end = closingQuote(text, i);
      if (end < 0) return undefined;
      tokens.push(text.slice(i, end + 1));
      i = end;
    } else if (/\s/.test(c)) {
      if (tokens.at(-1) !== ' ') tokens.push(' ');
    } else {
      tokens.push(c);
    }
  }
  return tokens;
}

/**
 * The text of one statement's tokens, before `delimiter` (`{` after a prelude, `;` or `}` after a
 * declaration, undefined where the part ends), without the spaces CSS does not read.
 */
function statementText(tokens, delimiter, { dropLeading, dropTrailing }) {
  const isPrelude = delimiter === '{';
  // Before an interpolation a statement may yet be a selector (`.a :hover ${…}`): its colons stay as they are.
  const colon = isPrelude || delimiter === undefined ? -1 : tokens.indexOf(':');
  const dropped = (i) =>
    (i === 0 && dropLeading) ||
    (i === tokens.length - 1 && dropTrailing) ||
    (isPrelude && (tokens[i - 1] === ',' || tokens[i + 1] === ',' || tokens[i - 1] === ':')) ||
    (colon >= 0 && (i === colon - 1 || i === colon + 1));
  return tokens.filter((token, i) => token !== ' ' || !dropped(i)).join('');
}
