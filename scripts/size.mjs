// Bundle sizes, gzip -9 and brotli, and the budgets (gzip):
//   the code without the words (Lit, the element, views, styles, config, tree, flow) at most 16 KB
//   each language's words (the bundle with that language, less the code)         at most 10 KB
//   dist/leg-pain-check.js, the shipped file with every language                 at most 36 KB
//   dist/leg-pain-check.iife.js                                    within 5% of the module build
// `node scripts/size.mjs` prints; `--check` also builds the same bundle with no language and with
// each language alone, and fails over budget.
import {readFile} from 'node:fs/promises';
import {rollup} from 'rollup';
import {brotli, gzip, kb} from './lib/sizes.mjs';

const KB = 1024;

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
  // The same build with the languages module swapped for one that bundles the given languages.
  const only = async (list) => {
    const swap = {
      name: 'languages',
      load(id) {
        if (!id.replaceAll('\\', '/').endsWith('/build/src/i18n/languages.js')) return null;
        const imports = list.map((lang) => `import {${lang}} from './${lang}.js';`).join('');
        return `${imports} export const LANGUAGES = {${list.join(',')}};`;
      },
    };
    const config = configs[0];
    const bundle = await rollup({
      input: config.input,
      plugins: [swap, ...config.plugins],
      onwarn() {},
    });
    const {output} = await bundle.generate({format: 'es'});
    return gzip(Buffer.from(output[0].code));
  };
  const code = await only([]);
  const all = gzip(module);
  const iifeRatio = gzip(iife) / all;
  const checks = [[`code without the words: ${kb(code)} gzip`, code <= 16 * KB, 'at most 16 KB']];
  for (const lang of languages) {
    const words = (await only([lang])) - code;
    checks.push([`words in "${lang}": ${kb(words)} gzip`, words <= 10 * KB, 'at most 10 KB']);
  }
  checks.push(
    [`shipped file (${languages.join(' + ')}): ${kb(all)} gzip`, all <= 36 * KB, 'at most 36 KB'],
    [
      `classic build: ${(iifeRatio * 100).toFixed(1)}% of the module build`,
      iifeRatio <= 1.05,
      'within 105%',
    ],
  );
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
