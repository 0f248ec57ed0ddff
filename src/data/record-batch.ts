/**
 * What every reader returns: raw records for `validateEvents`, untouched by
 * validation. Readers map shapes; they never judge dates or drop records, so
 * every input row reaches validation and ends up as an event or a diagnostic.
 */
import type { RecordDiagnostic, TimelineEventInput } from '../model/timeline-event.js';

/** `timelinejs-sheet`: a TimelineJS spreadsheet's columns, as CSV or tab-separated text. */
export type RecordFormat =
  | 'json'
  | 'timelinejs'
  | 'csv'
  | 'acled-csv'
  | 'ucdp-ged-csv'
  | 'wikidata'
  | 'wikidata-csv'
  | 'timelinejs-sheet'
  | 'list';

export interface RecordBatch {
  /** `TimelineEventInput`-shaped objects (or whatever could not be mapped, as given). */
  readonly records: readonly unknown[];
  /** `{ title, start, end }`-shaped background spans (TimelineJS eras). */
  readonly eras: readonly unknown[];
  readonly format: RecordFormat;
  readonly title?: string;
  /** The title slide's own text (TimelineJS), as plain text: shown under the title as the timeline's introduction. */
  readonly titleText?: string;
  /** The credit of the title slide's media (TimelineJS), as plain text. */
  readonly titleCredit?: string;
  /**
   * What the reader saw go wrong in the input's structure, each on the record it changed (a CSV quote
   * never closed, which takes the lines after it into one record). The record is still passed on, so
   * these are warnings, in the shape and wording of validation's (`record 3: …`).
   */
  readonly warnings?: readonly RecordDiagnostic[];
}

/** What a title slide says (TimelineJS): its headline, its text and its media's credit, each as plain text. */
export interface TitleSlide {
  readonly title?: string;
  readonly titleText?: string;
  readonly titleCredit?: string;
}

/** What a reader makes of one input record: the contract's fields, any of them possibly missing (validation reports which). */
export type PartialEventRecord = Partial<TimelineEventInput>;

/**
 * The input as a whole has a shape no reader understands (not a single bad
 * record: those go to validation). The message is a sentence a person can act on.
 */
export class DataFormatError extends Error {
  override readonly name = 'DataFormatError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
