/**
 * The parties of an event, from a list or from "Russia; Turkey" / "Russia, Turkey" text. A blank
 * name, or a missing-value marker a tool wrote in an empty cell, is no party (see UNKNOWN_ACTOR_MARKERS).
 */

const PRIMARY_SEPARATOR = ';';
/** Used only when there is no `;`, so names with commas survive in `;`-separated lists. */
const FALLBACK_SEPARATOR = ',';

export interface ReadActors {
  readonly actors: readonly string[];
  /** Set when the value was present but is neither text nor a list. */
  readonly ignored: boolean;
}

/**
 * What tools write for a missing value, exactly as they write it: R and ACLED's R exports `NA`,
 * spreadsheets and people `N/A` and `n/a`, Excel's lookup error `#N/A`, pandas `NaN`, SQL dumps
 * `NULL` / `null`. Matched case-sensitively, so a name that merely looks like one ("Nan", "Null
 * Island Militia") is kept. "Unknown" and "Unidentified Armed Group" are kept too: a source that
 * says an unknown party acted says something.
 */
export const UNKNOWN_ACTOR_MARKERS: ReadonlySet<string> = new Set(['NA', 'N/A', 'n/a', '#N/A', 'NaN', 'NULL', 'null']);

/** Whether a name (trimmed here) stands for no known actor: blank or a missing-value marker. */
export function isUnknownActor(name: string): boolean {
  const trimmed = name.trim();
  return trimmed === '' || UNKNOWN_ACTOR_MARKERS.has(trimmed);
}

const NONE: ReadActors = Object.freeze({ actors: Object.freeze([]), ignored: false });

export function readActors(value: unknown): ReadActors {
  if (value === undefined || value === null) return NONE;
  if (typeof value === 'string') return { actors: uniqueNames(splitNames(value)), ignored: false };
  if (Array.isArray(value)) return { actors: uniqueNames(value.flatMap(nameOf)), ignored: false };
  return { actors: [], ignored: true };
}

/** Names in "Russia; Turkey" or "Russia, Turkey" text, trimmed; blanks between separators are dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(text.includes(PRIMARY_SEPARATOR) ? PRIMARY_SEPARATOR : FALLBACK_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => !isUnknownActor(name));
}

function nameOf(item: unknown): string[] {
  if (typeof item === 'string') return [item];
  if (typeof item === 'number' && Number.isFinite(item)) return [String(item)];
  return [];
}

function uniqueNames(names: readonly string[]): string[] {
  const unique = new Set<string>();
  for (const name of names) {
    if (!isUnknownActor(name)) unique.add(name.trim());
  }
  return [...unique];
}
