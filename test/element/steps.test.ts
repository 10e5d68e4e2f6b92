import {expect} from '@open-wc/testing';
import '../../src/leg-pain-check.js';
import {LegPainCheck} from '../../src/leg-pain-check.element.js';
import {en} from '../../src/i18n/en.js';
import {TREE} from '../../src/tree/tree.js';
import {answerAll, choose, clickPart, configured, heading, part, shadow} from '../helpers/drive.js';

describe('<leg-pain-check>: the steps: intro, questions, Continue and Back', () => {
  it('is defined and renders the intro in its shadow root', async () => {
    const el = await configured();
    expect(customElements.get('leg-pain-check')).to.equal(LegPainCheck);
    expect(heading(el)).to.equal(en.ui.title);
    expect(shadow(el).textContent).to.include(en.ui.notDiagnosis);
    expect(shadow(el).textContent).to.include('call 911 now');
    // Adults only, and what a visitor under 18 should do.
    expect(shadow(el).textContent).to.include(en.ui.adults);
    expect(part(el, 'start')).to.exist;
  });

  it('on a page that has warmed up already, builds nothing more and leaves nothing behind', async () => {
    // The warm-up is once per page and language (test/warm-up.test.ts, in a page of its own):
    // the tests before this one did it.
    const el = await configured();
    const root = shadow(el);
    const added: Node[] = [];
    new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes))).observe(
      root,
      {childList: true},
    );
    await new Promise((done) => setTimeout(done, 300));
    expect(added).to.deep.equal([]);
    expect(root.querySelectorAll('[part~=card]').length).to.equal(1);
    expect(root.querySelector('[part~=question], [part~=result]')).to.equal(null);
    expect(heading(el)).to.equal(en.ui.title);
  });

  it('shows the warning-sign step first, with nothing pre-selected', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    expect(heading(el)).to.equal(en.questions.signs.title);
    const inputs = [...shadow(el).querySelectorAll<HTMLInputElement>('input')];
    const first = TREE.questions.find((q) => q.id === TREE.start)!;
    expect(inputs.length).to.equal(first.options.length);
    expect(inputs.every((input) => input.type === 'checkbox' && !input.checked)).to.be.true;
    expect(shadow(el).querySelector('fieldset legend h2')).to.exist;
  });

  it('asks for an answer instead of moving on with none', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await clickPart(el, 'continue');
    expect(heading(el)).to.equal(en.questions.signs.title);
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.include(
      en.ui.errorMany.slice(0, 20),
    );
  });

  it('makes "None of these" exclusive', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['breath', 'back']);
    await choose(el, ['none']);
    const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('input:checked')].map(
      (i) => i.value,
    );
    expect(checked).to.deep.equal(['none']);
    await choose(el, ['back']);
    const again = [...shadow(el).querySelectorAll<HTMLInputElement>('input:checked')].map(
      (i) => i.value,
    );
    expect(again).to.deep.equal(['back']);
  });

  it('goes on with Continue and back with Back, keeping earlier answers', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['none'], ['both']]);
    expect(heading(el)).to.equal(en.questions['where-both'].title);
    await clickPart(el, 'back');
    expect(heading(el)).to.equal(en.questions.legs.title);
    const picked = shadow(el).querySelector<HTMLInputElement>('input[value="both"]')!;
    expect(picked.checked).to.be.true;
    await clickPart(el, 'back');
    await clickPart(el, 'back');
    expect(shadow(el).querySelector<HTMLInputElement>('input[value="none"]')!.checked).to.be.true;
    await clickPart(el, 'back');
    expect(heading(el)).to.equal(en.ui.title);
  });

  it('lists the warning signs under short headings, each group named for assistive tech', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    const groups = [...shadow(el).querySelectorAll('[role=group]')];
    expect(groups.map((g) => g.textContent!.includes(en.questions.signs.groups!.body))).to.include(
      true,
    );
    for (const group of groups) {
      const label = shadow(el).getElementById(group.getAttribute('aria-labelledby')!);
      expect(label?.textContent?.trim()).to.be.oneOf(Object.values(en.questions.signs.groups!));
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
