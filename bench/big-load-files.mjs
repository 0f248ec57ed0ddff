// The files the bench's big loads read through `src`, written once to a folder under the system's
// temporary directory and reused while their name (size and seed) stays the same:
// - an ACLED-shaped CSV of about 50 MB (the 31 columns of an export, rows from demo/research-data.js);
// - the bench's own records as a JSON array.
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { generateAcledCsv } from '../demo/research-data.js';
import { generateEvents } from './generate-events.js';

export const BIG_LOAD_DIR = join(os.tmpdir(), 'conflict-timeline-bench');
/** Bytes a row of the generated ACLED CSV takes, on average (measured on 20,000 rows: 398). */
const ACLED_BYTES_PER_ROW = 398;

function written(name, make) {
  mkdirSync(BIG_LOAD_DIR, { recursive: true });
  const path = join(BIG_LOAD_DIR, name);
  if (!existsSync(path)) {
    // Written under another name first, so an interrupted run leaves no half file to reuse.
    writeFileSync(`${path}.part`, make());
    renameSync(`${path}.part`, path);
  }
  return { name, path, bytes: statSync(path).size };
}

/** An ACLED CSV of about `megabytes` MB: its name (under BIG_LOAD_DIR), path, bytes and rows. */
export function acledCsvFile(megabytes, seed) {
  const rows = Math.round((megabytes * 1_000_000) / ACLED_BYTES_PER_ROW);
  return { ...written(`acled-${rows}-${seed}.csv`, () => generateAcledCsv(rows, seed)), rows };
}

/** `count` of the bench's records as one JSON array. */
export function eventsJsonFile(count, seed) {
  return { ...written(`events-${count}-${seed}.json`, () => JSON.stringify(generateEvents(count, seed))), rows: count };
}
