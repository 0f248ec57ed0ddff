/** Readers that turn JSON, CSV, TimelineJS files and light-DOM lists into raw records for validation. */
export { DataFormatError } from './record-batch.js';
export type { PartialEventRecord, RecordBatch, RecordFormat } from './record-batch.js';
export { readJson } from './read-json.js';
export { readTimelineJs, isTimelineJsDocument } from './read-timelinejs.js';
export { readCsv } from './read-csv.js';
export { readText } from './read-text.js';
export { detectFormat } from './detect-format.js';
export type { FormatHint, TextFormat } from './detect-format.js';
export { readLightDomList } from './read-light-dom.js';
export { loadSource, SourceLoadError } from './load-source.js';
export { idlib2019 } from './datasets/idlib-2019.js';
