/**
 * The clinical tree, verified from its own data: every path is generated, none is listed by hand.
 */
import {expect} from '@open-wc/testing';
import {LANGUAGES} from '../src/i18n/index.js';
import {QUESTIONS, OUTCOMES, TREE} from '../src/tree/tree.js';
import {LEVELS, levelRank, type Level} from '../src/tree/types.js';
import {shortestPaths, walk, type Walked} from './helpers/walk.js';

const paths: Walked[] = [];
walk(TREE, (path) => paths.push(path));

describe('the decision tree', () => {
  it('has no dead end: every option leads to a question or outcome that exists', () => {
    const questions = new Set(TREE.questions.map((q) => q.id));
    const outcomes = new Set(TREE.outcomes.map((o) => o.id));
    for (const question of TREE.questions) {
      for (const option of question.options) {
        const ok =
          'question' in option.next
            ? questions.has(option.next.question)
            : outcomes.has(option.next.outcome);
        expect(ok, `${question.id}/${option.id}`).to.be.true;
      }
    }
    expect(questions.has(TREE.start)).to.be.true;
  });

  it('has unique ids', () => {
    const ids = (list: readonly {id: string}[]) =>
      new Set(list.map((x) => x.id)).size === list.length;
    expect(ids(TREE.questions)).to.be.true;
    expect(ids(TREE.outcomes)).to.be.true;
    for (const question of TREE.questions) expect(ids(question.options), question.id).to.be.true;
  });

  it('walks without a cycle, and finds paths', () => {
    // walk() throws on a cycle; reaching here means none.
    expect(paths.length).to.be.greaterThan(100);
  });

  it('reaches every question and every outcome', () => {
    const askedIds = new Set(paths.flatMap((p) => p.steps.map((s) => s.question.id)));
    const reached = new Set(paths.map((p) => p.outcome.id));
    expect([...askedIds].sort()).to.deep.equal(TREE.questions.map((q) => q.id).sort());
    expect([...reached].sort()).to.deep.equal(TREE.outcomes.map((o) => o.id).sort());
  });

  it('never takes more than 10 steps', () => {
    const longest = Math.max(...paths.map((p) => p.steps.length));
    expect(longest).to.be.at.most(10);
  });

  it('reaches every outcome in 6 steps or fewer, and a typical visitor in 6 or fewer', () => {
    const shortest = shortestPaths(TREE);
    for (const outcome of TREE.outcomes) {
      expect(shortest.get(outcome.id)?.length, outcome.id).to.be.at.most(6);
    }
    // "Typical": paths past the warning-sign step (no sign ticked), each counted once.
    const lengths = paths
      .filter((p) => p.steps[0].chosen.every((o) => o.id === 'none'))
      .map((p) => p.steps.length)
      .sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).to.be.at.most(6);
  });

  it('asks about warning signs first, with an exclusive "None of these"', () => {
    const first = TREE.questions.find((q) => q.id === TREE.start)!;
    expect(first.kind).to.equal('many');
    expect(first.options.filter((o) => o.sign).length).to.be.at.least(10);
    expect(first.options.find((o) => o.id === 'none')?.exclusive).to.be.true;
  });

  it('never ends a path below the level of a warning sign answered on it', () => {
    let checked = 0;
    for (const path of paths) {
      for (const {question, chosen} of path.steps) {
        for (const option of chosen) {
          if (!option.sign) continue;
          checked++;
          expect(
            levelRank(path.outcome.level),
            `${question.id}/${option.id} (${option.sign}) ended at ${path.outcome.id} (${path.outcome.level})`,
          ).to.be.at.least(levelRank(option.sign));
        }
      }
    }
    expect(checked).to.be.greaterThan(1000);
  });

  it('picks the gravest outcome when several warning signs are ticked', () => {
    for (const path of paths) {
      const signs = path.steps[0].chosen.filter((o) => o.sign);
      if (signs.length < 2) continue;
      const gravest = Math.max(...signs.map((o) => levelRank(o.sign!)));
      expect(levelRank(path.outcome.level)).to.equal(gravest);
    }
  });

  it('never lets "I\'m not sure" end at self-care', () => {
    for (const path of paths) {
      if (path.steps.some((s) => s.chosen.some((o) => o.unsure))) {
        expect(path.outcome.level, path.outcome.id).to.not.equal('self-care');
      }
    }
  });

  it('offers "I\'m not sure" on most questions', () => {
    const withUnsure = QUESTIONS.filter((q) => q.options.some((o) => 'unsure' in o && o.unsure));
    expect(withUnsure.length).to.be.at.least(QUESTIONS.length - 2);
  });

  it('gives each warning sign of CLINICAL.md its own named outcome', () => {
    const signs = TREE.questions.find((q) => q.id === 'signs')!;
    const targets = signs.options
      .filter((o) => o.sign && !o.unsure)
      .map((o) => ('outcome' in o.next ? o.next.outcome : ''));
    expect(new Set(targets).size).to.equal(targets.length);
    expect(targets).to.include.members([
      'lung-clot',
      'blocked-artery',
      'muscle-breakdown',
      'pressure-build-up',
      'bleeding-vein',
      'serious-injury',
      'leg-clot',
      'torn-tendon',
      'foot-circulation',
      'pad-worse',
    ]);
  });

  it('uses each level, with the right referral', () => {
    const referral: Record<Level, string[]> = {
      emergency: ['emergency'],
      urgent: ['today'],
      routine: ['vascular', 'doctor'],
      'self-care': ['home'],
    };
    for (const outcome of OUTCOMES) {
      expect(referral[outcome.level], outcome.id).to.include(outcome.referral);
    }
    expect(new Set(OUTCOMES.map((o) => o.level)).size).to.equal(LEVELS.length);
  });

  for (const [lang, t] of Object.entries(LANGUAGES)) {
    it(`has text for every card section and every option in "${lang}"`, () => {
      for (const outcome of TREE.outcomes) {
        const words = t.outcomes[outcome.id as keyof typeof t.outcomes];
        expect(words, outcome.id).to.exist;
        expect(words.title.trim(), `${outcome.id} title`).to.not.equal('');
        expect(words.about.trim(), `${outcome.id} about`).to.not.equal('');
        expect(words.now.length, `${outcome.id} now`).to.be.at.least(1);
        expect(words.help.length, `${outcome.id} help`).to.be.at.least(1);
        for (const line of [...words.now, ...words.help]) expect(line.trim()).to.not.equal('');
      }
      for (const question of TREE.questions) {
        const words = t.questions[question.id as keyof typeof t.questions];
        expect(words?.title.trim(), question.id).to.not.equal('');
        expect(Object.keys(words.options).sort(), question.id).to.deep.equal(
          question.options.map((o) => o.id).sort(),
        );
        for (const label of Object.values(words.options)) expect(label.trim()).to.not.equal('');
      }
    });
  }
});
