/**
 * How sure the source (or the author) is that an event happened as told. The four levels are drawn
 * on the mark; any other word is kept as given and shown only in the details.
 */
import { quoteValue } from './quote-value.js';

export const CONFIDENCE_LEVELS = ['confirmed', 'likely', 'contested', 'discounted'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Longer than any word of confidence; a longer value is someone's paragraph, cut. */
export const MAX_CONFIDENCE_LENGTH = 80;

export function isConfidenceLevel(text: string | undefined): text is ConfidenceLevel {
  return (CONFIDENCE_LEVELS as readonly string[]).includes(text ?? '');
}

/** A level in lower case when the value names one (any case), else the trimmed text as given. */
export function readConfidence(value: unknown, notes: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    notes.push(`confidence ${quoteValue(value)} is not text; left out`);
    return undefined;
  }
  const text = value.trim();
  if (text === '') return undefined;
  const level = text.toLowerCase();
  if (isConfidenceLevel(level)) return level;
  if (text.length > MAX_CONFIDENCE_LENGTH) {
    notes.push(`confidence ${quoteValue(text)} is longer than ${MAX_CONFIDENCE_LENGTH} characters; cut`);
    return text.slice(0, MAX_CONFIDENCE_LENGTH);
  }
  return text;
}
