/** The parties of an event, from a list or from "Russia; Turkey" / "Russia, Turkey" text. */

const PRIMARY_SEPARATOR = ';';
/** Used only when there is no `;`, so names with commas survive in `;`-separated lists. */
const FALLBACK_SEPARATOR = ',';

export interface ReadActors {
  readonly actors: readonly string[];
  /** Set when the value was present but is neither text nor a list. */
  readonly ignored: boolean;
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
    .filter((name) => name !== '');
}

function nameOf(item: unknown): string[] {
  if (typeof item === 'string') return [item];
  if (typeof item === 'number' && Number.isFinite(item)) return [String(item)];
  return [];
}

function uniqueNames(names: readonly string[]): string[] {
  const unique = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed !== '') unique.add(trimmed);
  }
  return [...unique];
}
