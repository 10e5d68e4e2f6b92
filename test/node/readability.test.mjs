// Plain words, measured: the Flesch-Kincaid grade of each English result card (as running text)
// and of all question text together must be 6 or below. Runs on the tsc output in build/.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fleschKincaid} from 'flesch-kincaid';
import {syllable} from 'syllable';

const {en} = await import('../../build/src/i18n/en.js');
const {TREE} = await import('../../build/src/tree/tree.js');

const MAX_GRADE = 6;

/** Counts sentences, words and syllables the usual way; a list item counts as a sentence. */
export function grade(parts) {
  const text = parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
  const sentence = text.split(/[.!?]+(?:\s|$)/).filter((s) => /[a-z0-9]/i.test(s)).length;
  const words = text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({sentence, word: words.length, syllable: syllables});
}

const fill = (text) =>
  text
    .replaceAll('{number}', '911')
    .replaceAll('{clinic}', 'Lakeshore Vascular')
    .replaceAll('{phone}', '(269) 555-0100');
const ui = en.ui;
const action = {
  emergency: [ui.call, ui.noDrive],
  today: [ui.today, ui.callClinic],
  vascular: [ui.vascular, ui.visit, ui.callClinic, ui.book],
  doctor: [ui.doctor, ui.clinicAlso, ui.callClinic],
  home: [ui.home],
};

test('the grade formula behaves as published', () => {
  // 1 sentence, 9 words, 11 syllables: 0.39 * 9 + 11.8 * 11 / 9 - 15.59 = 2.34
  assert.equal(grade(['The quick brown fox jumps over the lazy dog.']).toFixed(2), '2.34');
  assert.ok(grade(['Intermittent claudication indicates peripheral arterial insufficiency.']) > 12);
});

for (const outcome of TREE.outcomes) {
  test(`result card "${outcome.id}" reads at grade ${MAX_GRADE} or below`, () => {
    const words = en.outcomes[outcome.id];
    const card = [
      ui.levels[outcome.level],
      words.title,
      words.about,
      ui.notDiagnosis,
      ui.unwell,
      ui.now,
      ...words.now,
      ...action[outcome.referral],
      ...(outcome.level === 'emergency' ? [ui.wait] : []),
      ...(words.call.length ? [ui.callIf, ...words.call] : []),
      ...(words.today.length ? [ui.todayIf, ...words.today] : []),
      outcome.level === 'emergency' ? '' : (words.tell ?? ui.tell),
    ].map(fill);
    const g = grade(card);
    assert.ok(g <= MAX_GRADE, `grade ${g.toFixed(1)}: ${card.join(' ')}`);
  });
}

test(`all question text together reads at grade ${MAX_GRADE} or below`, () => {
  const parts = Object.values(en.questions).flatMap((q) => [
    q.title,
    q.hint ?? '',
    ...Object.values(q.groups ?? {}),
    ...Object.values(q.options),
  ]);
  const g = grade(parts);
  assert.ok(g <= MAX_GRADE, `grade ${g.toFixed(1)}`);
});

test(`the intro reads at grade ${MAX_GRADE} or below`, () => {
  const g = grade([
    ui.title,
    ui.intro,
    ui.adults,
    ui.notDiagnosis,
    fill(ui.unwell),
    ui.privacy,
    ui.start,
  ]);
  assert.ok(g <= MAX_GRADE, `grade ${g.toFixed(1)}`);
});

test('medical words that stay are explained where they first appear', () => {
  // Each kept term must come with a plain explanation in the same card text ("means", "is",
  // "called" or a gloss in commas) the first time it is used.
  const terms = {
    claudication: /Claudication \(.+?\) means/,
    PAD: /PAD, or peripheral artery disease/,
    'venous insufficiency': /called chronic venous insufficiency/,
    'spinal stenosis': /called spinal stenosis/,
    DOMS: /call this DOMS/,
    tendon: /A tendon joins muscle to bone/,
    artery: /(An artery is a tube|arteries, the tubes|the arteries to your legs are narrow)/,
    strain: /A strain is a small tear/,
    CK: /blood test called CK/,
    varicose: /A varicose vein is a swollen vein/,
    'stress injury': /This is a stress injury/,
  };
  for (const outcome of TREE.outcomes) {
    const words = en.outcomes[outcome.id];
    const text = [words.title, words.about].join(' ');
    for (const [term, explained] of Object.entries(terms)) {
      const used = new RegExp(`\\b${term}`, 'i').test(text);
      if (used) assert.match(text, explained, `${outcome.id} uses "${term}" without explaining it`);
    }
  }
});
