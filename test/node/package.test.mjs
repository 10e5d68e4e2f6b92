// What `npm pack` puts in the package: the bundles (module, classic, server), their types, the
// custom-elements manifest and what is generated from it (React and Vue types, VS Code and
// JetBrains data), the README, changelog and licence; no sources, tests, demo or build output a
// user does not need. And the package imports on a server.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

test('npm pack holds what a user needs and nothing else', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const files = JSON.parse(out)[0].files.map((file) => file.path);
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/leg-pain-check.js',
    'dist/leg-pain-check.iife.js',
    'dist/leg-pain-check.node.js',
    'dist/leg-pain-check.es.json',
    'dist/jsx.d.ts',
    'dist/vue.d.ts',
    'dist/svelte.d.ts',
    'dist/web-types.json',
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
    'types/react.d.ts',
    'CHANGELOG.md',
    'build/src/leg-pain-check.d.ts',
    'build/src/leg-pain-check.element.d.ts',
  ]) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  // The README is the package's front page on the registry: every file it links to is packed.
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const links = [...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)].map((m) => m[1]);
  assert.ok(links.length > 0);
  for (const link of links) assert.ok(files.includes(link), `the README links to ${link}: packed`);
  for (const file of files) {
    assert.match(
      file,
      /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|docs\/decision-tree\.md|docs\/[a-z0-9-]+\.png|custom-elements\.json|dist\/leg-pain-check(\.iife|\.node)?\.js|dist\/leg-pain-check\.[a-z]{2}\.json|dist\/(jsx|vue|svelte)\.d\.ts|dist\/(web-types|vscode\.(html|css)-custom-data)\.json|types\/react\.d\.ts|build\/src\/.+\.d\.ts)$/,
      `${file} should not be packed`,
    );
  }
});

test('every path package.json points at exists after the build', () => {
  const paths = [
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.customElements,
    pkg['web-types'],
    ...Object.values(pkg.exports).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.values(entry),
    ),
  ];
  for (const path of paths) assert.ok(existsSync(new URL(path, root)), `${path} exists`);
});

test('npm publish --dry-run passes, with the files the README tells a clinic to copy', () => {
  const out = execFileSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--json'], {
    cwd: new URL('.', root),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const {files} = JSON.parse(out)[pkg.name];
  const paths = files.map((f) => f.path);
  for (const file of ['dist/leg-pain-check.js', 'dist/leg-pain-check.es.json', 'README.md']) {
    assert.ok(paths.includes(file), `${file} is published`);
  }
});

test('every file a bundler may import is marked as having side effects; types carry the version', () => {
  // An import for its effect (`import 'leg-pain-check'`) resolves to the node file in a server
  // build (Angular's, SvelteKit's): marked, it is kept without a warning.
  for (const condition of ['import', 'node', 'default']) {
    const file = pkg.exports['.'][condition];
    assert.ok(pkg.sideEffects.includes(file), `${file} (${condition}) is in sideEffects`);
  }
  for (const name of ['leg-pain-check.d.ts', 'server.d.ts']) {
    const types = readFileSync(new URL(`build/src/${name}`, root), 'utf8');
    assert.ok(types.includes(`VERSION = "${pkg.version}"`), `${name} declares the version`);
  }
});

test('custom-elements.json documents the element, its attributes and its event', () => {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const element = declarations.find((d) => d.tagName === 'leg-pain-check');
  assert.ok(element, 'leg-pain-check is declared');
  const attributes = element.attributes.map((a) => a.name);
  for (const name of [
    'clinic-name',
    'phone',
    'booking-url',
    'emergency-number',
    'offices',
    'lang',
    'theme',
  ]) {
    assert.ok(attributes.includes(name), `attribute ${name}`);
  }
  assert.ok(
    element.events.some((e) => e.name === 'lpc-result'),
    'lpc-result event',
  );
});

test('imports on a server: in Node and in a worker thread, by package name, without throwing', async () => {
  // Self-reference: Node resolves the package's own name through its "exports", "node" condition.
  const server = await import('leg-pain-check');
  assert.equal(typeof server.VERSION, 'string');
  assert.equal(server.VERSION, pkg.version);
  assert.throws(() => new server.LegPainCheck(), /runs in the browser/);
  const {Worker} = await import('node:worker_threads');
  const worker = new Worker(
    "import('leg-pain-check').then((m) => require('node:worker_threads').parentPort.postMessage(m.VERSION), (e) => require('node:worker_threads').parentPort.postMessage('error: ' + e))",
    {eval: true},
  );
  const said = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  assert.equal(said, pkg.version);
  // The browser build, imported in Node, is what used to throw; the export map keeps Node away.
  await assert.rejects(
    import('../../dist/leg-pain-check.js'),
    /(HTMLElement|document) is not defined/,
  );
  // The classic build too: `leg-pain-check/iife` on a server gets the same safe module.
  const iife = await import('leg-pain-check/iife');
  assert.equal(iife.VERSION, pkg.version);
  assert.ok(existsSync(new URL('../../dist/leg-pain-check.iife.js', import.meta.url)));
});
