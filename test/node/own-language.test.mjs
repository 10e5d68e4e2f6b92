// A clinic's own language, added without a rebuild: `npm run words:import -- --self-hosted`
// writes `leg-pain-check.<code>.json` beside the main file and prints the `languages` attribute
// that states its fingerprint. The page's widget then speaks it (from the page's `lang` or the
// switch), and refuses, with English and one console line, a file that is missing, changed, not
// stated, or made from another version's English. The stand-in translation is Spanish's words
// under another code, run through the real export and import.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {importWords} from '../../scripts/words.mjs';
import {LIVE, SCREEN, useBrowser, watchedTab} from './browser.mjs';

const env = useBrowser();
const root = new URL('../../', import.meta.url);
const {en} = await import('../../build/src/i18n/en.js');
const {es} = await import('../../build/src/i18n/es.js');
const {WAIT_MS} = await import('../../build/src/controllers/words.js');
const dir = mkdtempSync(join(tmpdir(), 'lpc-own-'));

/** Spanish's words, exported and imported again as language `code` for a self-hosted copy. */
async function imported(code) {
  const file = join(dir, 'es.xlf');
  execFileSync(process.execPath, ['scripts/words.mjs', 'export', 'es', file], {cwd: root});
  const xml = readFileSync(file, 'utf8').replace(
    'target-language="es"',
    `target-language="${code}"`,
  );
  const result = await importWords(xml, {
    file: `${code}.xlf`,
    translator: 'T. Nguyen',
    reviewer: 'Dr. R. Lee',
    date: '2026-12-05',
    selfHosted: dir,
  });
  assert.deepEqual(result.problems, []);
  return {json: readFileSync(join(dir, `leg-pain-check.${code}.json`), 'utf8'), ...result};
}

const vi = await imported('vi');
const sha384 = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/**
 * A page in `lang` with one widget whose `languages` is `languages`; `file` is what the server
 * answers for the file of language `code` (text, or null for a 404).
 */
async function open({
  lang = 'vi',
  languages = vi.languages,
  file = vi.json,
  code = 'vi',
  script = '<script type="module" src="/dist/leg-pain-check.js"></script>',
}) {
  const {context, tab, warnings, errors, requests} = await watchedTab(env);
  await tab.route('**/dist/leg-pain-check.*.json', (route) =>
    route.request().url().endsWith(`.${code}.json`)
      ? route.fulfill(
          file === null
            ? {status: 404, body: 'not found'}
            : {contentType: 'application/json', body: file},
        )
      : route.continue(),
  );
  await tab.route(`${env.origin}/own-test`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
        ${script}</head><body>
        <leg-pain-check clinic-name="Clinic" phone="(269) 555-0100" ${languages}>
          <p class="fallback">Call (269) 555-0100.</p></leg-pain-check></body></html>`,
    }),
  );
  await tab.goto(`${env.origin}/own-test`, {waitUntil: 'load'});
  const widget = tab.locator(LIVE);
  const card = () =>
    tab.evaluate((screen) => {
      const shown = document.querySelector('leg-pain-check').shadowRoot?.querySelector(screen);
      const el = shown?.querySelector('.card');
      return el && {lang: el.lang, dir: el.dir, heading: el.querySelector('h2').textContent};
    }, SCREEN);
  /** Waits until the card is in `want`'s language, or fails with what it shows. */
  const until = async (want) => {
    const end = Date.now() + WAIT_MS + 3000;
    let now;
    while (Date.now() < end) {
      now = await card();
      if (now?.lang === want) return now;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail(`expected a card in ${want}, saw ${JSON.stringify(now)}`);
  };
  const files = () => requests.filter((url) => url.endsWith('leg-pain-check.vi.json'));
  return {context, tab, widget, until, warnings, errors, files};
}

test('the import writes the file and prints the attribute that states its fingerprint', () => {
  assert.equal(vi.languages, `languages="en es vi ${sha384(vi.json)}"`);
  const file = JSON.parse(vi.json);
  assert.match(file.about, /Translated by T\. Nguyen; reviewed by Dr\. R\. Lee .*2026-12-05/);
  assert.match(file.english, /^[\w-]{16}$/);
  assert.deepEqual(file.ui, es.ui, 'the words as translated');
  assert.equal(file.dir, undefined, 'Vietnamese is written left to right');
});

test("a page in the clinic's language shows it, from the file beside the main file, silently", async () => {
  const page = await open({});
  const card = await page.until('vi');
  assert.deepEqual(card, {lang: 'vi', dir: 'ltr', heading: es.ui.title});
  assert.equal(page.files().length, 1);
  assert.deepEqual(page.warnings.concat(page.errors), []);
  await page.context.close();
});

test('the classic build finds the file beside it too', async () => {
  const page = await open({script: '<script defer src="/dist/leg-pain-check.iife.js"></script>'});
  assert.deepEqual(await page.until('vi'), {lang: 'vi', dir: 'ltr', heading: es.ui.title});
  assert.deepEqual(page.warnings.concat(page.errors), []);
  await page.context.close();
});

test("the switch offers it by its own name, and choosing it keeps the visitor's place", async () => {
  const page = await open({lang: 'en'});
  await page.until('en');
  assert.deepEqual(page.files(), [], 'nothing fetched until the visitor asks');
  await page.widget.locator('[part~=start]').click();
  const names = await page.widget.locator('[part~=language]').allTextContents();
  assert.deepEqual(
    names.map((name) => name.trim()),
    ['Español', 'Tiếng Việt'],
  );
  await page.widget.locator('[part~=language][lang=vi]').click();
  const card = await page.until('vi');
  assert.equal(card.heading, es.questions.signs.title, 'the same question, in the new language');
  assert.deepEqual(page.warnings.concat(page.errors), []);
  await page.context.close();
});

/** Opens a page in vi with `options`, and expects English with one console line matching `why`. */
async function refused(options, why) {
  const page = await open(options);
  const card = await page.until('en');
  assert.equal(card.heading, en.ui.title);
  assert.equal(page.warnings.length, 1, page.warnings.join('\n'));
  assert.match(page.warnings[0], why);
  assert.deepEqual(page.errors, []);
  await page.context.close();
  return page;
}

test('a changed file (one word): English, with one console line', async () => {
  await refused(
    {file: vi.json.replace(es.ui.start, `${es.ui.start}!`)},
    /lang="vi": its words did not load .*; using English/,
  );
});

test('a missing file: English, with one console line', async () => {
  await refused({file: null}, /lang="vi": its words did not load \(.*\); using English/);
});

test("a file from another version's English: English, with one console line", async () => {
  const file = JSON.stringify({...JSON.parse(vi.json), english: 'another-english00'});
  await refused(
    {file, languages: `languages="en es vi ${sha384(file)}"`},
    /lang="vi": its words did not load \(Error: from another version's English: export again\)/,
  );
});

test('a file whose fingerprint is not stated is never fetched: English, and the console names it', async () => {
  const page = await open({languages: 'languages="en es vi"'});
  await page.until('en');
  assert.deepEqual(page.files(), []);
  assert.match(page.warnings.join('\n'), /languages="vi": not a language it speaks .*sha384/);
  assert.deepEqual(page.errors, []);
  await page.context.close();
});

test('a language written right to left gets dir="rtl"', async () => {
  const ar = await imported('ar');
  assert.equal(JSON.parse(ar.json).dir, 'rtl');
  const page = await open({lang: 'ar', languages: ar.languages, file: ar.json, code: 'ar'});
  assert.deepEqual(await page.until('ar'), {lang: 'ar', dir: 'rtl', heading: es.ui.title});
  assert.deepEqual(page.warnings.concat(page.errors), []);
  await page.context.close();
});
