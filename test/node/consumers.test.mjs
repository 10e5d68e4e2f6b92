// An agency's first hour, as pasted from the README. Every framework snippet is read from
// README.md by its heading when the test runs, so an edit that breaks one fails here:
// - React 19 and Vue 3: stock Vite + TypeScript apps (test/consumers/react, test/consumers/vue),
//   with the README's component written beside a fixture that uses more of the typed surface,
//   are type-checked with `tsc --noEmit` / `vue-tsc --noEmit` against the packed tarball (no
//   network: the compilers and framework types are what `npm ci` installed). Copies with one
//   mistake each (theme="drak", a wrong event detail, a misspelled attribute, a wrong office
//   list) must fail with that error at that place. Then both components are bundled with rollup
//   from the consumer folder and clicked through to a result card in Chromium.
// - Vue's vite.config block: parsed, `isCustomElement` found inside `vue({template:
//   {compilerOptions}})`, evaluated, and used to compile the component that runs.
// - Svelte 5: a stock Vite + Svelte + TypeScript app (test/consumers/svelte) with the README's
//   component, checked with `svelte-check` against the packed tarball; copies with a misspelled
//   theme and a wrong event detail must fail there; then compiled by svelte, bundled with rollup
//   and clicked through to a result card in Chromium.
// - Angular is not installed: its snippet gets static checks only (said so in the test's name),
//   its component type-checked against a stand-in @angular/core.
// - The plain-HTML blocks (module, classic, the full snippet, offices) run in Chromium against
//   the built dist/ to a result card.
// One test is marked todo: a vue-tsc 3.3 bug (a `//` in a static attribute value hides the
// element's errors), which the README names with its workaround. node:test runs it and reports
// it without failing the run; when vue-tsc fixes the bug it passes and the todo can go.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFile, execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import {parse as parseSfc, compileScript} from 'vue/compiler-sfc';
import {compile as compileSvelte} from 'svelte/compiler';
import {LIVE, useBrowser} from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test', 'consumers');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

// --- The README, read by heading -----------------------------------------------------------

/** The README's text under `heading` (up to the next heading of any level; '' = before the
 * first `## `), skipping `#` lines inside fenced blocks. */
function section(heading) {
  const lines = readme.split('\n');
  let fenced = false;
  let inside = heading === '';
  const out = [];
  for (const line of lines) {
    if (line.startsWith('```')) fenced = !fenced;
    const isHeading = !fenced && /^#{1,6} /.test(line);
    if (isHeading && inside && (heading !== '' || line.startsWith('## '))) break;
    if (inside) out.push(line);
    if (isHeading && line === heading) inside = true;
  }
  assert.ok(out.length, `README section "${heading}"`);
  return out.join('\n');
}

/** The fenced blocks of `lang` under `heading`, in order. */
function blocks(heading, lang) {
  const found = [...section(heading).matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)]
    .filter((m) => m[1] === lang)
    .map((m) => m[2]);
  assert.ok(found.length, `a \`\`\`${lang} block under README "${heading}"`);
  return found;
}

const reactBlock = () => blocks('### React 19', 'tsx')[0];
const vueBlock = () => blocks('### Vue 3', 'vue')[0];
const svelteBlock = () => blocks('### Svelte 5', 'svelte')[0];
/** The file name the README gives its Vue component (`<!-- LegPainCheck.vue -->`). */
const vueName = () => vueBlock().match(/^<!-- (\w+\.vue) -->/)?.[1] ?? 'Component.vue';
const viteConfigBlock = () => blocks('### Vue 3', 'ts')[0];

/** `snippet` with its `theme` set to "drak" (or given one, if it had none). */
function misspellTheme(snippet) {
  const drak = /\btheme="[^"]*"/.test(snippet)
    ? snippet.replace(/\btheme="[^"]*"/, 'theme="drak"')
    : snippet.replace('<leg-pain-check', '<leg-pain-check theme="drak"');
  assert.notEqual(drak, snippet);
  return drak;
}

/** `text` with `from` replaced by `to`, which must be there. */
function edit(text, from, to) {
  assert.ok(typeof from === 'string' ? text.includes(from) : from.test(text), `has ${from}`);
  return text.replace(from, to);
}

const escape = (text) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

// --- The consumer folder: the packed package, and every other dependency from this repo -----

let app;
const checks = new Map();

let free = 2;
const waiting = [];
function limited(job) {
  return new Promise((resolve, reject) => {
    const go = () => {
      free--;
      Promise.resolve()
        .then(job)
        .then(resolve, reject)
        .finally(() => {
          free++;
          waiting.shift()?.();
        });
    };
    if (free > 0) go();
    else waiting.push(go);
  });
}

/** Writes a project (a fixture folder plus `files`) into the consumer folder and type-checks it
 * with the consumer's own `tsc` or `vue-tsc`. */
async function typeCheck(name, {fixture, files, compiler}) {
  const dir = join(app, name);
  if (fixture) cpSync(join(fixtures, fixture), dir, {recursive: true});
  for (const [path, text] of Object.entries(files())) {
    mkdirSync(dirname(join(dir, path)), {recursive: true});
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(app, 'node_modules'), join(dir, 'node_modules'));
  const bin = {
    tsc: join(app, 'node_modules', 'typescript', 'bin', 'tsc'),
    'vue-tsc': join(app, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js'),
    'svelte-check': join(app, 'node_modules', 'svelte-check', 'bin', 'svelte-check'),
  }[compiler];
  const args =
    compiler === 'svelte-check'
      ? ['--workspace', '.', '--tsconfig', './tsconfig.json', '--output', 'machine']
      : ['--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'];
  const started = Date.now();
  const {code, output} = await new Promise((resolve) =>
    execFile(
      process.execPath,
      [bin, ...args],
      {cwd: dir, encoding: 'utf8'},
      (error, stdout, stderr) => resolve({code: error ? error.code : 0, output: stdout + stderr}),
    ),
  );
  const errors = [];
  for (const line of output.split('\n')) {
    // svelte-check --output machine: `<time> ERROR "file" row:column "message"` (warnings too).
    const svelte = line.match(/^\d+ (ERROR|WARNING) "(.+?)" (\d+):(\d+) "(.*)"$/);
    if (svelte) {
      const [, kind, file, row, column, message] = svelte;
      const source = readFileSync(join(dir, file), 'utf8').split('\n')[row - 1] ?? '';
      errors.push({
        file,
        code: kind,
        message: JSON.parse(`"${message}"`),
        at: source.slice(column - 1),
      });
      continue;
    }
    const m = line.match(/^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/);
    if (m) {
      const [, file, row, column, tsCode, message] = m;
      const source = readFileSync(join(dir, file), 'utf8').split('\n')[row - 1] ?? '';
      errors.push({file, code: tsCode, message, at: source.slice(column - 1)});
    } else if (/^\s/.test(line) && errors.length) errors.at(-1).message += `\n${line.trim()}`;
  }
  return {ok: code === 0, output, errors, seconds: (Date.now() - started) / 1000};
}

/** Asserts that `result` failed with exactly `expected` ({file, code, at, message}), where `at`
 * is how the source reads where the error points; errors in `ignore`d files are not counted. */
function assertErrors(result, expected, ignore = []) {
  assert.equal(result.ok, false, 'must not type-check');
  const errors = result.errors.filter((e) => !ignore.includes(e.file));
  for (const want of expected) {
    const found = errors.find(
      (e) =>
        e.file === want.file &&
        e.code === want.code &&
        e.at.startsWith(want.at) &&
        want.message.test(e.message),
    );
    assert.ok(found, `expected ${want.code} at "${want.at}" in ${want.file}:\n${result.output}`);
  }
  assert.equal(errors.length, expected.length, `no other error:\n${result.output}`);
}

// Vite's own entry for a Vue app (src/main.ts); written here, not kept in test/consumers,
// because the repo's tsconfig compiles every test/**/*.ts.
const vueMain = () => `import {createApp} from 'vue';
import Component from './${vueName()}';

createApp(Component).mount('#app');
`;
const vueFixture = () => readFileSync(join(fixtures, 'vue', 'src', 'App.vue'), 'utf8');
const reactFixture = () => readFileSync(join(fixtures, 'react', 'src', 'App.tsx'), 'utf8');

// A stand-in for @angular/core: only what the README's component imports, typed as Angular
// types them. Angular's template compiler does not run here.
const angularCore = `declare module '@angular/core' {
  export interface SchemaMetadata {
    name: string;
  }
  export const CUSTOM_ELEMENTS_SCHEMA: SchemaMetadata;
  export interface Component {
    selector?: string;
    template?: string;
    schemas?: SchemaMetadata[];
    standalone?: boolean;
    imports?: unknown[];
  }
  export const Component: (options: Component) => ClassDecorator;
}
`;

const PROJECTS = {
  react: {
    fixture: 'react',
    compiler: 'tsc',
    files: () => ({'src/LegPainCheck.tsx': reactBlock()}),
  },
  'react-mistakes': {
    fixture: 'react',
    compiler: 'tsc',
    files: () => ({
      'src/LegPainCheck.tsx': misspellTheme(reactBlock()),
      'src/Detail.tsx': edit(reactBlock(), /event\.detail\.\w+/, 'event.detail.answers'),
      'src/App.tsx': misspellTheme(reactFixture()),
      'src/Attribute.tsx': edit(reactFixture(), 'booking-url=', 'booking_url='),
      'src/Office.tsx': edit(
        reactFixture(),
        '<leg-pain-office name="A"',
        '<leg-pain-office nmae="A"',
      ),
    }),
  },
  'react-untyped': {
    fixture: null,
    compiler: 'tsc',
    files: () => ({
      'tsconfig.json': readFileSync(join(fixtures, 'react', 'tsconfig.json'), 'utf8'),
      'src/LegPainCheck.tsx': edit(
        reactBlock(),
        /^import type \{\} from 'leg-pain-check\/react';.*\n/m,
        '',
      ),
    }),
  },
  vue: {
    fixture: 'vue',
    compiler: 'vue-tsc',
    // The README's component under the name it gives it, and again under a name of its own.
    files: () => ({
      [`src/${vueName()}`]: vueBlock(),
      'src/Readme.vue': vueBlock(),
      'src/main.ts': vueMain(),
    }),
  },
  'vue-mistakes': {
    fixture: 'vue',
    compiler: 'vue-tsc',
    files: () => ({
      [`src/${vueName()}`]: misspellTheme(vueBlock()),
      'src/Readme.vue': misspellTheme(vueBlock()),
      'src/main.ts': vueMain(),
      'src/App.vue': misspellTheme(vueFixture()),
      'src/Offices.vue': edit(vueFixture(), "{name: 'A'", "{nmae: 'A'"),
      // An inline handler, typed only by the package's types; a static link in the element's
      // attributes (the todo test).
      'src/Url.vue': edit(
        edit(misspellTheme(vueFixture()), /^const bookingUrl = .*\n/m, ''),
        ':booking-url="bookingUrl"',
        'booking-url="https://example.com/book"',
      ),
      'src/Handler.vue': edit(
        edit(vueFixture(), /^const onResult = .*\n/m, ''),
        '@lpc-result="onResult"',
        '@lpc-result="(event) => event.detail.answers"',
      ),
    }),
  },
  svelte: {
    fixture: 'svelte',
    compiler: 'svelte-check',
    files: () => ({'src/LegPainCheck.svelte': svelteBlock()}),
  },
  'svelte-mistakes': {
    fixture: 'svelte',
    compiler: 'svelte-check',
    files: () => ({
      'src/Theme.svelte': misspellTheme(svelteBlock()),
      'src/Detail.svelte': edit(svelteBlock(), /e\.detail\.\w+/, 'e.detail.answers'),
      'src/Offices.svelte': edit(svelteBlock(), "{name: 'Kalamazoo'", "{nmae: 'Kalamazoo'"),
    }),
  },
  angular: {
    fixture: 'angular',
    compiler: 'tsc',
    files: () => ({
      'src/angular-core.d.ts': angularCore,
      'src/app/leg-check.component.ts': blocks('### Angular', 'ts')[0],
    }),
  },
};

before(() => {
  app = mkdtempSync(join(tmpdir(), 'lpc-consumer-'));
  const modules = join(app, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === 'leg-pain-check' || name.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  // `npm test` builds before the node tests; this packs what was built.
  const tarball = execFileSync(
    'npm',
    ['pack', '--pack-destination', app, '--silent', '--ignore-scripts'],
    {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']},
  )
    .trim()
    .split('\n')
    .pop();
  mkdirSync(join(modules, 'leg-pain-check'));
  // The tarball's entries sit under package/.
  execFileSync('tar', [
    '-xzf',
    join(app, tarball),
    '-C',
    join(modules, 'leg-pain-check'),
    '--strip-components=1',
  ]);
  // Every type-check starts now, two at a time (this machine has two cores); tests await theirs.
  for (const [name, project] of Object.entries(PROJECTS)) {
    const result = limited(() => typeCheck(name, project));
    result.catch(() => {}); // a test awaits it and reports the failure
    checks.set(name, result);
  }
});
after(() => rmSync(app, {recursive: true, force: true}));

const THEME = /'"drak"' is not assignable to type '"auto" \| "dark" \| "light" \| undefined'/;

// --- React 19 --------------------------------------------------------------------------------

test('React 19 + TypeScript (stock Vite tsconfig, skipLibCheck off): the README component and the fixture type-check against the tarball', async (t) => {
  const result = await checks.get('react');
  assert.ok(result.ok, result.output);
  assert.equal(result.output.trim(), '');
  t.diagnostic(`tsc: ${result.seconds} s`);
});

test('React: theme="drak", a wrong event detail, a misspelled attribute name or office attribute are type errors where they are written', async () => {
  const result = await checks.get('react-mistakes');
  assertErrors(result, [
    {file: 'src/LegPainCheck.tsx', code: 'TS2322', at: 'theme="drak"', message: THEME},
    {file: 'src/App.tsx', code: 'TS2322', at: 'theme="drak"', message: THEME},
    {
      file: 'src/Detail.tsx',
      code: 'TS2339',
      at: 'answers',
      message: /Property 'answers' does not exist on type 'ResultDetail'/,
    },
    {
      file: 'src/Attribute.tsx',
      code: 'TS2322',
      at: 'booking_url=',
      message: /Property 'booking_url' does not exist .*Did you mean '"booking-url"'\?/s,
    },
    {
      file: 'src/Office.tsx',
      code: 'TS2322',
      at: 'nmae=',
      message: /Property 'nmae' does not exist on type 'Partial<LegPainOfficeProps/,
    },
  ]);
});

test('React: without `leg-pain-check/react` the tag is the error the README troubleshooting table quotes', async () => {
  const result = await checks.get('react-untyped');
  const quoted = section('### Troubleshooting').match(/`(TS2339: [^`]+)`/)[1];
  assert.match(result.output, new RegExp(`error ${escape(quoted)}`));
  assert.ok(result.errors.some((e) => e.code === 'TS2339' && e.at.startsWith('<leg-pain-check')));
});

// --- Vue 3 -----------------------------------------------------------------------------------

test('Vue 3 + TypeScript (stock Vite tsconfig, skipLibCheck off): the README component and the fixture type-check with vue-tsc', async (t) => {
  assert.match(vueBlock(), /^import type \{\} from 'leg-pain-check\/vue';/m);
  const result = await checks.get('vue');
  assert.ok(result.ok, result.output);
  assert.equal(result.output.trim(), '');
  t.diagnostic(`vue-tsc: ${result.seconds} s`);
});

test('Vue: theme="drak" and a wrong :offices.prop list are vue-tsc errors in the template', async () => {
  const result = await checks.get('vue-mistakes');
  assertErrors(
    result,
    [
      {file: 'src/Readme.vue', code: 'TS2322', at: 'theme="drak"', message: THEME},
      {file: 'src/App.vue', code: 'TS2322', at: 'theme="drak"', message: THEME},
      {
        file: 'src/Offices.vue',
        code: 'TS2322',
        at: 'offices.prop=',
        message: /Property 'name' is missing .* required in type 'OfficeInput'/s,
      },
    ],
    ['src/Handler.vue', 'src/Url.vue', `src/${vueName()}`],
  );
});

test("Vue: the README's component, under the file name it gives it, is type-checked", async () => {
  const self = vueName().replace('.vue', '');
  const tag = self.replace(/[A-Z]/g, (c, i) => `${i ? '-' : ''}${c.toLowerCase()}`);
  assert.notEqual(tag, 'leg-pain-check', `${vueName()} is the tag's own name`);
  const result = await checks.get('vue-mistakes');
  const errors = result.errors.filter((e) => e.file === `src/${vueName()}`);
  assert.deepEqual(
    errors.map((e) => e.at.slice(0, 12)),
    ['theme="drak"'],
    result.output,
  );
});

test(
  'Vue: an element with a link in a static attribute (booking-url="https://...") is still checked',
  {
    todo:
      'vue-tsc 3.3.14 (@vue/language-core lib/codegen/template/element.js) rewrites `//...` to ' +
      'a block comment in the props it copies for the component call, also inside string ' +
      "values; the broken copy hides every error of that element's props",
  },
  async () => {
    const result = await checks.get('vue-mistakes');
    const errors = result.errors.filter((e) => e.file === 'src/Url.vue');
    assert.deepEqual(
      errors.map((e) => e.at.slice(0, 12)),
      ['theme="drak"'],
      result.output,
    );
  },
);

test("Vue: an inline @lpc-result handler's event is typed by the package", async () => {
  const result = await checks.get('vue-mistakes');
  const errors = result.errors.filter((e) => e.file === 'src/Handler.vue');
  assert.deepEqual(
    errors.map((e) => `${e.code} ${e.message}`),
    ["TS2339 Property 'answers' does not exist on type 'ResultDetail'."],
    result.output,
  );
});

/** The `isCustomElement` arrow of the README's vite.config block, checked for where it sits. */
function viteIsCustomElement() {
  const config = viteConfigBlock();
  const source = ts.createSourceFile('vite.config.ts', config, ts.ScriptTarget.ES2022, true);
  assert.deepEqual(source.parseDiagnostics, [], 'vite.config.ts parses');
  const imports = source.statements
    .filter(ts.isImportDeclaration)
    .map((i) => `${i.importClause.getText(source)} from ${i.moduleSpecifier.text}`);
  assert.deepEqual(imports, ['{defineConfig} from vite', 'vue from @vitejs/plugin-vue']);
  let found;
  const visit = (node, calls) => {
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'isCustomElement') {
      const path = [];
      for (let up = node.parent; up && !ts.isCallExpression(up); up = up.parent) {
        if (ts.isPropertyAssignment(up)) path.unshift(up.name.getText(source));
      }
      found = {calls, path, arrow: node.initializer.getText(source)};
    }
    const call = ts.isCallExpression(node) ? [node.expression.getText(source)] : [];
    ts.forEachChild(node, (child) => visit(child, [...calls, ...call]));
  };
  visit(source, []);
  assert.ok(found, 'isCustomElement is set');
  // defineConfig({plugins: [vue({template: {compilerOptions: {isCustomElement}}})]})
  assert.deepEqual(found.calls, ['defineConfig', 'vue'], 'isCustomElement sits inside vue(...)');
  assert.deepEqual(found.path, ['template', 'compilerOptions']);
  return new Function(`return ${ts.transpile(found.arrow)}`)();
}

test('Vue: the vite.config block puts isCustomElement inside vue({template: {compilerOptions}}), and it matches the tags', () => {
  const isCustomElement = viteIsCustomElement();
  for (const tag of ['leg-pain-check', 'leg-pain-office']) {
    assert.equal(isCustomElement(tag), true, tag);
  }
  for (const tag of ['div', 'router-view']) assert.equal(isCustomElement(tag), false, tag);
});

// --- Angular and Svelte: not installed here, so static checks of the snippets ---------------

test('Angular (static: Angular is not installed): the component parses, type-checks against a stand-in @angular/core, has the schema, the import and bindings to its own members', async () => {
  const angular = blocks('### Angular', 'ts')[0];
  const source = ts.createSourceFile('c.ts', angular, ts.ScriptTarget.ES2022, true);
  assert.deepEqual(source.parseDiagnostics, []);
  const imports = source.statements
    .filter(ts.isImportDeclaration)
    .map((i) => `${i.importClause?.getText(source) ?? ''} ${i.moduleSpecifier.text}`.trim());
  assert.deepEqual(imports, [
    '{Component, CUSTOM_ELEMENTS_SCHEMA} @angular/core',
    'leg-pain-check',
  ]);
  const component = source.statements.find(ts.isClassDeclaration);
  const decorator = ts.getDecorators(component)[0].expression;
  assert.equal(decorator.expression.getText(source), 'Component');
  const options = Object.fromEntries(
    decorator.arguments[0].properties.map((p) => [p.name.getText(source), p.initializer]),
  );
  assert.equal(options.schemas.getText(source), '[CUSTOM_ELEMENTS_SCHEMA]');
  const template = options.template.text;
  assert.match(template, /^<leg-pain-check [^>]*><\/leg-pain-check>$/);
  // Each binding names a member of the component: [offices] a property, (lpc-result) a method.
  const members = new Map(component.members.map((m) => [m.name.getText(source), m.kind]));
  const property = template.match(/\[offices\]="(\w+)"/);
  assert.ok(property, '[offices] is a property binding');
  assert.equal(members.get(property[1]), ts.SyntaxKind.PropertyDeclaration);
  const event = template.match(/\(([\w-]+)\)="(\w+)\(\$event\)"/);
  assert.ok(event, '(lpc-result) is an event binding');
  assert.ok(manifestEvents().includes(event[1]), `${event[1]} is an event of the element`);
  assert.equal(members.get(event[2]), ts.SyntaxKind.MethodDeclaration);
  const result = await checks.get('angular');
  assert.ok(result.ok, result.output);
});

function manifestEvents() {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'leg-pain-check')
    .events.map((e) => e.name);
}

test('Svelte 5 + TypeScript (stock Vite tsconfig, skipLibCheck off): the README component passes svelte-check against the tarball', async (t) => {
  const result = await checks.get('svelte');
  t.diagnostic(`svelte-check took ${result.seconds.toFixed(1)} s`);
  assert.ok(result.ok, result.output);
  assert.deepEqual(result.errors, [], result.output);
  // The handler's event is typed by the package: no implicit any.
  assert.match(svelteBlock(), /onlpc-result=\{\(e\) => /);
});

test('Svelte: theme="drak", a wrong event detail and a misspelled office field are svelte-check errors where they are written', async () => {
  const result = await checks.get('svelte-mistakes');
  assertErrors(result, [
    {file: 'src/Theme.svelte', code: 'ERROR', at: 'theme="drak"', message: /"drak"/},
    {file: 'src/Detail.svelte', code: 'ERROR', at: 'answers', message: /answers/},
    {file: 'src/Offices.svelte', code: 'ERROR', at: 'offices}', message: /'name' is missing/},
  ]);
});

// --- In Chromium: the React and Vue components bundled from the consumer folder, and the HTML
// blocks against dist/, each answered along the shortest path to a routine result --------------

const env = useBrowser();
const {TREE} = await import('../../build/src/tree/tree.js');
const {en} = await import('../../build/src/i18n/en.js');
const {shortestPaths} = await import('../../build/test/helpers/walk.js');
const PATH = shortestPaths(TREE).get('claudication');

/** A .vue file's script and template, compiled as @vitejs/plugin-vue (5 and 6) does in a build:
 * `vue({template: {compilerOptions}})` goes to both the parse and the template compiler. */
function compileVue(code, filename, compilerOptions) {
  const {descriptor, errors} = parseSfc(code, {filename, templateParseOptions: compilerOptions});
  assert.deepEqual(errors, []);
  return compileScript(descriptor, {
    id: 'lpc',
    isProd: true,
    inlineTemplate: true,
    templateOptions: {compilerOptions},
  }).content;
}

/** Bundles `input` (TypeScript and .vue files compiled on the way) into one browser script. */
async function bundle(input, {isCustomElement} = {}) {
  const compilerOptions = {
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    verbatimModuleSyntax: false,
  };
  const built = await rollup({
    input,
    plugins: [
      {
        name: 'typescript',
        transform(code, id) {
          if (!/\.tsx?$/.test(id)) return null;
          return ts.transpileModule(code, {compilerOptions, fileName: id}).outputText;
        },
      },
      {
        name: 'svelte',
        transform(code, id) {
          if (!id.endsWith('.svelte')) return null;
          return compileSvelte(code, {filename: id, generate: 'client'}).js;
        },
      },
      {
        name: 'vue',
        transform(code, id) {
          if (!id.endsWith('.vue')) return null;
          const script = compileVue(code, id, {isCustomElement});
          return ts.transpileModule(script, {compilerOptions, fileName: `${id}.ts`}).outputText;
        },
      },
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
        browser: true,
        exportConditions: ['svelte', 'browser', 'production'],
        extensions: ['.mjs', '.js', '.json', '.svelte'],
      }),
      commonjs(),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'THIS_IS_UNDEFINED' && warning.code !== 'CIRCULAR_DEPENDENCY') {
        warn(warning);
      }
    },
  });
  const {output} = await built.generate({format: 'es', inlineDynamicImports: true});
  await built.close();
  return output[0].code;
}

/** Opens `body` (with `script` at /app.js) on the demo server's origin, starts the check and
 * answers the claudication path; returns what the result card shows and what the page said. */
async function run(body, script) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const logs = [];
  const problems = [];
  page.on('console', (m) => {
    logs.push(m.text());
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.route(`${env.origin}/consumer/**`, (route) =>
    route.fulfill(
      route.request().url().endsWith('/app.js')
        ? {contentType: 'text/javascript', body: script}
        : {
            contentType: 'text/html',
            body: `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>`,
          },
    ),
  );
  await page.goto(`${env.origin}/consumer/`, {waitUntil: 'load'});
  const widget = page.locator(LIVE);
  try {
    await widget.locator('[part~=start]').click();
    for (const values of PATH) {
      for (const value of values) await widget.locator(`input[value="${value}"]`).click();
      await widget.locator('[part~=continue]').click();
    }
  } catch (error) {
    error.message += `\nWhat the page said:\n${problems.join('\n')}`;
    await context.close();
    throw error;
  }
  const card = widget.locator('[part~=result]');
  const shown = {
    title: await card.locator('h2').first().textContent(),
    offices: await card.locator('[part~=office] strong').allTextContents(),
    text: await card.textContent(),
    links: await card.locator('a[href]').evaluateAll((as) => as.map((a) => a.href)),
    // The page's own paragraphs in the element (light DOM, not the widget's live region).
    fallback: await page
      .locator('leg-pain-check')
      .evaluate((el) => [...el.querySelectorAll(':scope > p')].map((p) => p.checkVisibility())),
    officesAttribute: await page.locator('leg-pain-check').getAttribute('offices'),
    logs,
    problems,
  };
  await context.close();
  return shown;
}

/** A framework's component, bundled as `script` into a page with `mount` (the element it renders
 * into), reached the claudication card with the office list set as a property. */
async function runComponent(mount, script) {
  const shown = await run(`${mount}<script type="module" src="app.js"></script>`, script);
  assert.deepEqual(shown.problems, []);
  assert.equal(shown.title, en.outcomes.claudication.title);
  assert.deepEqual(
    shown.offices,
    ['Kalamazoo'],
    'the offices property reached the element as a list',
  );
  assert.equal(shown.officesAttribute, null, 'set as a property, not written as an attribute');
  assert.ok(shown.text.includes('Lakeshore Vein & Vascular'));
  return shown;
}

test('React 19 in Chromium: the README component, rendered by the fixture main.tsx (StrictMode), reaches a result card with its office and both handlers', async () => {
  await checks.get('react'); // the project is written
  const script = await bundle(join(app, 'react', 'src', 'main.tsx'));
  const shown = await runComponent('<div id="root"></div>', script);
  assert.ok(shown.links.includes('tel:2695550100'), shown.links.join(' '));
  assert.equal(shown.logs.filter((l) => l === 'check started').length, 1, 'onlpc-start, once');
  assert.deepEqual(
    shown.logs.filter((l) => l !== 'check started'),
    ['routine'],
    'onlpc-result logged the level',
  );
});

test("Vue 3 in Chromium: the README component, compiled with the vite.config block's isCustomElement, reaches a result card with its office", async () => {
  const isCustomElement = viteIsCustomElement();
  const file = join(app, 'vue', 'src', vueName());
  // The option is what makes the tag an element: without it Vue looks for a component (in a
  // file named LegPainCheck.vue, the component itself: the README warns of that name).
  assert.match(compileVue(vueBlock(), file, {}), /resolveComponent\("leg-pain-check"/);
  const compiled = compileVue(vueBlock(), file, {isCustomElement});
  assert.doesNotMatch(compiled, /resolveComponent/);
  assert.match(compiled, /createElementBlock\("leg-pain-check"/);
  assert.match(compiled, /"\.offices"/, ':offices.prop sets the property');

  await checks.get('vue'); // the project is written
  const script = await bundle(join(app, 'vue', 'src', 'main.ts'), {isCustomElement});
  const shown = await runComponent('<div id="app"></div>', script);
  assert.deepEqual(shown.logs, ['routine'], '@lpc-result logged the level');
});

/** `html` with every script `src` pointed at the built file of the same name on the demo
 * server. The `integrity` attribute is dropped: release.test.mjs checks the README's hashes
 * against the built files (they change with every build until `npm run release`). */
const local = (html) =>
  html
    .replace(/src="[^"]*\/(leg-pain-check(?:\.iife)?\.js)"/g, 'src="/dist/$1"')
    .replace(/\s+integrity="[^"]*"/g, '');

const theSnippet = () => blocks('### The snippet', 'html')[0];
const moduleScript = /<script type="module"[^>]*><\/script>\n?/;

const HTML = {
  'the first snippet (module script, self-hosted)': () => blocks('', 'html')[0],
  '"The snippet"': theSnippet,
  '"The snippet" with the classic build (its second block) for the module script': () => {
    const classic = blocks('### The snippet', 'html')[1];
    assert.match(classic, /leg-pain-check\.iife\.js"/);
    assert.doesNotMatch(classic, /type="module"/);
    return edit(theSnippet(), moduleScript, classic);
  },
  '"Offices" (with the module script of "The snippet")': () =>
    theSnippet().match(moduleScript)[0] + blocks('### Offices', 'html')[0],
};

test('Svelte 5 in Chromium: the README component, compiled by svelte, reaches a result card with its office and its handler', async () => {
  await checks.get('svelte'); // the project is written
  const dir = join(app, 'svelte', 'src');
  writeFileSync(
    join(dir, 'main.js'),
    `import {mount} from 'svelte';\nimport Component from './LegPainCheck.svelte';\nmount(Component, {target: document.getElementById('app')});\n`,
  );
  const script = await bundle(join(dir, 'main.js'));
  const shown = await runComponent('<div id="app"></div>', script);
  assert.deepEqual(shown.logs, ['routine'], 'onlpc-result logged the level');
});

for (const [name, html] of Object.entries(HTML)) {
  test(`Plain HTML in Chromium: ${name} reaches a result card`, async () => {
    const body = local(html());
    assert.match(body, /src="\/dist\/leg-pain-check(\.iife)?\.js"/);
    const shown = await run(body, '');
    assert.deepEqual(shown.problems, []);
    assert.equal(shown.title, en.outcomes.claudication.title);
    assert.ok(shown.text.includes('Lakeshore Vein & Vascular'));
    assert.ok(shown.links.includes('tel:2695550100'), shown.links.join(' '));
    assert.ok(
      shown.fallback.every((visible) => !visible),
      'fallback content hidden',
    );
    const offices = [...body.matchAll(/\sname="([^"]+)"|\soffices="([^"]+)"/g)].flatMap((m) =>
      m[1] ? [m[1]] : m[2].split(';').map((o) => o.trim()),
    );
    assert.deepEqual(shown.offices, offices, 'the offices it lists');
    for (const [, address] of body.matchAll(/\saddress="([^"]+)"/g)) {
      assert.ok(shown.text.includes(address), address);
    }
  });
}
