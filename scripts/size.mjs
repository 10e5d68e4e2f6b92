// Bundle sizes, gzip -9 and brotli, and the budgets:
//   dist/leg-pain-check.js        at most 20 KB gzip with English only (Lit and @lit/context inside)
//   each further language          at most 6 KB gzip more
//   dist/leg-pain-check.iife.js   within 5% of the module build
// `node scripts/size.mjs` prints; `--check` also builds an English-only bundle and fails over budget.
import {readFile} from 'node:fs/promises';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';

const KB = 1024;
const gzip = (data) => gzipSync(data, {level: 9}).length;
const brotli = (data) =>
  brotliCompressSync(data, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB (${bytes} B)`;

const module = await readFile(new URL('../dist/leg-pain-check.js', import.meta.url));
const iife = await readFile(new URL('../dist/leg-pain-check.iife.js', import.meta.url));
const rows = [
  ['dist/leg-pain-check.js', module],
  ['dist/leg-pain-check.iife.js', iife],
];
for (const [name, data] of rows) {
  console.log(
    `${name.padEnd(30)} ${kb(data.length).padStart(9)} min  ${kb(gzip(data)).padStart(9)} gzip  ${kb(brotli(data)).padStart(9)} brotli`,
  );
}

if (process.argv.includes('--check')) {
  const {default: configs} = await import('../rollup.config.mjs');
  const {LANGUAGES} = await import('../build/src/i18n/languages.js');
  const languages = Object.keys(LANGUAGES);
  // The same build with only English bundled: the languages module is swapped for one that
  // imports en alone.
  const englishOnly = {
    name: 'english-only',
    load(id) {
      if (id.replaceAll('\\', '/').endsWith('/build/src/i18n/languages.js')) {
        return "import {en} from './en.js'; export const LANGUAGES = {en};";
      }
      return null;
    },
  };
  const config = configs[0];
  const bundle = await rollup({
    input: config.input,
    plugins: [englishOnly, ...config.plugins],
    onwarn() {},
  });
  const {output} = await bundle.generate({format: 'es'});
  const english = gzip(Buffer.from(output[0].code));
  const all = gzip(module);
  const extra = languages.length - 1;
  const perLanguage = extra ? (all - english) / extra : 0;
  const iifeRatio = gzip(iife) / all;
  const checks = [
    [`English only: ${kb(english)} gzip`, english <= 20 * KB, 'at most 20 KB'],
    [
      `each further language (${languages.slice(1).join(', ') || 'none'}): ${kb(perLanguage)} gzip`,
      perLanguage <= 6 * KB,
      'at most 6 KB',
    ],
    [
      `classic build: ${(iifeRatio * 100).toFixed(1)}% of the module build`,
      iifeRatio <= 1.05,
      'within 105%',
    ],
  ];
  let failed = false;
  for (const [label, ok, budget] of checks) {
    console.log(`${ok ? 'ok  ' : 'OVER'} ${label} (budget ${budget})`);
    failed ||= !ok;
  }
  if (failed) {
    console.error('Bundle size over budget.');
    process.exit(1);
  }
}
