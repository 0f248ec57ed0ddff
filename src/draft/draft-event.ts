/** What `draftEvents` takes and gives. */

export interface DraftOptions {
  /** ISO date `YYYY-MM-DD`: the article's publication date, which relative dates are read against. */
  readonly published: string;
  /** The language of the text as a BCP 47 tag: `'en'` (the default) or `'tr'`; any other is read as English. Notes are in English. */
  readonly locale?: string;
}

/**
 * One date expression in the text, as a draft event. Shaped as a `TimelineEventInput`, so the
 * element takes it in `events`; a draft with no `start` is rejected there with a reason.
 */
export interface DraftEvent {
  /** Stable within one text: `draft-1`, `draft-2`, … in the order of the words. */
  readonly id: string;
  /** The sentence around the date, trimmed to a headline (≤ 120 characters, cut at a word). */
  readonly title: string;
  /** The whole sentence. */
  readonly description: string;
  /** EDTF at the precision the words carry; absent when the words could not be placed. */
  readonly start?: string;
  /** EDTF end, for ranges and weeks. */
  readonly end?: string;
  /** The exact words, e.g. "on Monday". */
  readonly dateText: string;
  /** How the words were read, e.g. "'on Monday' in an article published Wednesday 13 February 2019: the Monday before, 11 February 2019". */
  readonly dateNote: string;
  /** Why the draft has no date, when it has none. */
  readonly reason?: string;
  /** Where `dateText` starts in the text (UTF-16 offset), to show the words in place. */
  readonly offset: number;
}

/** A draft with a date: what the element can show. */
export type DatedDraftEvent = DraftEvent & { readonly start: string };

/** Whether a draft has a date (narrows the type for the element's `events`). */
export function isDatedDraft(draft: DraftEvent): draft is DatedDraftEvent {
  return typeof draft.start === 'string';
}
