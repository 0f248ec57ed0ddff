#!/usr/bin/env node
// conflict-timeline draft <article.txt | -> --published YYYY-MM-DD [--locale en]
// Prints the draft events of an article's prose as JSON, for the timeline's `events` or `src`.
import { existsSync, readFileSync } from 'node:fs';

const USAGE = `Usage: conflict-timeline draft <article.txt | -> --published YYYY-MM-DD [--locale en]

Reads the article's prose (a file, or standard input for -) and prints its draft events as JSON:
one per date expression, dated against the publication date, each with the words it came from
(dateText) and how they were read (dateNote). Words that name no placeable date come with no
start and a reason.

Example: npx conflict-timeline draft article.txt --published 2019-02-13 > events.json`;

function fail(message, code = 2) {
  process.stderr.write(`conflict-timeline: ${message}\n`);
  process.exit(code);
}

function readArguments(args) {
  const options = { files: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (name === '--help' || name === '-h') options.help = true;
    else if (name === '--published' || name === '--locale') {
      const value = inline ?? args[(i += 1)];
      if (value === undefined) fail(`${name} needs a value\n\n${USAGE}`);
      options[name.slice(2)] = value;
    } else if (name.startsWith('--')) fail(`unknown option ${name}\n\n${USAGE}`);
    else options.files.push(arg);
  }
  return options;
}

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(command === undefined ? 2 : 0);
}
if (command !== 'draft') fail(`unknown command '${command}'\n\n${USAGE}`);

const options = readArguments(rest);
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (options.files.length !== 1) fail(`give one article file, or - for standard input\n\n${USAGE}`);
if (options.published === undefined) fail(`--published is required: the article's publication date, e.g. --published 2019-02-13`);

const draftModule = new URL('../dist/draft/index.js', import.meta.url);
if (!existsSync(draftModule)) fail('dist/draft/index.js is missing: build the package first (npm run build)', 1);
const { draftEvents } = await import(draftModule.href);

const [file] = options.files;
let text;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${file === '-' ? 'standard input' : file}: ${error.message}`, 1);
}

let drafts;
try {
  drafts = draftEvents(text, { published: options.published, ...(options.locale ? { locale: options.locale } : {}) });
} catch (error) {
  fail(error.message);
}
process.stdout.write(`${JSON.stringify(drafts, null, 2)}\n`);
