// Bundle sizes, gzip -9 and brotli, and the budgets (gzip):
//   the code without the words (Lit, the element, views, styles, config, tree, flow) at most 17 KB
//   each language's words                                                          at most 12 KB
//     English: the main file less the code; another language: its own file
//   what an English visitor downloads: dist/leg-pain-check.js                      at most 29 KB
//   what a visitor in another language downloads: the main file and its language   at most 41 KB
//   dist/leg-pain-check.iife.js, every language inside                             at most 41 KB
// `node scripts/size.mjs` prints; `--check` also builds the main file with no words at all, and
// fails over budget, except by the safety and protection allowances below.
//
// Safety content is never cut to meet a budget (CLINICAL.md, issue "Clinical tree v3"). Version 3
// of the tree added warning items, their "what does not count", 911 lines on the cards where the
// danger follows, and the questions that keep a clot off self-care; that content is over the
// budgets above by the amounts the README states. The check allows exactly this much more, so a
// change that adds anything else still fails, and prints OVER for every figure over its budget.
// The code's share of it fits the budget since issue 20 (the element's own reactive base in place
// of Lit's ReactiveElement: about 1.5 KB less), so the code has no allowance left.
const SAFETY = {code: 0, words: 2.5, english: 2.25, other: 4.75};
// Issue 19's protections of the visitor, which the budgets above did not foresee: the language
// file as data whose sha384 the main file checks (JSON gzips about 400 B larger than the same
// words as a script), its timeout, the closed shadow root and the do-not-record signs. Net of
// dropping LitElement for ReactiveElement, they add about 350 B of code.
const PROTECTION = {code: 0, words: 0.25, english: 0.25, other: 0.25};
const ALLOWANCE = Object.fromEntries(
  Object.entries(SAFETY).map(([key, kb]) => [key, kb + PROTECTION[key]]),
);
import {readFile, readdir} from 'node:fs/promises';
import {rollup} from 'rollup';
import {brotli, gzip, kb} from './lib/sizes.mjs';

const KB = 1024;
const dist = new URL('../dist/', import.meta.url);
const read = (name) => readFile(new URL(name, dist));

const module = await read('leg-pain-check.js');
const iife = await read('leg-pain-check.iife.js');
const chunks = (await readdir(dist)).filter((name) =>
  /^leg-pain-check\.[a-z]{2}\.json$/.test(name),
);
const rows = [
  ['dist/leg-pain-check.js', module],
  ...(await Promise.all(chunks.map(async (name) => [`dist/${name}`, await read(name)]))),
  ['dist/leg-pain-check.iife.js', iife],
];
for (const [name, data] of rows) {
  console.log(
    `${name.padEnd(30)} ${kb(data.length).padStart(9)} min  ${kb(gzip(data)).padStart(9)} gzip  ${kb(brotli(data)).padStart(9)} brotli`,
  );
}

if (process.argv.includes('--check')) {
  const {default: configs} = await import('../rollup.config.mjs');
  const {CODES, NAMES} = await import('../build/src/i18n/languages.js');
  // The main file's build with the languages module swapped for one with no words at all.
  const swap = {
    name: 'no-words',
    load(id) {
      if (!id.replaceAll('\\', '/').endsWith('/build/src/i18n/languages.js')) return null;
      // Each language's own name stays: the switch shows it whatever the visitor's language.
      return `export const CODES = ${JSON.stringify(CODES)}; export const NAMES = ${JSON.stringify(NAMES)}; export const ENGLISH = {}; export {LOADERS} from './loaders.js';`;
    },
  };
  const config = configs[0];
  const bundle = await rollup({
    input: config.input,
    plugins: [swap, ...config.plugins],
    onwarn() {},
  });
  const {output} = await bundle.generate({format: 'es'});
  const code = gzip(Buffer.from(output[0].code));
  const english = gzip(module);
  // [what, bytes, budget in KB, allowance in KB]
  const checks = [
    [`code without the words: ${kb(code)} gzip`, code, 17, ALLOWANCE.code],
    [`words in "en": ${kb(english - code)} gzip`, english - code, 12, ALLOWANCE.words],
  ];
  for (const lang of CODES.filter((code) => code !== 'en')) {
    const name = `leg-pain-check.${lang}.json`;
    if (!chunks.includes(name)) throw new Error(`dist/${name} is missing`);
    const words = gzip(await read(name));
    checks.push(
      [`words in "${lang}" (${name}): ${kb(words)} gzip`, words, 12, ALLOWANCE.words],
      [
        `what a visitor in "${lang}" downloads: ${kb(english + words)} gzip`,
        english + words,
        41,
        ALLOWANCE.other,
      ],
    );
  }
  checks.push(
    [`what an English visitor downloads: ${kb(english)} gzip`, english, 29, ALLOWANCE.english],
    [`classic build, every language: ${kb(gzip(iife))} gzip`, gzip(iife), 41, ALLOWANCE.other],
  );
  let failed = false;
  for (const [label, bytes, budget, allowance] of checks) {
    const over = bytes - budget * KB;
    const allowed = over <= allowance * KB;
    const state = over <= 0 ? 'ok  ' : allowed ? 'OVER' : 'FAIL';
    const note =
      over <= 0
        ? ''
        : `, ${over} B over: ${allowed ? 'safety content and protections, within' : 'past'} the ${allowance} KB allowance`;
    console.log(`${state} ${label} (budget at most ${budget} KB${note})`);
    failed ||= !allowed;
  }
  if (failed) {
    console.error('Bundle size over budget and past its safety allowance.');
    process.exit(1);
  }
}
