// A release a clinic can pin: the README's first snippets name this version and carry the
// integrity hash of the built files, the browser runs them with that hash and refuses a changed
// file, the files carry their version and licence, the changelog has the version, and neither
// build adds a global name of its own.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {useBrowser} from './browser.mjs';

const env = useBrowser();
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');
const dist = (name) => readFileSync(new URL(`dist/${name}`, root));
const integrity = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
const CDN = `https://cdn.jsdelivr.net/npm/leg-pain-check@${pkg.version}/dist/`;

/** The README's first ```html block that loads `file`. */
const snippet = (file) =>
  [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .find((block) => block.includes(`${CDN}${file}"`));

test('the README pins this version, with the hash of the built file', () => {
  for (const file of ['leg-pain-check.js', 'leg-pain-check.iife.js']) {
    const block = snippet(file);
    assert.ok(block, `README snippet for ${file} at ${CDN}`);
    assert.match(block, /crossorigin="anonymous"/);
    const hash = block.match(/integrity="([^"]+)"/)[1];
    assert.equal(hash, integrity(dist(file)), `${file}: run \`npm run release\` to update`);
  }
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
    new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
  );
});

for (const file of ['leg-pain-check.js', 'leg-pain-check.iife.js']) {
  test(`the pasted snippet runs with its integrity, and a changed file is refused (${file})`, async () => {
    for (const tampered of [false, true]) {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      // The CDN address answers with the built file (or a file one byte longer).
      await page.route(`${CDN}${file}`, (route) =>
        route.fulfill({
          body: tampered ? Buffer.concat([dist(file), Buffer.from(';')]) : dist(file),
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
        // No name of its own on window: only what Lit itself records (its versions and its
        // property metadata, as in every Lit-based component), which the README lists.
        const lit = [
          'litElementVersions',
          'litHtmlVersions',
          'litPropertyMetadata',
          'reactiveElementVersions',
        ];
        assert.deepEqual(globals.filter((k) => k !== '__before').sort(), lit);
        for (const name of lit) assert.ok(readme.includes(`\`${name}\``), `README names ${name}`);
      }
      await context.close();
    }
  });
}
