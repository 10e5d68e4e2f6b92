// The widget's words for a translator, as XLIFF 1.2, the exchange format CAT tools read and write
// (Trados, memoQ, Phrase, OmegaT; Lit's own localization tooling uses it too).
//
//   npm run words:export -- <code> <file.xlf>
//   npm run words:import -- <file.xlf> --translator "<name>" --reviewer "<name>" [--date YYYY-MM-DD]
//                           [--name "<the language's own name>"]   (a new language only)
//                           [--self-hosted <folder of leg-pain-check.js>]
//
// Writes every word of the widget (interface, questions, answers, cards, help lists) as one unit
// each: the English source, the target (empty for a new language; the words it has now for one
// the widget already speaks, so a translator can revise them), and a note that gives the
// translator its context: which screen it is on, what kind of line it is (a warning sign, an
// action line), that a list keeps every item, and which placeholders must stay. Unit ids are the
// key paths of the words ("questions.signs.options.breath", "outcomes.doms.now.0"). Reads the tsc
// output (build/src/i18n/), so both commands compile first.
//
// Import reads a translated file back and writes `src/i18n/<code>.ts`, recording who translated
// and who reviewed it; a new language is also added to the widget's list, its loader and the
// tests' list, and `npm run build` then makes `dist/leg-pain-check.<code>.json`, loaded and checked
// as Spanish is. It refuses, naming the units, a file with a unit missing or empty, a list item
// dropped or added, a placeholder lost or added, markup, two translations of one English sentence
// (the cards match sentences word for word), or a source that is no longer the widget's English
// (re-export, and translate the units it lists). Nothing is written unless everything passes.
//
// With --self-hosted, for a clinic that hosts the widget itself and adds a language the widget does
// not have, without a rebuild: it writes only `leg-pain-check.<code>.json` into that folder, beside
// the main file, stamped with the English it was translated from, and prints the `languages`
// attribute that states its fingerprint. The widget fetches the file with that fingerprint, and
// refuses a file that does not match it or comes from another version's English.
import {createHash} from 'node:crypto';
import {readFile, rename, writeFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {jsToXliff12, xliff12ToJs} from 'xliff';
import {englishId} from './lib/english-id.mjs';

const root = new URL('../', import.meta.url);
const built = (path) => new URL(`build/src/i18n/${path}`, root);
const {strings, placeholders: sorted} = await import(built('keys.js'));

const PLACEHOLDERS = {
  '{number}': 'the emergency number, such as 911',
  '{clinic}': "the clinic's name (or its phone when it has none)",
  '{phone}': "the clinic's phone number",
  '{n}': 'the question number',
  '{d}': 'a distance, already in the unit of `ui.unit`',
  '{language}': "a language's own name, such as Español",
};

const LISTS = {
  now: 'An action line under "What to do now": start with the verb, one action per line.',
  call: 'A warning sign under "Call {number} if": say exactly what counts; keep each feature joined by "or", as in English, and keep what it says does not count.',
  today:
    'A sign under "See a doctor today if": say exactly what counts; keep each feature joined by "or", as in English.',
  still:
    'A sentence that raises or ices a leg, exactly as the cards write it: the widget matches it word for word, so write it exactly as you translate that card line.',
};

/** Where each interface string shows (anything not listed is on a result card). */
const UI_WHERE = [
  [['title', 'intro', 'adults', 'notDiagnosis', 'unwell', 'privacy', 'start'], 'the first screen'],
  [['language', 'languageFailed'], 'the language switch at the top of every screen'],
  [['continue', 'back', 'step', 'chooseOne', 'errorOne', 'errorMany'], 'each question screen'],
];

/** The note a translator reads beside the unit at `path`, whose English is `source`. */
export function note(path, source, en) {
  const parts = path.split('.');
  const lines = [];
  if (parts[0] === 'ui') {
    lines.push(
      `Interface: ${UI_WHERE.find(([keys]) => keys.includes(parts[1]))?.[1] ?? 'on a result card'}.`,
    );
    if (parts[1] === 'unit')
      lines.push('Not a word to translate: mi or km, the unit your readers use.');
    if (parts[1] === 'levels') lines.push('A result level: said in words and shown in colour.');
    if (parts[1] in LISTS) lines.push(LISTS[parts[1]]);
  } else if (parts[0] === 'questions') {
    const question = en.questions[parts[1]];
    const screen = `the question "${question.title}"`;
    const field = parts[2];
    if (field === 'title') lines.push('A question, as the heading of its screen.');
    else if (field === 'hint') lines.push(`The short line under ${screen}.`);
    else if (field === 'groups')
      lines.push(`A short heading over a group of answers on ${screen}.`);
    else if (field === 'options') {
      lines.push(`An answer to ${screen}.`);
      if (['signs', 'urgent-signs'].includes(parts[1]) && !['none', 'unsure'].includes(parts[3])) {
        lines.push(
          'A warning sign: say exactly what counts, keep each feature joined by "or" as in English, and keep the sentence that says what does not count.',
        );
      }
    }
  } else if (parts[0] === 'outcomes') {
    const card = `the result card "${en.outcomes[parts[1]].title}"`;
    const field = parts[2];
    if (field === 'title') lines.push('A result card\u2019s heading: what the pain may be.');
    else if (field === 'about') lines.push(`What it may be, on ${card}: explain any medical word.`);
    else if (field === 'tell') lines.push(`What to tell the doctor, on ${card}.`);
    else {
      const items = en.outcomes[parts[1]][field];
      lines.push(`Item ${Number(parts[3]) + 1} of ${items.length} on ${card}.`, LISTS[field]);
      lines.push('Keep every item of the list as a unit of its own: never merge or drop one.');
    }
  }
  const kept = Object.entries(PLACEHOLDERS).filter(([p]) => source.includes(p));
  if (kept.length) {
    lines.push(
      `Keep ${kept.map(([p, what]) => `${p} (${what})`).join(', ')} exactly as written: the widget fills it in.`,
    );
  }
  lines.push('Plain words a 12-year-old reads easily; no markup.');
  return lines.join(' ');
}

/** The XLIFF 1.2 text for `code`, with the targets of `target` (a language's words) if given. */
export async function exportWords(code, target) {
  const {en} = await import(built('en.js'));
  const own = strings(target ?? {});
  const units = {};
  for (const [path, source] of strings(en)) {
    units[path] = {source, target: own.get(path) ?? '', note: note(path, source, en)};
  }
  return jsToXliff12({
    sourceLanguage: 'en',
    targetLanguage: code,
    resources: {'leg-pain-check': units},
  });
}

const placeholders = (text) => sorted(text).join(' ');

/**
 * The problems of a translated file against today's English: one line each, naming the units.
 * Empty when it can be imported.
 */
export function check(units, en) {
  const english = strings(en);
  const problems = [];
  const say = (what, ids) => ids.length && problems.push(`${what}: ${ids.join(', ')}`);
  const ids = Object.keys(units);
  say(
    'missing (a list item dropped, or a unit deleted)',
    [...english.keys()].filter((id) => !(id in units)),
  );
  say(
    'not in the widget (a list item added, or an unknown id)',
    ids.filter((id) => !english.has(id)),
  );
  const known = ids.filter((id) => english.has(id));
  say(
    'the English changed since this file was exported (export again, and translate these)',
    known.filter((id) => units[id].source !== english.get(id)),
  );
  const text = (id) => units[id].target;
  say(
    'markup in the target (plain text only)',
    known.filter((id) => typeof text(id) !== 'string' || /<\/?[a-z]/i.test(text(id))),
  );
  const plain = known.filter((id) => typeof text(id) === 'string');
  say(
    'empty target',
    plain.filter((id) => !text(id).trim()),
  );
  say(
    'placeholders lost or added (keep each {name} of the English)',
    plain.filter(
      (id) => text(id).trim() && placeholders(text(id)) !== placeholders(english.get(id)),
    ),
  );
  // One English sentence, one translation: a card drops a sentence it already shows, and the
  // lines that raise or ice a leg are matched word for word.
  const bySource = new Map();
  for (const id of plain)
    bySource.set(english.get(id), [...(bySource.get(english.get(id)) ?? []), id]);
  say(
    'one English sentence translated two ways (translate it the same everywhere)',
    [...bySource.values()].filter((group) => new Set(group.map(text)).size > 1).flat(),
  );
  return problems;
}

/** `en`'s shape with each string replaced by the target of its unit. */
function rebuild(value, units, path = '') {
  if (typeof value === 'string') return units[path].target;
  if (Array.isArray(value)) return value.map((v, i) => rebuild(v, units, `${path}.${i}`));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, rebuild(v, units, path ? `${path}.${k}` : k)]),
  );
}

/** The TypeScript module for a language's words, saying where they came from and who vouched. */
export function module(code, words, {file, translator, reviewer, date}) {
  return `/**
 * ${code}: imported from ${file} by \`npm run words:import\`; edit the translation, not this file.
 * Translated by ${translator}; reviewed by ${reviewer} (clinical review); ${date}.
 */
import type {Strings} from './types.js';

export const ${code}: Strings = ${JSON.stringify(words, null, 2)};
`;
}

/** Writes `files` ({path: text}) so that either all are written or none: each to a temporary
 * file first, then all renamed. */
async function writeAll(files) {
  await Promise.all(Object.entries(files).map(([path, text]) => writeFile(`${path}.tmp`, text)));
  await Promise.all(Object.keys(files).map((path) => rename(`${path}.tmp`, path)));
}

/** `text` with `from` replaced by `to`; throws if `from` is not there (the file changed shape). */
function edit(text, from, to, file) {
  if (!from.test(text)) throw new Error(`${file}: could not find where to add the language`);
  return text.replace(from, to);
}

export async function importWords(xliffText, options) {
  const {targetLanguage: code, resources} = await xliff12ToJs(xliffText);
  if (!/^[a-z]{2,3}$/.test(code ?? '') || code === 'en') {
    return {problems: [`target-language "${code}" is not a language to import into`]};
  }
  for (const who of ['translator', 'reviewer']) {
    if (!options[who]?.trim()) {
      return {
        problems: [
          `--${who} is missing: the widget ships only languages a qualified medical translator translated and a clinician reviewed; give their names.`,
        ],
      };
    }
  }
  const src = new URL('src/i18n/', options.root ?? root);
  const {en} = await import(built('en.js'));
  const {CODES} = await import(built('languages.js'));
  const units = Object.values(resources ?? {}).reduce((all, file) => ({...all, ...file}), {});
  const problems = check(units, en);
  const fresh = !CODES.includes(code);
  if (options.selfHosted && !fresh) {
    problems.push(
      `${code} is built into the widget: --self-hosted adds a language it does not have.`,
    );
  }
  if (fresh && !options.selfHosted && !options.name?.trim()) {
    problems.push(
      `--name is missing: ${code} is new, so give its name in ${code} ("Tiếng Việt"), as the language switch shows it.`,
    );
  }
  if (problems.length) return {problems};
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  if (options.selfHosted)
    return selfHosted(code, rebuild(en, units), en, CODES, {...options, date});
  const files = {
    [new URL(`${code}.ts`, src).pathname]: module(code, rebuild(en, units), {...options, date}),
  };
  if (fresh) {
    const at = (path) => new URL(path, options.root ?? root).pathname;
    const read = (path) => readFile(at(path), 'utf8');
    const name = JSON.stringify(options.name.trim());
    const languages = await read('src/i18n/languages.ts');
    files[at('src/i18n/languages.ts')] = edit(
      edit(languages, /(export const CODES = \[[^\]]*)\]/, `$1, '${code}']`, 'languages.ts'),
      /(export const NAMES: Record<Language, string> = \{[^}]*)\}/,
      `$1, ${code}: ${name}}`,
      'languages.ts',
    );
    files[at('src/i18n/loaders.ts')] = edit(
      await read('src/i18n/loaders.ts'),
      /(\n)(\};\s*)$/,
      `\n  ${code}: () => import('./${code}.js').then((module) => module.${code}),\n$2`,
      'loaders.ts',
    );
    files[at('src/i18n/loaders.verified.ts')] = edit(
      await read('src/i18n/loaders.verified.ts'),
      /(\n)(\};\s*)$/,
      `\n  ${code}: () => load('${code}'),\n$2`,
      'loaders.verified.ts',
    );
    files[at('test/helpers/languages.ts')] = edit(
      edit(
        await read('test/helpers/languages.ts'),
        /(import \{es\} from '..\/..\/src\/i18n\/es.js';)/,
        `$1\nimport {${code}} from '../../src/i18n/${code}.js';`,
        'test/helpers/languages.ts',
      ),
      /(export const LANGUAGES = \{[^}]*)\}/,
      `$1, ${code}}`,
      'test/helpers/languages.ts',
    );
  }
  await writeAll(files);
  return {problems: [], code, fresh, files: Object.keys(files), units: Object.keys(units).length};
}

/**
 * A clinic's own language file: the words, who vouched for them, the English they were translated
 * from, and `dir` for a language written right to left. Returns the `languages` attribute that
 * states its fingerprint, with every language the widget has before it.
 */
async function selfHosted(
  code,
  words,
  en,
  codes,
  {selfHosted: folder, file, translator, reviewer, date},
) {
  const locale = new Intl.Locale(code);
  const rtl = (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl';
  const json = JSON.stringify({
    about: `${code}: imported from ${file} by npm run words:import. Translated by ${translator}; reviewed by ${reviewer} (clinical review); ${date}.`,
    english: englishId(en),
    ...(rtl && {dir: 'rtl'}),
    ...words,
  });
  const integrity = `sha384-${createHash('sha384').update(json).digest('base64')}`;
  const path = resolve(folder, `leg-pain-check.${code}.json`);
  await writeAll({[path]: json});
  return {
    problems: [],
    code,
    files: [path],
    units: strings(words).size,
    languages: `languages="${[...codes, code].join(' ')} ${integrity}"`,
  };
}

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function main() {
  const [command, ...rest] = process.argv
    .slice(2)
    .filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (command === 'import' && rest[0]) {
    const file = rest[0];
    const result = await importWords(await readFile(file, 'utf8'), {
      file: file.split('/').pop(),
      translator: option('translator'),
      reviewer: option('reviewer'),
      date: option('date'),
      name: option('name'),
      selfHosted: option('self-hosted'),
    });
    if (result.problems.length) {
      console.error(`${file}: not imported, nothing written.\n- ${result.problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log(`${file}: ${result.units} units imported into ${result.files.join(', ')}.`);
    if (result.languages) {
      console.log(
        `Put it beside leg-pain-check.js, and write on each <leg-pain-check> tag (every language the visitor may choose, then the file's fingerprint):\n  ${result.languages}\nA file that is changed, or made from another version's English, is refused: after updating the widget, export again and have the changed units translated.`,
      );
    }
    if (result.fresh)
      console.log(`${result.code} is a new language: run npm test, then npm run build.`);
    return;
  }
  const [code, file] = rest;
  if (command !== 'export' || !code || !file) {
    console.error(
      'usage: npm run words:export -- <code> <file.xlf>\n       npm run words:import -- <file.xlf> --translator "<name>" --reviewer "<name>" [--date YYYY-MM-DD] [--name "<own name>"] [--self-hosted <folder>]',
    );
    process.exit(2);
  }
  if (!/^[a-z]{2,3}$/.test(code) || code === 'en') {
    console.error(
      `"${code}" is not a language code to translate into: give its two- or three-letter code in lower case (fr, vi, zh, tl), not en.`,
    );
    process.exit(2);
  }
  const {CODES} = await import(built('languages.js'));
  const target = CODES.includes(code) ? (await import(built(`${code}.js`)))[code] : undefined;
  await writeFile(file, await exportWords(code, target));
  const count = strings((await import(built('en.js'))).en).size;
  console.log(
    `${file}: ${count} units, English to ${code}${target ? `, with the ${code} words the widget has now as targets` : ', targets empty'}.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
