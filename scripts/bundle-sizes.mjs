// Where the bundle's bytes come from, by package and by file (a development tool; run after `npm run build`):
//
//   node scripts/bundle-sizes.mjs [--files 30] [--bundle dist/conflict-timeline.bundle.js]
//   node scripts/bundle-sizes.mjs --without 'export-|legend-swatches'   # what those files together weigh
//   node scripts/bundle-sizes.mjs --bundle dist/bundle-chunks/load-worker-….js   # the load worker alone
//
// The load worker is a file of its own, started for a `src`: after the bundle it is reported apart, by
// package and its heaviest files; it adds nothing to the bundle a page loads first.
//
// Each byte of the minified bundle is given to the source its source map names (the map is written beside
// the bundle). A group's "saves" is what the whole bundle's gzip (level 9, as the README and the bench
// measure) would lose without that group's bytes: gzip shares a dictionary across the file, so that is the
// honest measure of what removing the group would gain; the group's bytes gzipped alone overstate it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const bundlePath = option('bundle', 'dist/conflict-timeline.bundle.js');
const fileRows = Number(option('files', '30'));

const code = readFileSync(bundlePath, 'utf8');
const map = JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8'));
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The numbers of one source map segment (base64 VLQ). */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** For each generated line, the columns where a mapped segment starts and the source it names (-1: none). */
function segmentsByLine() {
  const lines = [];
  let source = 0;
  for (const line of map.mappings.split(';')) {
    const starts = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = decodeSegment(segment);
      column += values[0];
      if (values.length > 1) source += values[1];
      starts.push({ column, source: values.length > 1 ? source : -1 });
    }
    lines.push(starts);
  }
  return lines;
}

/**
 * The owner of each character of the bundle: a source index, or -1 for what no source claims. A segment
 * runs to the next one, across line ends: terser maps a template literal (CSS, HTML) where it starts
 * only, and the lines it runs on after that have no segments of their own.
 */
function ownerOfEachCharacter() {
  const owners = new Int32Array(code.length).fill(-1);
  const codeLines = code.split('\n');
  const segments = segmentsByLine();
  let offset = 0;
  let current = -1;
  codeLines.forEach((text, lineIndex) => {
    const starts = segments[lineIndex] ?? [];
    owners.fill(current, offset, offset + (starts[0]?.column ?? text.length) + 1);
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1].column : text.length + 1;
      owners.fill(start.source, offset + start.column, Math.min(code.length, offset + end));
      current = start.source;
    });
    offset += text.length + 1;
  });
  return owners;
}

/** `d3-zoom`, `lit`, `date-fns`, or `ours: src/element` for our own files. */
function groupOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '');
  const inModules = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) {
    const name = inModules[1];
    return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(name) ? 'lit' : name;
  }
  return `ours: ${path.split('/').slice(0, 2).join('/')}`;
}

const owners = ownerOfEachCharacter();
const total = gzip(code);

/** What the bundle's gzip size would lose without the characters whose owner is a member. */
function marginal(isMember) {
  let rest = '';
  let runStart = 0;
  for (let i = 0; i <= code.length; i++) {
    const member = i < code.length && isMember(owners[i]);
    if (member || i === code.length) {
      if (i > runStart) rest += code.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return total - gzip(rest);
}

function table(title, keyOf, limit) {
  const bytes = new Map();
  owners.forEach((owner) => {
    const key = keyOf(owner);
    bytes.set(key, (bytes.get(key) ?? 0) + 1);
  });
  const rows = [...bytes.entries()]
    .map(([key, count]) => ({ key, count, saves: marginal((owner) => keyOf(owner) === key) }))
    .sort((a, b) => b.saves - a.saves)
    .slice(0, limit);
  console.log(`\n${title}`);
  console.log(`${'min B'.padStart(8)} ${'saves gz B'.padStart(11)}  source`);
  for (const row of rows) console.log(`${String(row.count).padStart(8)} ${String(row.saves).padStart(11)}  ${row.key}`);
}

const sourceName = (owner) => (owner < 0 ? '(unmapped)' : map.sources[owner].replace(/^(\.\.\/)+/, ''));
console.log(`${bundlePath}: ${code.length} B min, ${total} B gzip -9 (${(total / 1024).toFixed(1)} KB)`);
table('By package (ours by folder)', (owner) => (owner < 0 ? '(unmapped)' : groupOf(map.sources[owner])), Infinity);
table(`The ${fileRows} files that weigh most`, sourceName, fileRows);

const without = option('without', undefined);
if (without) {
  const pattern = new RegExp(without);
  const members = new Set(map.sources.flatMap((source, i) => (pattern.test(source) ? [i] : [])));
  const names = [...members].map((i) => sourceName(i));
  const bytes = owners.reduce((sum, owner) => sum + (members.has(owner) ? 1 : 0), 0);
  console.log(`\nWithout /${without}/ (${names.join(', ')}): ${bytes} B min, saves ${marginal((owner) => members.has(owner))} B gzip`);
}


/** The worker file the bundle's chunks start (`load-worker-[hash].js`); older builds' files may lie beside it. */
function workerOf(entryPath) {
  const folder = join(dirname(entryPath), 'bundle-chunks');
  const entry = readFileSync(entryPath, 'utf8');
  const chunks = [...entry.matchAll(/["'`]\.\/bundle-chunks\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]);
  const named = chunks.flatMap((chunk) => [...readFileSync(join(folder, chunk), 'utf8').matchAll(/["'`](load-worker-[\w-]+\.js)["'`]/g)].map((m) => m[1]));
  const found = named.find((name) => readdirSync(folder).includes(name));
  return found === undefined ? undefined : join(folder, found);
}

if (!args.includes('--bundle')) {
  const worker = workerOf(bundlePath);
  if (worker === undefined) {
    console.log('\nNo load worker is started by the bundle\'s chunks.');
  } else {
    console.log(`\n---- The load worker, apart from the bundle (started for a src) ----`);
    console.log(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--bundle', worker, '--files', '12'], { encoding: 'utf8' }).trimEnd());
  }
}
