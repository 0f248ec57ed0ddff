/**
 * Text cut to a length for showing where room is short: a mark's label, its accessible name, a
 * tooltip, an announcement. The model keeps every title whole (a 1 MB title is accepted as given, and
 * the details can show all of it); what is drawn or spoken is cut, so no single record can make a mark
 * a million characters long.
 */

/** The most characters of a title drawn on a mark or given as its accessible name. */
export const MAX_TITLE_LENGTH = 200;

export const ELLIPSIS = '…';

/** A cut after the last whole word is preferred unless it keeps less than this share of the room. */
const WORD_CUT_SHARE = 0.6;

const SPACE = /^\s+$/u;

/** Graphemes are what a reader sees as one character: an emoji family, a flag, a letter and its accents. */
const graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/**
 * `text` when it has at most `max` UTF-16 code units; otherwise its beginning and an ellipsis, `max`
 * code units at most, cut after a whole word where that keeps most of the room, and never inside a
 * grapheme (unless the first grapheme alone is longer than `max`; then between code points). Only the
 * first `max` characters of a long text are looked at.
 */
export function displayText(text: string, max: number = MAX_TITLE_LENGTH): string {
  if (text.length <= max) return text;
  const room = Math.floor(max) - ELLIPSIS.length;
  if (room < 0) return '';
  return text.slice(0, cutPoint(text, room)) + ELLIPSIS;
}

/** Where to cut `text` so that what is kept has at most `room` code units. */
function cutPoint(text: string, room: number): number {
  if (graphemes === undefined) return codePointCut(text, room);
  let cut = 0; // at the last grapheme boundary seen, less the spaces just before it
  let atWordEnd = false;
  let lastWordEnd = 0;
  let spacesFrom = -1;
  let boundaries = 0;
  // A boundary is decided by the code points up to it and the one after, so a segment start up to
  // `room` in this slice (which holds the whole code point at `room`) is a boundary of the whole text.
  for (const { index, segment } of graphemes.segment(text.slice(0, room + 2))) {
    if (index > room) break;
    const space = SPACE.test(segment);
    cut = spacesFrom >= 0 ? spacesFrom : index;
    atWordEnd = space || cut !== index;
    boundaries += 1;
    if (!space) spacesFrom = -1;
    else if (spacesFrom < 0) {
      spacesFrom = index;
      if (index > 0) lastWordEnd = index;
    }
  }
  if (boundaries === 1 && cut === 0) return codePointCut(text, room); // one grapheme longer than the room
  return atWordEnd || lastWordEnd < WORD_CUT_SHARE * room ? cut : lastWordEnd;
}

/** `room`, or one less so as not to keep half of a surrogate pair. */
function codePointCut(text: string, room: number): number {
  const code = text.charCodeAt(room - 1);
  return room > 0 && code >= 0xd800 && code <= 0xdbff ? room - 1 : room;
}
