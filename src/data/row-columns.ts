/**
 * What the export readers (ACLED, UCDP GED) make of a row's columns alike: the actors of its actor
 * columns, and a description of sentences some of which may be missing.
 */
import { isUnknownActor } from '../model/read-actors.js';
import { textOf } from './plain-text.js';

/** The named parties of a row's actor columns; a missing-value marker (`NA`) is no party. */
export function actorsOf(row: Readonly<Record<string, string>>, columns: readonly string[]): string[] | undefined {
  const actors = columns.map((column) => textOf(row[column])).filter((actor): actor is string => actor !== undefined && !isUnknownActor(actor));
  return actors.length === 0 ? undefined : actors;
}

/** The sentences that are there, as one text; undefined when none is. */
export function sentences(parts: readonly (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined);
  return present.length === 0 ? undefined : present.join(' ');
}
