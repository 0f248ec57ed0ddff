/** Types for draft-score.js, which stays plain JS so that node and the browser tests load it as is. */
import type { DraftEvent, DraftOptions } from '../src/draft/index.js';

export interface CorpusDate {
  readonly text: string;
  /** EDTF, or null when the words name no placeable date. */
  readonly start: string | null;
  readonly end?: string;
}
export interface CorpusItem {
  /** 'tuned': written while the resolver was built; 'held-out': written after, and scored once before any change. */
  readonly set?: 'tuned' | 'held-out';
  readonly published: string;
  /** The text's language when it is not English, e.g. 'tr'. */
  readonly locale?: string;
  readonly text: string;
  readonly dates: readonly CorpusDate[];
}
export interface Corpus {
  readonly about: string;
  readonly items: readonly CorpusItem[];
}
export interface CorpusScore {
  readonly items: number;
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  readonly right: number;
  readonly precision: number;
  readonly recall: number;
  /** Share of expected expressions resolved to the right EDTF. */
  readonly exact: number;
  readonly missed: readonly { published: string; text: string; expected: CorpusDate }[];
  readonly wrong: readonly { published: string; text: string; expected: CorpusDate; got: Partial<DraftEvent> }[];
  readonly extra: readonly { published: string; text: string; got: Partial<DraftEvent> }[];
}
export const DRAFT_THRESHOLDS: Readonly<{ precision: number; recall: number; exact: number }>;
export function scoreCorpus(corpus: Corpus, draftEvents: (text: string, options: DraftOptions) => DraftEvent[]): CorpusScore;
