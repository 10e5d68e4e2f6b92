// What `npm pack` puts in the package: the two bundles, their types, the custom-elements
// manifest, the README and the licence; no sources, tests, demo or build output a user does not need.
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
    'build/src/leg-pain-check.d.ts',
    'build/src/leg-pain-check.element.d.ts',
  ]) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  for (const file of files) {
    assert.match(
      file,
      /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/leg-pain-check(\.iife)?\.js|build\/src\/.+\.d\.ts)$/,
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
    ...Object.values(pkg.exports).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.values(entry),
    ),
  ];
  for (const path of paths) assert.ok(existsSync(new URL(path, root)), `${path} exists`);
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
