/**
 * Whether the words around a date speak of the future ("the leaders will meet on Thursday",
 * "talks scheduled for March"), which turns a relative date forward. The clause that holds the
 * date is read up to the date itself, so "said on Monday it will" stays in the past.
 */
const FUTURE =
  /\b(?:will|won['’]t|shall|would(?! have)|must(?! have)|is to|are to|scheduled|slated|due to|due on|set to|(?:is|are|be) expected|expected to|plans? to|planned|upcoming|ahead of|ha(?:s|ve) until|deadline)\b|['’]ll\b/i;
const CLAUSE_BREAK = /[,;:()\u2014\u2013]/;

export function speaksOfFuture(sentence: string, start: number, end: number): boolean {
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(sentence[clauseStart - 1]!)) clauseStart -= 1;
  const before = sentence.slice(clauseStart, end);
  if (FUTURE.test(before)) return true;
  // A date that opens the sentence ("On Thursday, the leaders will meet") belongs to the clause after it.
  if (sentence.slice(0, start).trim().replace(/^["“‘']/, '') === '' && sentence[end] === ',') {
    const next = sentence.slice(end + 1).split(CLAUSE_BREAK)[0] ?? '';
    return FUTURE.test(next);
  }
  return false;
}
