/**
 * The readers' test: short first-person patient stories, each with the level and outcome a
 * clinician expects: test/stories/stories.json, written from ../shared/CLINICAL.md before the v2
 * tree existed, and test/stories/stories-v3.json, written from version 3 before the v3 tree (with
 * the look-alikes that must not trip a warning sign). The answers (test/stories/answers.json) were
 * given by readers who saw only the story and the screens' words (test/stories/screen.mjs), never
 * the tree. Each story runs through the real element: wherever the wording lets an honest reader
 * down, a story fails.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/leg-pain-check.js';
import type {LegPainCheck} from '../src/leg-pain-check.element.js';
import {en} from '../src/i18n/en.js';
import {TREE} from '../src/tree/tree.js';
import type {Level} from '../src/tree/types.js';
import {choose, clickPart, part, screen} from './helpers/drive.js';

interface Story {
  id: string;
  story: string;
  level: Level;
  outcome: string;
  /** Other warning signs the card must keep. */
  also?: string[];
  why: string;
}

const load = async (name: string) => (await fetch(`/test/stories/${name}`)).json();
const stories: Story[] = [...(await load('stories.json')), ...(await load('stories-v3.json'))];
const answers: Record<string, Record<string, string[]>> = await load('answers.json');

describe('patient stories, answered by a reader through the real screens', () => {
  it('has at least 30 stories, one or more for every outcome, each answered', () => {
    expect(stories.length).to.be.at.least(30);
    const outcomes = new Set(stories.map((s) => s.outcome));
    for (const outcome of TREE.outcomes) expect(outcomes.has(outcome.id), outcome.id).to.be.true;
    for (const story of stories) expect(answers[story.id], story.id).to.exist;
  });

  // What the readers reached, by story, for the closing tallies below.
  const reached = new Map<string, {outcome: string; level: string}>();

  for (const story of stories) {
    it(`${story.id}: ${story.level}, ${story.outcome}`, async () => {
      const el = await fixture<LegPainCheck>(html`<leg-pain-check></leg-pain-check>`);
      const results: {outcome: string; level: string}[] = [];
      el.addEventListener('lpc-result', (e) => results.push(e.detail));
      await clickPart(el, 'start');
      const given = answers[story.id] ?? {};
      for (let steps = 0; !part(el, 'result'); steps++) {
        expect(steps, 'steps').to.be.below(13);
        const name = screen(el).querySelector('input')!.name;
        const question = name.replace(/^lpc-\d+-/, '');
        const chosen = given[question];
        if (!chosen) throw new Error(`${story.id}: the reader gave no answer to "${question}"`);
        await choose(el, chosen);
        await clickPart(el, 'continue');
      }
      await el.updateComplete;
      reached.set(story.id, results[0]);
      expect(results[0], story.story).to.deep.equal({outcome: story.outcome, level: story.level});
      const card = part(el, 'result')!.textContent!;
      for (const other of story.also ?? []) {
        expect(card, `${story.id} keeps ${other}`).to.include(
          en.outcomes[other as keyof typeof en.outcomes].title,
        );
      }
    });
  }

  // CLINICAL v3's measures over all stories: self-care reached for at least 90% of the stories
  // whose level is self-care, and no story below emergency sent to the emergency number.
  it('reaches self-care for at least 90% of self-care stories, and 911 only for emergencies', () => {
    expect(reached.size, 'every story ran').to.equal(stories.length);
    const selfCare = stories.filter((s) => s.level === 'self-care');
    const home = selfCare.filter((s) => reached.get(s.id)?.level === 'self-care');
    expect(home.length / selfCare.length).to.be.at.least(0.9);
    for (const story of stories.filter((s) => s.level !== 'emergency')) {
      expect(reached.get(story.id)?.level, story.id).to.not.equal('emergency');
    }
  });
});
