// The README tells the truth about the result ids integrators receive: its table lists every
// outcome of the tree, each under its own level, and nothing else. Runs on the tsc output.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';

const {TREE} = await import('../../build/src/tree/tree.js');
const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

test('the README result ids table matches the tree, level by level', () => {
  const section = readme.split('### Result ids')[1].split('\n## ')[0];
  const rows = section.split('\n').filter((line) => /^\| `[a-z-]+`/.test(line));
  const listed = new Map();
  for (const row of rows) {
    const [, level, ids] = row.split('|').map((cell) => cell.trim());
    for (const id of ids.match(/`([a-z-]+)`/g).map((x) => x.slice(1, -1))) {
      listed.set(id, level.match(/`([a-z-]+)`/)[1]);
    }
  }
  assert.deepEqual([...listed.entries()].sort(), TREE.outcomes.map((o) => [o.id, o.level]).sort());
});
