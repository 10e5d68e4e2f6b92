import {expect} from '@open-wc/testing';
import '../../src/leg-pain-check.js';
import {LegPainCheck} from '../../src/leg-pain-check.element.js';
import {en} from '../../src/i18n/en.js';
import {TREE} from '../../src/tree/tree.js';
import {
  answerAll,
  choose,
  clickPart,
  configured,
  heading,
  part,
  screen,
  shadow,
  ticked,
} from '../helpers/drive.js';

describe('<leg-pain-check>: the steps: intro, questions, Continue and Back', () => {
  it('is defined and renders the intro in its shadow root', async () => {
    const el = await configured();
    expect(customElements.get('leg-pain-check')).to.equal(LegPainCheck);
    expect(heading(el)).to.equal(en.ui.title);
    expect(screen(el).textContent).to.include(en.ui.notDiagnosis);
    expect(screen(el).textContent).to.include('call 911 now');
    // Adults only, and what a visitor under 18 should do.
    expect(screen(el).textContent).to.include(en.ui.adults);
    expect(part(el, 'start')).to.exist;
  });

  it('shows the warning-sign step first, with nothing pre-selected', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    expect(heading(el)).to.equal(en.questions.signs.title);
    const inputs = [...screen(el).querySelectorAll<HTMLInputElement>('input')];
    const first = TREE.questions.find((q) => q.id === TREE.start)!;
    expect(inputs.length).to.equal(first.options.length);
    expect(inputs.every((input) => input.type === 'checkbox' && !input.checked)).to.be.true;
    expect(screen(el).querySelector('fieldset legend h2')).to.exist;
  });

  it('asks for an answer instead of moving on with none', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await clickPart(el, 'continue');
    expect(heading(el)).to.equal(en.questions.signs.title);
    expect(screen(el).querySelector('[role=alert]')!.textContent).to.include(
      en.ui.errorMany.slice(0, 20),
    );
  });

  it('makes "None of these" exclusive', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['breath', 'back']);
    await choose(el, ['none']);
    expect(ticked(el)).to.deep.equal(['none']);
    await choose(el, ['back']);
    expect(ticked(el)).to.deep.equal(['back']);
  });

  it('goes on with Continue and back with Back, keeping earlier answers', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['none'], ['both']]);
    expect(heading(el)).to.equal(en.questions['where-both'].title);
    await clickPart(el, 'back');
    expect(heading(el)).to.equal(en.questions.legs.title);
    const picked = screen(el).querySelector<HTMLInputElement>('input[value="both"]')!;
    expect(picked.checked).to.be.true;
    await clickPart(el, 'back');
    await clickPart(el, 'back');
    expect(screen(el).querySelector<HTMLInputElement>('input[value="none"]')!.checked).to.be.true;
    await clickPart(el, 'back');
    expect(heading(el)).to.equal(en.ui.title);
  });

  it('lists the warning signs under short headings, each group named for assistive tech', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    // The answers' groups (the language switch is a group of its own, labelled by aria-label).
    const groups = [...screen(el).querySelectorAll('.group[role=group]')];
    expect(groups.map((g) => g.textContent!.includes(en.questions.signs.groups!.body))).to.include(
      true,
    );
    for (const group of groups) {
      const label = shadow(el).getElementById(group.getAttribute('aria-labelledby')!);
      expect(label?.textContent?.trim()).to.be.oneOf(Object.values(en.questions.signs.groups!));
      // The id resolves to the screen on show, never to one prepared out of sight.
      expect(screen(el).contains(label)).to.be.true;
    }
    // As many groups as the tree gives the first question.
    const first = TREE.questions.find((q) => q.id === TREE.start)!;
    expect(groups.length).to.equal(new Set(first.options.map((o) => o.group).filter(Boolean)).size);
  });

  it('fires lpc-start on Start, with nothing in it, once per check', async () => {
    const el = await configured();
    const seen: Event[] = [];
    const record = (e: Event) => seen.push(e);
    document.addEventListener('lpc-start', record);
    try {
      await clickPart(el, 'start');
      expect(seen).to.have.length(1);
      const [event] = seen as CustomEvent[];
      expect(event.detail).to.equal(null);
      expect(event.bubbles && event.composed).to.be.true;
      // Answering is not a new check.
      await answerAll(el, [['none']]);
      expect(seen).to.have.length(1);
    } finally {
      document.removeEventListener('lpc-start', record);
    }
  });
});
