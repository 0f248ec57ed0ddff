// Writes the tables of bench/results.json into README.md, between the bench markers, so that the README
// shows the figures of one run and nothing else: `node bench/readme-table.mjs` after `npm run bench`.
import { readFileSync, writeFileSync } from 'node:fs';
import { markdownTables } from './report.mjs';

const START = '<!-- bench:start (node bench/readme-table.mjs writes this from bench/results.json) -->';
const END = '<!-- bench:end -->';

const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} section`);
const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
writeFileSync('README.md', `${readme.slice(0, from + START.length)}\n${markdownTables(results)}${readme.slice(to)}`);
console.log('README.md: bench tables written from bench/results.json');
