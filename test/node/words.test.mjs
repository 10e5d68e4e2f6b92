// The words for a translator: `npm run words:export` writes every string of the widget as an
// XLIFF 1.2 unit with its English source, a target (empty for a new language, today's words for
// one the widget speaks) and a note that gives its context. Read back with the same XLIFF library
// a CAT tool's file would be read with.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {xliff12ToJs} from 'xliff';
import {leaves} from '../../scripts/words.mjs';

const root = new URL('../../', import.meta.url);
const {en} = await import('../../build/src/i18n/en.js');
const {es} = await import('../../build/src/i18n/es.js');
const dir = mkdtempSync(join(tmpdir(), 'lpc-words-'));
const run = (...args) =>
  spawnSync(process.execPath, ['scripts/words.mjs', ...args], {cwd: root, encoding: 'utf8'});

async function exported(code) {
  const file = join(dir, `${code}.xlf`);
  execFileSync(process.execPath, ['scripts/words.mjs', 'export', code, file], {cwd: root});
  const xml = readFileSync(file, 'utf8');
  return {xml, ...(await xliff12ToJs(xml))};
}

test('a new language: every English string is a unit with its source, an empty target and a note', async () => {
  const {sourceLanguage, targetLanguage, resources, xml} = await exported('vi');
  assert.equal(sourceLanguage, 'en');
  assert.equal(targetLanguage, 'vi');
  assert.match(xml, /urn:oasis:names:tc:xliff:document:1\.2/);
  const units = resources['leg-pain-check'];
  const english = leaves(en);
  assert.deepEqual(Object.keys(units), [...english.keys()]);
  for (const [id, source] of english) {
    assert.equal(units[id].source, source, id);
    assert.equal(units[id].target, '', id);
    assert.ok(units[id].note?.length > 20, `${id} has a note`);
  }
});

test('the notes say which screen, what kind of line, that a list keeps its items, and which placeholders stay', async () => {
  const units = (await exported('fr')).resources['leg-pain-check'];
  const noteOf = (id) => units[id].note;
  assert.match(noteOf('questions.signs.options.breath'), /warning sign/);
  assert.match(
    noteOf('questions.signs.options.breath'),
    new RegExp(en.questions.signs.title.slice(0, 30)),
  );
  assert.match(noteOf('outcomes.doms.now.0'), /start with the verb/);
  assert.match(noteOf('outcomes.doms.now.0'), /Item 1 of \d+ .*never merge or drop one/);
  assert.match(noteOf('outcomes.doms.call.0'), /joined by "or"/);
  assert.match(noteOf('ui.unwell'), /Keep \{number\} \(the emergency number/);
  assert.match(noteOf('ui.start'), /the first screen/);
  assert.match(noteOf('ui.unit'), /mi or km/);
  // No note promises a placeholder the source does not have.
  for (const [id, unit] of Object.entries(units)) {
    for (const placeholder of unit.note.match(/\{\w+\} \(/g) ?? []) {
      assert.ok(unit.source.includes(placeholder.slice(0, -2)), `${id}: ${placeholder}`);
    }
  }
});

test("a language the widget speaks: today's words are the targets, for a translator to revise", async () => {
  const units = (await exported('es')).resources['leg-pain-check'];
  for (const [id, target] of leaves(es)) assert.equal(units[id].target, target, id);
});

test('refuses English, a code that is not a language, and a missing file name, with a clear line', () => {
  for (const args of [
    ['export', 'en', join(dir, 'x.xlf')],
    ['export', 'Spanish', join(dir, 'x.xlf')],
    ['export', 'fr'],
  ]) {
    const result = run(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /code|usage/);
  }
});

test.after(() => rmSync(dir, {recursive: true, force: true}));
