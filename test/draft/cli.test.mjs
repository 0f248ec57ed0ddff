// The draft CLI as a user runs it: node runs bin/conflict-timeline.mjs on a file, and on standard
// input, against the built dist/draft (npm test builds first). Run by `node --test`, not the browser.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/conflict-timeline.mjs', import.meta.url));
const ARTICLE = [
  'Talks in Ankara',
  '',
  'The two defence ministers met in Ankara on Monday and agreed that decisive measures were needed.',
  'The deal struck in September set up zones that were created last fall, officials said.',
  'In recent weeks, the militants have advanced.',
].join('\n');

const run = (args, input) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input });

describe('npx conflict-timeline draft', () => {
  let dir;
  let file;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ct-draft-'));
    file = join(dir, 'article.txt');
    writeFileSync(file, ARTICLE);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the drafts of a file as JSON', () => {
    const result = run(['draft', file, '--published', '2019-02-13']);
    assert.equal(result.status, 0, result.stderr);
    const drafts = JSON.parse(result.stdout);
    assert.deepEqual(
      drafts.map((d) => [d.dateText, d.start ?? null]),
      [
        ['on Monday', '2019-02-11'],
        ['in September', '2018-09'],
        ['last fall', '2018-23'],
        ['In recent weeks', null],
      ],
    );
    assert.match(drafts[0].dateNote, /^'on Monday' in an article published Wednesday 13 February 2019: the Monday before, 11 February 2019/);
    assert.equal(typeof drafts[3].reason, 'string');
  });

  it('reads standard input for -, and takes --published=…', () => {
    const result = run(['draft', '-', '--published=2019-02-14'], ARTICLE);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout)[0].start, '2019-02-11');
  });

  it('says what is wrong, on stderr with a non-zero status, when the publication date is missing or not a day', () => {
    const missing = run(['draft', file]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--published is required/);
    assert.equal(missing.stdout, '');
    const notADay = run(['draft', file, '--published', '2019-02-30']);
    assert.equal(notADay.status, 2);
    assert.match(notADay.stderr, /YYYY-MM-DD/);
  });

  it('says when the file cannot be read, or the command is unknown', () => {
    const absent = run(['draft', join(dir, 'absent.txt'), '--published', '2019-02-13']);
    assert.equal(absent.status, 1);
    assert.match(absent.stderr, /cannot read/);
    const unknown = run(['publish', file]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command 'publish'/);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: conflict-timeline draft/);
  });
});
