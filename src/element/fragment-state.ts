/**
 * A timeline's shareable state (its view and selected event) in a page's URL fragment, beside
 * whatever else the fragment holds: `#sochi.view=2018-01-01/2018-12-31&sochi.event=sochi-memorandum`.
 * Each timeline writes only the parts under its own key, so two timelines on a page keep separate state,
 * and a fragment that is an anchor (`#section-2`) stays one.
 */
export interface SharedState {
  /** The view as an EDTF interval of days, e.g. `2018-01-01/2018-12-31`. */
  readonly view?: string;
  /** The selected event's id. */
  readonly event?: string;
}

const FIELDS = ['view', 'event'] as const;

/** The state stored under `key` in a fragment (`#…` or without the `#`). */
export function readFragmentState(fragment: string, key: string): SharedState {
  const state: Record<string, string> = {};
  for (const part of partsOf(fragment)) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = safeDecode(part.slice(0, at));
    const field = FIELDS.find((f) => name === `${key}.${f}`);
    if (field) state[field] = safeDecode(part.slice(at + 1));
  }
  return state;
}

/** The fragment with the state under `key` replaced (`#` included; empty when nothing is left). */
export function writeFragmentState(fragment: string, key: string, state: SharedState): string {
  const ours = (part: string) => FIELDS.some((f) => safeDecode(part.split('=')[0]!) === `${key}.${f}`);
  const kept = partsOf(fragment).filter((part) => !ours(part));
  const added = FIELDS.filter((f) => state[f] !== undefined && state[f] !== '').map(
    (f) => `${encodeURIComponent(`${key}.${f}`)}=${encodeURIComponent(state[f]!).replace(/%2F/g, '/')}`,
  );
  const parts = [...kept, ...added];
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

function partsOf(fragment: string): string[] {
  return fragment.replace(/^#/, '').split('&').filter((part) => part !== '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
