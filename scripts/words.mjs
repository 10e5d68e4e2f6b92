// The widget's words for a translator, as XLIFF 1.2, the exchange format CAT tools read and write
// (Trados, memoQ, Phrase, OmegaT; Lit's own localization tooling uses it too).
//
//   npm run words:export -- <code> <file.xlf>
//
// Writes every word of the widget (interface, questions, answers, cards, help lists) as one unit
// each: the English source, the target (empty for a new language; the words it has now for one
// the widget already speaks, so a translator can revise them), and a note that gives the
// translator its context: which screen it is on, what kind of line it is (a warning sign, an
// action line), that a list keeps every item, and which placeholders must stay. Unit ids are the
// key paths of the words ("questions.signs.options.breath", "outcomes.doms.now.0"). Reads the tsc
// output (build/src/i18n/), so `npm run words:export` compiles first.
import {writeFile} from 'node:fs/promises';
import {jsToXliff12} from 'xliff';

const root = new URL('../', import.meta.url);
const built = (path) => new URL(`build/src/i18n/${path}`, root);

/** Every string of `value` by its key path, in order ("ui.start", "outcomes.doms.now.0"). */
export function leaves(value, path = '', out = new Map()) {
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value))
      leaves(inner, path ? `${path}.${key}` : key, out);
  }
  return out;
}

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
  const own = leaves(target ?? {});
  const units = {};
  for (const [path, source] of leaves(en)) {
    units[path] = {source, target: own.get(path) ?? '', note: note(path, source, en)};
  }
  return jsToXliff12({
    sourceLanguage: 'en',
    targetLanguage: code,
    resources: {'leg-pain-check': units},
  });
}

async function main() {
  const [command, code, file] = process.argv.slice(2);
  if (command !== 'export' || !code || !file) {
    console.error(
      'usage: npm run words:export -- <code> <file.xlf>   (code: a language such as fr or zh)',
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
  const count = leaves((await import(built('en.js'))).en).size;
  console.log(
    `${file}: ${count} units, English to ${code}${target ? `, with the ${code} words the widget has now as targets` : ', targets empty'}.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
