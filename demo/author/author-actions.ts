/** What the page's controls ask for; author.ts does each, the views only call them. */
import type { EmbedKind, RowTextField, TextField } from './author-state.js';
import type { SourceFields } from './event-row.js';

export interface AuthorActions {
  text(field: TextField, value: string): void;
  findDrafts(): void;
  tryExample(): void;
  acceptDraft(index: number): void;
  acceptAllDrafts(): void;
  dismissDraft(index: number): void;
  restoreDraft(index: number): void;
  readCells(): void;
  readFile(file: File): void;
  rowDate(key: string, field: 'start' | 'end', value: string): void;
  rowText(key: string, field: RowTextField, value: string): void;
  rowSource(key: string, field: keyof SourceFields, value: string): void;
  removeRow(key: string): void;
  addRow(): void;
  sortRows(): void;
  goToRow(key: string): void;
  embedKind(kind: EmbedKind): void;
  copySnippet(): void;
  download(format: 'json' | 'csv'): void;
  startOver(): void;
}
