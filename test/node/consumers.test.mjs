// An agency's first hour, as pasted from the README: a React 19 + TypeScript app and a Vue 3 +
// TypeScript app, built against the packed tarball (no network: the compilers and framework
// types are what `npm ci` installed), type-check the README's snippets; a misspelled value fails.
// The React and Vue components are then bundled and clicked through to a result card in
// Chromium. The vite.config block is checked for its shape and its isCustomElement, and the
// Angular and Svelte snippets for their pieces (neither framework is installed here).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import {useBrowser} from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The fenced blocks of `lang` under the README heading `heading`, in order. */
function blocks(heading, lang) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README heading "${heading}"`);
  const end = readme.indexOf('\n#', start + heading.length + 2);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map(
    (m) => m[1],
  );
}

let app;
before(() => {
  // A consumer's folder: the packed package, and every other dependency from this repo.
  app = mkdtempSync(join(tmpdir(), 'lpc-consumer-'));
  const modules = join(app, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === 'leg-pain-check' || name.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  const tarball = execFileSync(
    'npm',
    ['pack', '--pack-destination', app, '--silent', '--ignore-scripts'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n')
    .pop();
  mkdirSync(join(modules, 'leg-pain-check'));
  execFileSync('tar', [
    '-xzf',
    join(app, tarball),
    '-C',
    join(modules, 'leg-pain-check'),
    '--strip-components=1',
  ]);
});
after(() => rmSync(app, {recursive: true, force: true}));

/** Writes `files` into a fresh project in the consumer folder and runs `command` there. */
function check(name, files, command) {
  const dir = join(app, name);
  rmSync(dir, {recursive: true, force: true});
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true});
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(app, 'node_modules'), join(dir, 'node_modules'));
  const bin = join(root, 'node_modules', '.bin', command);
  const result = spawnSync(bin, ['--noEmit', '-p', 'tsconfig.json'], {cwd: dir, encoding: 'utf8'});
  return {ok: result.status === 0, output: `${result.stdout}${result.stderr}`};
}

// As a stock `npm create vite@latest -- --template react-ts` app has it.
const reactConfig = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['src'],
});

test('React 19 + TypeScript: the README snippet type-checks against the tarball', () => {
  const [snippet] = blocks('### React 19', 'tsx');
  assert.ok(snippet.includes("from 'leg-pain-check/react'"));
  const good = check(
    'react',
    {'tsconfig.json': reactConfig, 'src/LegPainCheck.tsx': snippet},
    'tsc',
  );
  assert.ok(good.ok, good.output);
  // The office element too, and a property-only use.
  const office = check(
    'react-office',
    {
      'tsconfig.json': reactConfig,
      'src/App.tsx': `import 'leg-pain-check';
import type {} from 'leg-pain-check/react';
export const App = () => (
  <leg-pain-check theme="dark" offices={[{name: 'A', lat: 1, lng: 2}]} onlpc-result={(e) => e.detail.outcome.toUpperCase()}>
    <leg-pain-office name="A" booking-url="https://example.com" lat="42.2" lng="-85.5" />
  </leg-pain-check>
);
`,
    },
    'tsc',
  );
  assert.ok(office.ok, office.output);
});

test('React: a misspelled theme, or a wrong handler, is a type error', () => {
  const [snippet] = blocks('### React 19', 'tsx');
  const drak = check(
    'react-drak',
    {'tsconfig.json': reactConfig, 'src/A.tsx': snippet.replace('theme="auto"', 'theme="drak"')},
    'tsc',
  );
  assert.equal(drak.ok, false, 'theme="drak" must not compile');
  assert.match(drak.output, /drak/);
  const detail = check(
    'react-detail',
    {
      'tsconfig.json': reactConfig,
      'src/A.tsx': snippet.replace('event.detail.level', 'event.detail.answers'),
    },
    'tsc',
  );
  assert.equal(detail.ok, false, 'lpc-result has no answers');
  assert.match(detail.output, /answers/);
  // Without the types, the stock error an agency would see first (and the README's fix).
  const none = check(
    'react-none',
    {
      'tsconfig.json': reactConfig,
      'src/A.tsx': snippet.replace(/^import type \{\} from 'leg-pain-check\/react';.*$/m, ''),
    },
    'tsc',
  );
  assert.equal(none.ok, false);
  assert.match(none.output, /IntrinsicElements/);
});

const vueConfig = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'preserve',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['src/**/*.ts', 'src/**/*.vue'],
});

test('Vue 3 + TypeScript: the README component type-checks with vue-tsc; a misspelled theme fails', () => {
  const [component] = blocks('### Vue 3', 'vue');
  const good = check(
    'vue',
    {'tsconfig.json': vueConfig, 'src/LegPainCheck.vue': component},
    'vue-tsc',
  );
  assert.ok(good.ok, good.output);
  const drak = check(
    'vue-drak',
    {
      'tsconfig.json': vueConfig,
      'src/A.vue': component.replace(
        'phone="(269) 555-0100"',
        'phone="(269) 555-0100"\n    theme="drak"',
      ),
    },
    'vue-tsc',
  );
  assert.equal(drak.ok, false, 'theme="drak" must not type-check');
  assert.match(drak.output, /drak/);
});

test('Vue 3: the vite.config block puts isCustomElement inside vue(), and it matches the tags', () => {
  const [config] = blocks('### Vue 3', 'ts');
  const source = ts.createSourceFile('vite.config.ts', config, ts.ScriptTarget.ES2022, true);
  let arrow;
  const visit = (node, insideVue) => {
    const call = ts.isCallExpression(node) && node.expression.getText(source);
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'isCustomElement') {
      assert.ok(insideVue, 'isCustomElement must sit inside vue({...})');
      const path = [];
      for (let up = node.parent; up && !ts.isCallExpression(up); up = up.parent) {
        if (ts.isPropertyAssignment(up)) path.unshift(up.name.getText(source));
      }
      assert.deepEqual(path, ['template', 'compilerOptions']);
      arrow = node.initializer.getText(source);
    }
    ts.forEachChild(node, (child) => visit(child, insideVue || call === 'vue'));
  };
  visit(source, false);
  assert.ok(arrow, 'isCustomElement is set');
  const isCustomElement = new Function(`return ${ts.transpile(arrow)}`)();
  assert.equal(isCustomElement('leg-pain-check'), true);
  assert.equal(isCustomElement('leg-pain-office'), true);
  assert.equal(isCustomElement('div'), false);
  assert.equal(isCustomElement('router-view'), false);
});

test('Angular and Svelte snippets: valid, with the schema, the bindings and the import', () => {
  // Angular and Svelte are not installed here: these are checks of the snippets as written.
  const [angular] = blocks('### Angular', 'ts');
  const source = ts.createSourceFile(
    'a.ts',
    angular,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  );
  assert.deepEqual(source.parseDiagnostics, []);
  assert.match(angular, /schemas: \[CUSTOM_ELEMENTS_SCHEMA\]/);
  assert.match(angular, /import \{Component, CUSTOM_ELEMENTS_SCHEMA\} from '@angular\/core'/);
  assert.match(angular, /import 'leg-pain-check'/);
  assert.match(angular, /\[offices\]="offices"/);
  assert.match(angular, /\(lpc-result\)="log\(\$event\)"/);
  const [svelte] = blocks('### Svelte 5', 'svelte');
  assert.match(svelte, /import 'leg-pain-check'/);
  assert.match(svelte, /\{offices\}/);
  assert.match(svelte, /onlpc-result=\{/);
  const script = svelte.match(/<script>([\s\S]*?)<\/script>/)[1];
  assert.deepEqual(
    ts.createSourceFile('s.ts', script, ts.ScriptTarget.ES2022, true).parseDiagnostics,
    [],
  );
});

// --- The React and Vue snippets, run: bundled from the consumer folder, clicked to a result. ---
const env = useBrowser();
const {TREE} = await import('../../build/src/tree/tree.js');
const {en} = await import('../../build/src/i18n/en.js');
const {shortestPaths} = await import('../../build/test/helpers/walk.js');
const PATH = shortestPaths(TREE).get('claudication');

/** Bundles `entry` (with `files` beside it) from the consumer folder into one script. */
async function bundle(name, files, entry) {
  const dir = join(app, name);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  writeFileSync(join(dir, 'entry.js'), entry);
  const built = await rollup({
    input: join(dir, 'entry.js'),
    plugins: [
      replace({
        preventAssignment: true,
        values: {
          'process.env.NODE_ENV': JSON.stringify('production'),
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      }),
      nodeResolve({
        rootDir: app,
        modulePaths: [join(app, 'node_modules')],
        exportConditions: ['browser', 'production'],
      }),
      commonjs(),
    ],
    onwarn() {},
  });
  const {output} = await built.generate({format: 'es', inlineDynamicImports: true});
  return output[0].code;
}

/** Opens a page holding only `script` and a #root, and answers the claudication path. */
async function run(script) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const logs = [];
  const errors = [];
  page.on('console', (m) => logs.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('http://consumer.test/**', (route) =>
    route.fulfill(
      route.request().url().endsWith('/app.js')
        ? {contentType: 'text/javascript', body: script}
        : {
            contentType: 'text/html',
            body: '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>',
          },
    ),
  );
  await page.goto('http://consumer.test/', {waitUntil: 'load'});
  const widget = page.locator('leg-pain-check');
  await widget.locator('[part~=start]').click();
  for (const values of PATH) {
    for (const value of values) await widget.locator(`input[value="${value}"]`).click();
    await widget.locator('[part~=continue]').click();
  }
  const title = await widget.locator('h2').first().textContent();
  const offices = await widget.locator('[part~=office] strong').allTextContents();
  await context.close();
  return {title, offices, logs, errors};
}

test('React 19: the README component, rendered by react-dom, reaches a result card', async () => {
  const [snippet] = blocks('### React 19', 'tsx');
  const component = ts.transpileModule(snippet, {
    compilerOptions: {
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
    },
  }).outputText;
  const script = await bundle(
    'react-run',
    {'LegPainCheck.js': component},
    `import {createElement} from 'react';
import {createRoot} from 'react-dom/client';
import {LegPainCheck} from './LegPainCheck.js';
createRoot(document.getElementById('root')).render(createElement(LegPainCheck));`,
  );
  const {title, offices, logs, errors} = await run(script);
  assert.deepEqual(errors, []);
  assert.equal(title, en.outcomes.claudication.title);
  assert.deepEqual(offices, ['Kalamazoo'], 'the offices property reached the element as a list');
  assert.ok(logs.includes('check started'), 'onlpc-start');
  assert.ok(logs.includes('routine'), 'onlpc-result');
});

test('Vue 3: the README component, compiled with the vite.config option, reaches a result card', async () => {
  const [component] = blocks('### Vue 3', 'vue');
  const [config] = blocks('### Vue 3', 'ts');
  const arrow = config.match(/isCustomElement: (\(tag\) => [^}]+?)\}/)[1].trim();
  const isCustomElement = new Function(`return ${ts.transpile(arrow)}`)();
  const {parse, compileScript} = await import('vue/compiler-sfc');
  const {descriptor} = parse(component);
  const compiled = compileScript(descriptor, {
    id: 'lpc',
    inlineTemplate: true,
    templateOptions: {compilerOptions: {isCustomElement}},
  });
  const script = await bundle(
    'vue-run',
    {
      'LegPainCheck.js': ts.transpileModule(compiled.content, {
        compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022},
      }).outputText,
    },
    `import {createApp} from 'vue';
import LegPainCheck from './LegPainCheck.js';
createApp(LegPainCheck).mount('#root');`,
  );
  const {title, offices, logs, errors} = await run(script);
  assert.deepEqual(errors, []);
  assert.equal(title, en.outcomes.claudication.title);
  assert.deepEqual(offices, ['Kalamazoo'], ':offices.prop set the list');
  assert.ok(logs.includes('routine'), '@lpc-result');
  assert.ok(!logs.some((l) => /Failed to resolve component/.test(l)), 'isCustomElement applied');
});
