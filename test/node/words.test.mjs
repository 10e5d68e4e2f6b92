// The words for a translator: `npm run words:export` writes every string of the widget as an
// XLIFF 1.2 unit with its English source, a target (empty for a new language, today's words for
// one the widget speaks) and a note that gives its context. Read back with the same XLIFF library
// a CAT tool's file would be read with.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {jsToXliff12, xliff12ToJs} from 'xliff';
import {importWords} from '../../scripts/words.mjs';
import {strings as leaves} from '../../build/src/i18n/keys.js';

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

// --- Import --------------------------------------------------------------------------------

/** A copy of the files an import writes, so the repository is never touched. */
function sandbox() {
  const at = mkdtempSync(join(tmpdir(), 'lpc-import-'));
  for (const path of [
    'src/i18n/languages.ts',
    'src/i18n/loaders.ts',
    'src/i18n/loaders.verified.ts',
    'test/helpers/languages.ts',
  ]) {
    mkdirSync(dirname(join(at, path)), {recursive: true});
    copyFileSync(new URL(path, root), join(at, path));
  }
  return {at, url: pathToFileURL(`${at}/`)};
}
/** Every file under `dir`, with its text. */
const snapshot = (dir) =>
  Object.fromEntries(
    readdirSync(dir, {recursive: true})
      .map((path) => join(dir, path))
      .filter((path) => statSync(path).isFile())
      .map((path) => [path, readFileSync(path, 'utf8')]),
  );
const WHO = {translator: 'Ana Ruiz, CHI', reviewer: 'Dr. Luis Gómez', date: '2026-12-05'};
/** The words of a module the import wrote. */
const wordsOf = (text) => JSON.parse(text.slice(text.indexOf('= {') + 2, text.lastIndexOf(';')));

async function units(code) {
  return structuredClone((await exported(code)).resources['leg-pain-check']);
}
const xliff = (code, units) =>
  jsToXliff12({sourceLanguage: 'en', targetLanguage: code, resources: {'leg-pain-check': units}});

test("round trip: Spanish exported with its words as targets and imported is today's Spanish, with who vouched for it", async () => {
  const box = sandbox();
  const result = await importWords(await xliff('es', await units('es')), {
    ...WHO,
    file: 'es.xlf',
    root: box.url,
  });
  assert.deepEqual(result.problems, []);
  assert.equal(result.fresh, false);
  assert.deepEqual(result.files, [join(box.at, 'src/i18n/es.ts')]);
  const text = readFileSync(join(box.at, 'src/i18n/es.ts'), 'utf8');
  assert.deepEqual(wordsOf(text), JSON.parse(JSON.stringify(es)));
  assert.match(
    text,
    /Translated by Ana Ruiz, CHI; reviewed by Dr\. Luis Gómez \(clinical review\); 2026-12-05\./,
  );
  assert.match(text, /^export const es: Strings = \{/m);
  // A language the widget has is not added again.
  const languages = readFileSync(join(box.at, 'src/i18n/languages.ts'), 'utf8');
  assert.equal(languages, readFileSync(new URL('src/i18n/languages.ts', root), 'utf8'));
  rmSync(box.at, {recursive: true, force: true});
});

test("a new language is written and added to the widget's list, its loader and the tests' list", async () => {
  const box = sandbox();
  const vi = await units('vi');
  for (const unit of Object.values(vi)) unit.target = `(vi) ${unit.source}`;
  const result = await importWords(await xliff('vi', vi), {
    ...WHO,
    name: 'Tiếng Việt',
    file: 'vi.xlf',
    root: box.url,
  });
  assert.deepEqual(result.problems, []);
  assert.equal(result.fresh, true);
  const read = (path) => readFileSync(join(box.at, path), 'utf8');
  assert.equal(wordsOf(read('src/i18n/vi.ts')).ui.start, `(vi) ${en.ui.start}`);
  assert.match(
    read('src/i18n/languages.ts'),
    /export const CODES = \['en', 'es', 'vi'\] as const;/,
  );
  assert.match(read('src/i18n/languages.ts'), /vi: "Tiếng Việt"\}/);
  assert.match(
    read('src/i18n/loaders.ts'),
    /vi: \(\) => import\('\.\/vi\.js'\)\.then\(\(module\) => module\.vi\),/,
  );
  assert.match(read('src/i18n/loaders.verified.ts'), /vi: \(\) => load\('vi'\),/);
  assert.match(
    read('test/helpers/languages.ts'),
    /import \{vi\} from '\.\.\/\.\.\/src\/i18n\/vi\.js';/,
  );
  assert.match(read('test/helpers/languages.ts'), /export const LANGUAGES = \{en, es, vi\}/);
  rmSync(box.at, {recursive: true, force: true});
});

/** Each way a translated file can be wrong, as a change to Spanish's units, and what the refusal
 * must name. */
const WRONG = {
  'a unit missing (a list item dropped)': [
    (u) => delete u['outcomes.doms.now.1'],
    /missing.*outcomes\.doms\.now\.1/,
  ],
  'a unit added (a list item split in two)': [
    (u) => (u['outcomes.doms.now.9'] = {source: 'x', target: 'y'}),
    /not in the widget.*outcomes\.doms\.now\.9/,
  ],
  'an empty target': [(u) => (u['ui.start'].target = ' '), /empty target: ui\.start/],
  'a placeholder lost': [
    (u) => (u['ui.unwell'].target = u['ui.unwell'].target.replace('{number}', '911')),
    /placeholders.*ui\.unwell/,
  ],
  'a placeholder added': [(u) => (u['ui.start'].target += ' {clinic}'), /placeholders.*ui\.start/],
  'markup in a target': [(u) => (u['ui.back'].target = 'Atrás <b>ya</b>'), /markup.*ui\.back/],
  'English that changed since the export': [
    (u) => (u['ui.privacy'].source = 'Your answers are private.'),
    /English changed.*ui\.privacy/,
  ],
  'one English sentence translated two ways': [
    (u) => {
      const [first] = Object.entries(u)
        .filter(([, unit]) => unit.source === en.ui.relief)
        .map(([id]) => id)
        .slice(1);
      u[first].target = 'Otra forma de decirlo.';
    },
    /translated two ways.*ui\.relief/,
  ],
};

for (const [name, [change, message]] of Object.entries(WRONG)) {
  test(`refuses ${name}, naming the unit, and writes nothing`, async () => {
    const box = sandbox();
    const before = snapshot(box.at);
    const es = await units('es');
    change(es);
    const result = await importWords(await xliff('es', es), {
      ...WHO,
      file: 'es.xlf',
      root: box.url,
    });
    assert.equal(result.problems.length, 1, result.problems.join('\n'));
    assert.match(result.problems[0], message);
    assert.deepEqual(snapshot(box.at), before);
    rmSync(box.at, {recursive: true, force: true});
  });
}

test('refuses a file with no translator, no reviewer, or a new language with no name of its own', async () => {
  const box = sandbox();
  const before = snapshot(box.at);
  const es = await xliff('es', await units('es'));
  assert.match(
    (await importWords(es, {...WHO, translator: '', root: box.url})).problems[0],
    /--translator/,
  );
  assert.match(
    (await importWords(es, {...WHO, reviewer: undefined, root: box.url})).problems[0],
    /--reviewer/,
  );
  const vi = await units('vi');
  for (const unit of Object.values(vi)) unit.target = unit.source;
  assert.match(
    (await importWords(await xliff('vi', vi), {...WHO, root: box.url})).problems.join('\n'),
    /--name/,
  );
  assert.deepEqual(snapshot(box.at), before);
  rmSync(box.at, {recursive: true, force: true});
});

test('the command says why it refused, and exits 1', () => {
  const file = join(dir, 'bad.xlf');
  writeFileSync(file, readFileSync(join(dir, 'vi.xlf'), 'utf8'));
  const result = run(
    'import',
    file,
    '--translator',
    'A',
    '--reviewer',
    'B',
    '--name',
    'Tiếng Việt',
  );
  assert.equal(result.status, 1);
  assert.match(result.stderr, /not imported, nothing written/);
  assert.match(result.stderr, /empty target: ui\.title/);
});

test('--self-hosted writes only the language file beside the main file, and prints the attribute to paste', async () => {
  const out = mkdtempSync(join(dir, 'site-'));
  const file = join(dir, 'tl.xlf');
  const tl = await units('tl');
  for (const unit of Object.values(tl)) unit.target = `(tl) ${unit.source}`;
  writeFileSync(file, await xliff('tl', tl));
  const before = readdirSync(new URL('src/i18n/', root));
  const result = run('import', file, '--translator', 'A', '--reviewer', 'B', '--self-hosted', out);
  assert.equal(result.status, 0, result.stderr);
  const json = readFileSync(join(out, 'leg-pain-check.tl.json'), 'utf8');
  const integrity = `sha384-${createHash('sha384').update(json).digest('base64')}`;
  assert.ok(result.stdout.includes(`languages="en es tl ${integrity}"`), result.stdout);
  assert.equal(JSON.parse(json).ui.start, `(tl) ${en.ui.start}`);
  assert.deepEqual(readdirSync(new URL('src/i18n/', root)), before, 'the widget is not changed');
  assert.deepEqual(readdirSync(out), ['leg-pain-check.tl.json']);
});

test('--self-hosted refuses a language the widget has built in, and writes nothing', async () => {
  const out = mkdtempSync(join(dir, 'site-'));
  const result = await importWords(await xliff('es', await units('es')), {
    ...WHO,
    file: 'es.xlf',
    selfHosted: out,
  });
  assert.deepEqual(result.problems, [
    'es is built into the widget: --self-hosted adds a language it does not have.',
  ]);
  assert.deepEqual(readdirSync(out), []);
});

test.after(() => rmSync(dir, {recursive: true, force: true}));
