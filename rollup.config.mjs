import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import {englishId} from './scripts/lib/english-id.mjs';
import {treeModule} from './scripts/lib/pack-tree.mjs';

const {version, license} = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
);
// The first line of every built file: which version, and the licences. `/*!` survives terser.
// Lit's BSD-3-Clause licence asks that its notice travel with it.
const banner = `/*! leg-pain-check ${version} | ${license} | Lit: BSD-3-Clause, (c) Google LLC */`;
// The browser builds' second line. Chrome (136 and later) then compiles all the file's functions
// while the file streams in, on a thread of its own, in place of each function on the main thread
// the first time it runs; nearly every function runs as the page loads or at Start. At 6x CPU
// throttling that takes about 40 ms of compiling off the main thread before the first paint.
// Other browsers read a comment.
const compileHint = '//# allFunctionsCalledOnLoad';

// Bundles the tsc output (build/src) into one minified file with Lit's production build inside.
const plugins = () => [
  replace({
    preventAssignment: true,
    values: {'process.env.NODE_ENV': JSON.stringify('production'), __VERSION__: version},
  }),
  // No "development" export condition: Lit resolves to its production build.
  nodeResolve({exportConditions: ['production', 'browser']}),
  minifyHTML(),
  terser({
    ecma: 2022,
    module: true,
    // inline: 1 (simple functions only) gzips about 20 B smaller here than the default, 3.
    compress: {passes: 2, inline: 1},
    format: {comments: /^!|^# allFunctionsCalledOnLoad$/},
  }),
];

/**
 * The module build's languages: each one other than English becomes `leg-pain-check.<code>.json`
 * beside the main file, and the main file gets `loaders.verified.js` (in place of `loaders.js`)
 * with each file's sha384 written in, so it refuses a file that was changed.
 */
function verifiedWords() {
  const files = {};
  const built = (path) => new URL(`./build/src/i18n/${path}`, import.meta.url);
  return {
    name: 'verified-words',
    async buildStart() {
      const stamp = `?t=${Date.now()}`;
      const {CODES} = await import(built('languages.js') + stamp);
      for (const code of CODES.filter((code) => code !== 'en')) {
        this.addWatchFile(built(`${code}.js`).pathname);
        const source = JSON.stringify((await import(built(`${code}.js`) + stamp))[code]);
        const integrity = `sha384-${createHash('sha384').update(source).digest('base64')}`;
        files[code] = {source, integrity};
      }
    },
    resolveId(source, importer) {
      if (
        source === './loaders.js' &&
        importer?.replaceAll('\\', '/').endsWith('/i18n/languages.js')
      ) {
        return this.resolve('./loaders.verified.js', importer);
      }
      return null;
    },
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/i18n/loaders.verified.js')) return null;
      const hashes = Object.fromEntries(
        Object.entries(files).map(([code, f]) => [code, f.integrity]),
      );
      return code.replaceAll('__WORDS_INTEGRITY__', JSON.stringify(hashes));
    },
    generateBundle() {
      for (const [code, {source}] of Object.entries(files)) {
        this.emitFile({type: 'asset', fileName: `leg-pain-check.${code}.json`, source});
      }
    },
  };
}

/**
 * The decision tree packed into one string, unpacked after the first frame (see
 * scripts/lib/pack-tree.mjs, which checks every build's string unpacks to the tree the tests walk).
 */
function packedTree() {
  const isTree = (id) => id.replaceAll('\\', '/').endsWith('/build/src/tree/tree.js');
  return {
    name: 'packed-tree',
    async load(id) {
      if (!isTree(id)) return null;
      this.addWatchFile(id);
      return treeModule((await import(`${new URL(`file://${id}`)}?t=${Date.now()}`)).TREE);
    },
  };
}

/**
 * Writes which English this build speaks into `ENGLISH_ID` (src/i18n/fetch.ts): a clinic's own
 * language file must say it was translated from this English.
 */
function englishStamp() {
  let id;
  return {
    name: 'english-id',
    async buildStart() {
      const url = new URL('./build/src/i18n/en.js', import.meta.url);
      id = englishId((await import(`${url}?t=${Date.now()}`)).en);
    },
    transform(code, module) {
      if (!module.replaceAll('\\', '/').endsWith('/build/src/i18n/fetch.js')) return null;
      if (!code.includes("'__ENGLISH_ID__'")) this.error('fetch.js: ENGLISH_ID not found');
      return code.replace("'__ENGLISH_ID__'", JSON.stringify(id));
    },
  };
}

/**
 * English, the words in the main file, as the bundle carries them: what every screen shares
 * (`ui`, 2.5 KB) as data, and the questions and cards (65 KB) in a function, built the first time a
 * screen needs them. The intro needs none, so the engine only skims them before the first paint,
 * and the page paints as soon however many words the check holds: the widget prepares the first
 * question once the page is idle, and that builds them (at Start at the latest, never after an
 * answer). The module is otherwise as tsc wrote it, so the words keep their shared sentences.
 * `api.scale` (the benchmark's) makes every string in the function that many times as long, to
 * show that first paint does not grow with them.
 */
function lazyEnglish() {
  const api = {scale: 1};
  let en;
  const isEnglish = (id) => id.replaceAll('\\', '/').endsWith('/build/src/i18n/en.js');
  return {
    name: 'lazy-english',
    api,
    async buildStart() {
      const url = new URL('./build/src/i18n/en.js', import.meta.url);
      this.addWatchFile(url.pathname);
      ({en} = await import(`${url}?t=${Date.now()}`));
    },
    load(id) {
      if (!isEnglish(id)) return null;
      const source = readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
      const program = this.parse(source);
      const exported = program.body.find((node) => node.type === 'ExportNamedDeclaration');
      const words = exported.declaration.declarations[0].init;
      const ui = words.properties.find((node) => node.key.name === 'ui');
      // Cut: `export const en = ` becomes `return `, and `ui` goes (it is below, as data).
      const edits = [
        [exported.start, words.start, 'return '],
        [ui.start, source.indexOf(',', ui.end) + 1, ''],
      ];
      if (api.scale !== 1) {
        (function walk(node, key) {
          if (!node || typeof node.type !== 'string') return;
          if (node.type === 'Literal' && typeof node.value === 'string' && !key) {
            const value = Array(api.scale).fill(node.value).join(' ');
            if (node.start < ui.start || node.end > ui.end) {
              edits.push([node.start, node.end, JSON.stringify(value)]);
            }
          }
          for (const [name, child] of Object.entries(node)) {
            const isKey = node.type === 'Property' && name === 'key';
            for (const inner of Array.isArray(child) ? child : [child]) walk(inner, isKey);
          }
        })(program);
      }
      let body = source;
      for (const [start, end, text] of edits.sort((x, y) => y[0] - x[0])) {
        body = body.slice(0, start) + text + body.slice(end);
      }
      return [
        'let later;',
        `const parsed = () => (later ??= (() => {\n${body}\n})());`,
        // Built in a task of its own just after the first frame: never before the first paint,
        // and not in the task that renders the first question out of sight, which would then be
        // long on a slow phone. A screen that needs them sooner builds them itself.
        'requestAnimationFrame(() => setTimeout(parsed));',
        'export const en = {',
        `  ui: ${JSON.stringify(en.ui)},`,
        ...Object.keys(en)
          .filter((key) => key !== 'ui')
          .map((key) => `  get ${key}() { return parsed().${key}; },`),
        '};',
      ].join('\n');
    },
  };
}

export default [
  {
    input: 'build/src/leg-pain-check.js',
    // English inside; each other language in a JSON file of its own beside it, fetched when a
    // page needs it (its address is relative to this file, so a self-hosted or CDN copy finds it).
    output: {
      dir: 'dist',
      format: 'es',
      banner: `${banner}\n${compileHint}`,
      entryFileNames: 'leg-pain-check.js',
      chunkFileNames: 'leg-pain-check.[name].js',
    },
    plugins: [verifiedWords(), englishStamp(), packedTree(), lazyEnglish(), ...plugins()],
    onwarn(warning, warn) {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  },
  {
    // The classic script: the same code, no exports, so no global name on window.
    input: 'build/src/classic.js',
    // Classic scripts cannot load modules: every language is inside.
    output: {
      file: 'dist/leg-pain-check.iife.js',
      format: 'iife',
      banner: `${banner}\n${compileHint}`,
      inlineDynamicImports: true,
    },
    plugins: [englishStamp(), packedTree(), lazyEnglish(), ...plugins()],
    onwarn(warning, warn) {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  },
  {
    // What Node and workers import (package.json "node" and "worker" conditions): no DOM.
    input: 'build/src/server.js',
    output: {file: 'dist/leg-pain-check.node.js', format: 'es', banner},
    plugins: plugins(),
  },
];
