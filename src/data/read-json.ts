/**
 * Parsed JSON to raw records. Accepts the shapes people actually publish:
 * a bare array of events, `{ "title", "events", "eras" }`, a TimelineJS3
 * document (recognised by its `start_date` objects), a TimelineJS 2 file
 * (`{ "timeline": { "date": [ … ] } }`), read as the TimelineJS3 document it stands for, or a Wikidata
 * query result (SPARQL JSON results, or the query service's simple JSON rows).
 */
import { isRecord } from '../model/is-record.js';
import { DataFormatError, type RecordBatch } from './record-batch.js';
import { textOf } from './plain-text.js';
import { isTimelineJsDocument, readTimelineJs } from './read-timelinejs.js';
import { isSparqlResults, isWikidataSimpleJson, readWikidataJson } from './read-wikidata.js';
import { isTimelineJs2Document, timelineJs2ToTimelineJs3 } from './timelinejs2.js';

const EXPECTED_SHAPE = 'expected an array or { "events": [...] }';
/** How many of an object's keys to name in an error before eliding the rest. */
const KEYS_SHOWN = 5;

function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'something else';
}

function describeKeys(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return 'it is an empty object';
  const shown = keys.slice(0, KEYS_SHOWN).map((key) => JSON.stringify(key));
  return `its keys are ${shown.join(', ')}${keys.length > KEYS_SHOWN ? ', …' : ''}`;
}

function notAList(detail: string): DataFormatError {
  return new DataFormatError(`The JSON is not a list of events: ${EXPECTED_SHAPE}, but ${detail}.`);
}

export function readJson(value: unknown): RecordBatch {
  if (Array.isArray(value)) {
    // An array of TimelineJS slides is still TimelineJS: import its dates, not the raw objects.
    if (isTimelineJsDocument({ events: value })) return readTimelineJs({ events: value });
    // The query service's simple JSON: rows of item, itemLabel, date, … rather than events.
    if (isWikidataSimpleJson(value)) return readWikidataJson(value);
    return { records: value, eras: [], format: 'json' };
  }
  if (!isRecord(value)) throw notAList(`got ${describeJsonValue(value)}`);
  if (isTimelineJsDocument(value)) return readTimelineJs(value);
  if (isSparqlResults(value)) return readWikidataJson(value);
  if (isTimelineJs2Document(value)) return readTimelineJs(timelineJs2ToTimelineJs3(value));
  const events = value['events'];
  if (!Array.isArray(events)) {
    throw notAList(events === undefined ? `the object has no "events" (${describeKeys(value)})` : '"events" is not an array');
  }
  const eras = value['eras'];
  const title = textOf(value['title']);
  return {
    records: events,
    eras: Array.isArray(eras) ? eras : [],
    format: 'json',
    ...(title === undefined ? {} : { title }),
  };
}
