// A release a clinic can pin, which never changes: the README's first snippets name a version
// whose release/<version>/ is committed, with that folder's hashes; the browser runs those files
// with that hash and refuses a changed file; `npm run release` refuses to write a released
// version again; the files carry their version and licence; the changelog has the version; and
// neither build adds a global name of its own.
import {test} from 'node:test';
import {spawnSync} from 'node:child_process';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {useBrowser} from './browser.mjs';

const env = useBrowser();
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');
const dist = (name) => readFileSync(new URL(`dist/${name}`, root));
const integrity = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
/** The version the README pins: the last release, which package.json names too. */
const PINNED = readme.match(/cdn\.jsdelivr\.net\/npm\/leg-pain-check@([^/]+)\/dist\//)[1];
const CDN = `https://cdn.jsdelivr.net/npm/leg-pain-check@${PINNED}/dist/`;
const release = (name) => readFileSync(new URL(`release/${PINNED}/${name}`, root));

/** Where the README's self-hosted snippets put the files on a clinic's site. */
const SITE = '/leg-pain-check/';
/** The README's first ```html block that loads `file` from `base` (the CDN, or the site). */
const snippet = (file, base = CDN) =>
  [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .find((block) => block.includes(`src="${base}${file}"`));

test('the README pins a released version, with the hashes of its committed release folder', () => {
  assert.equal(PINNED, pkg.version, 'package.json names the last release');
  const {version, files} = JSON.parse(release('integrity.json').toString('utf8'));
  assert.equal(version, PINNED);
  const tracked = spawnSync('git', ['ls-files', `release/${PINNED}/`], {
    cwd: new URL('.', root),
    encoding: 'utf8',
  }).stdout;
  for (const [file, hash] of Object.entries(files)) {
    assert.equal(hash, integrity(release(file)), `release/${PINNED}/${file} matches its hash`);
    assert.ok(
      tracked.includes(`release/${PINNED}/${file}`),
      `release/${PINNED}/${file} is committed`,
    );
  }
  for (const file of ['leg-pain-check.js', 'leg-pain-check.iife.js']) {
    const block = snippet(file);
    assert.ok(block, `README snippet for ${file} at ${CDN}`);
    assert.match(block, /crossorigin="anonymous"/);
    assert.equal(block.match(/integrity="([^"]+)"/)[1], files[file], file);
    // Self-hosted first: the package is not on the registry yet.
    const own = snippet(file, SITE);
    assert.ok(own, `README snippet for ${file} at ${SITE}`);
    assert.equal(own.match(/integrity="([^"]+)"/)[1], files[file], `${file}, self-hosted`);
    assert.ok(readme.indexOf(own) < readme.indexOf(block), `${file}: self-hosted comes first`);
  }
  // The release's main file carries the hash of the release's language files.
  const main = release('leg-pain-check.js').toString('utf8');
  for (const file of Object.keys(files).filter((f) => f.endsWith('.json'))) {
    assert.ok(main.includes(`"${files[file]}"`), `${file}'s sha384 in the released main file`);
  }
  for (const mention of readme.match(/`@\d+\.\d+\.\d+[^`]*`|release\/\d+\.\d+\.\d+[^/]*\//g) ??
    []) {
    assert.ok(mention.includes(PINNED), `the README says ${mention}`);
  }
});

test('npm run release refuses to write a released version again', () => {
  // Run only against a released version: anywhere else the script would really release.
  assert.ok(
    existsSync(new URL(`release/${pkg.version}/integrity.json`, root)),
    `package.json's version ${pkg.version} has no release/${pkg.version}/: release it first`,
  );
  const before = readFileSync(new URL('README.md', root), 'utf8');
  const run = spawnSync(process.execPath, ['scripts/release.mjs'], {
    cwd: new URL('.', root),
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, new RegExp(`release/${pkg.version}/ exists.*never changes`));
  assert.equal(readFileSync(new URL('README.md', root), 'utf8'), before);
});

test('every built file starts with its version and the licences', () => {
  for (const file of ['leg-pain-check.js', 'leg-pain-check.iife.js', 'leg-pain-check.node.js']) {
    const first = dist(file).toString('utf8').split('\n')[0];
    assert.equal(
      first,
      `/*! leg-pain-check ${pkg.version} | ${pkg.license} | Lit: BSD-3-Clause, (c) Google LLC */`,
      file,
    );
  }
});

test("the browser builds' second line asks Chrome to compile their functions as they stream in", () => {
  // Spelled exactly so (V8's explicit compile hints, Chrome 136 and later): a misspelt hint is a
  // plain comment, and the main thread quietly compiles again before the first paint.
  for (const file of ['leg-pain-check.js', 'leg-pain-check.iife.js']) {
    const lines = dist(file).toString('utf8').split('\n');
    assert.equal(lines[1], '//# allFunctionsCalledOnLoad', file);
    assert.equal(lines.filter((line) => line.includes('allFunctionsCalledOnLoad')).length, 1, file);
  }
});

test('the main file carries the sha384 of each language file, which is data, not code', () => {
  const main = dist('leg-pain-check.js').toString('utf8');
  const files = readdirSync(new URL('dist/', root)).filter((f) =>
    /^leg-pain-check\.\w\w\.json$/.test(f),
  );
  assert.ok(files.length > 0);
  for (const file of files) {
    assert.ok(main.includes(`"${integrity(dist(file))}"`), `${file}'s sha384 in the main file`);
    assert.equal(typeof JSON.parse(dist(file).toString('utf8')).ui.title, 'string', file);
  }
  assert.deepEqual(
    readdirSync(new URL('dist/', root)).filter((f) => /^leg-pain-check\.\w\w\.js$/.test(f)),
    [],
    'no language file is a script',
  );
});

test('CHANGELOG.md follows Keep a Changelog and has this version', () => {
  const changelog = readFileSync(new URL('CHANGELOG.md', root), 'utf8');
  assert.match(changelog, /keepachangelog\.com/);
  assert.match(changelog, /^## \[Unreleased\]$/m);
  assert.match(
    changelog,
    new RegExp(`^## \\[${PINNED.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
  );
});

test("the README's first snippet works as pasted today: self-hosted, from the release folder, Spanish too", async () => {
  const first = readme.match(/```html\n([\s\S]*?)```/)[1];
  assert.ok(first.includes(`src="${SITE}leg-pain-check.js"`), 'the first snippet is self-hosted');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  // The clinic's site: the page with the snippet, and the release folder's files under SITE.
  await page.route(`${env.origin}${SITE}*`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(SITE.length);
    requests.push(name);
    route.fulfill({
      body: release(name),
      contentType: name.endsWith('.json') ? 'application/json' : 'text/javascript',
    });
  });
  await page.route(`${env.origin}/clinic`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="es"><body>${first}</body></html>`,
    }),
  );
  const errors = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(m.text()));
  await page.goto(`${env.origin}/clinic`, {waitUntil: 'load'});
  await page.waitForFunction(() =>
    document.querySelector('leg-pain-check')?.shadowRoot?.querySelector('[part~=start]'),
  );
  await page.waitForTimeout(300);
  assert.deepEqual(requests.sort(), ['leg-pain-check.es.json', 'leg-pain-check.js']);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const file of ['leg-pain-check.js', 'leg-pain-check.iife.js']) {
  test(`the pasted snippet runs with its integrity, and a changed file is refused (${file})`, async () => {
    for (const tampered of [false, true]) {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      // The CDN address answers with the released file (or a file one byte longer).
      await page.route(`${CDN}${file}`, (route) =>
        route.fulfill({
          body: tampered ? Buffer.concat([release(file), Buffer.from(';')]) : release(file),
          contentType: 'text/javascript',
          headers: {'access-control-allow-origin': '*'},
        }),
      );
      await page.route(`${env.origin}/release-test`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><body>${snippet(file)}<leg-pain-check></leg-pain-check></body></html>`,
        }),
      );
      const globals = [];
      await page.addInitScript(() => (window.__before = Object.keys(window)));
      await page.goto(`${env.origin}/release-test`, {waitUntil: 'load'});
      await page.waitForTimeout(300);
      const defined = await page.evaluate(() => !!customElements.get('leg-pain-check'));
      assert.equal(defined, !tampered, tampered ? 'a changed file must not run' : 'the file runs');
      if (!tampered) {
        globals.push(
          ...(await page.evaluate(() =>
            Object.keys(window).filter((k) => !window.__before.includes(k)),
          )),
        );
        // No name of its own on window: only what lit-html itself records (its versions, as in
        // every Lit-based component), which the README lists. Since 0.3.0 the element has its own
        // reactive base, so Lit's ReactiveElement adds nothing.
        const lit = ['litHtmlVersions'];
        assert.deepEqual(globals.filter((k) => k !== '__before').sort(), lit);
        for (const name of lit) assert.ok(readme.includes(`\`${name}\``), `README names ${name}`);
      }
      await context.close();
    }
  });
}
