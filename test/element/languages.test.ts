/**
 * The language switch: on every screen, each other language by its own name; choosing one keeps
 * the visitor's place, answers and focus as any step does, and leaves the page's `lang` alone. A
 * page can limit the choice or turn the switch off, and a wrong code is named in the console.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/leg-pain-check.js';
import type {LegPainCheck} from '../../src/leg-pain-check.element.js';
import {en} from '../../src/i18n/en.js';
import {LANGUAGES} from '../helpers/languages.js';
import {
  afterFrame,
  choose,
  clickPart,
  configured,
  heading,
  languageButton,
  part,
  screen,
  settle,
  ticked,
  warnings,
} from '../helpers/drive.js';

const es = LANGUAGES.es;
/** The switch's buttons on the screen on show, by what they say. */
const switches = (el: LegPainCheck) =>
  [...screen(el).querySelectorAll<HTMLElement>('[part~=language]')].map((b) => ({
    text: b.textContent!.trim(),
    lang: b.getAttribute('lang'),
  }));
/** Chooses a language by its own name, and waits for its words. */
async function switchTo(el: LegPainCheck, name: string) {
  const before = heading(el);
  languageButton(el, name).click();
  for (let i = 0; i < 200 && heading(el) === before; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await settle(el);
  // Focus moves to the heading in a task just after the frame that shows the new words.
  await afterFrame();
}
const focused = (el: LegPainCheck) => el.shadowRoot!.activeElement;

describe('<leg-pain-check>: the language switch', () => {
  it('offers each other language in its own name, in a labelled group, on every screen', async () => {
    const el = await configured();
    const group = screen(el).querySelector('.languages')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal(en.ui.language);
    expect(switches(el)).to.deep.equal([{text: 'Español', lang: 'es'}]);
    await clickPart(el, 'start');
    expect(switches(el)).to.deep.equal([{text: 'Español', lang: 'es'}]);
    await choose(el, ['bleeding']);
    await clickPart(el, 'continue');
    expect(part(el, 'result')).to.exist;
    expect(switches(el)).to.deep.equal([{text: 'Español', lang: 'es'}]);
  });

  it('keeps the place and the answers, moves focus to the heading, and leaves the page lang alone', async () => {
    const el = await configured();
    const pageLang = document.documentElement.lang;
    await clickPart(el, 'start');
    await choose(el, ['none']);
    await clickPart(el, 'continue');
    await choose(el, ['swollen', 'statin']);
    await switchTo(el, 'Español');
    expect(heading(el)).to.equal(es.questions['urgent-signs'].title);
    expect(ticked(el)).to.deep.equal(['swollen', 'statin']);
    expect(screen(el).querySelector('.step')!.textContent).to.include('2');
    // (Compared as a boolean: chai's message for two elements can hang the page.)
    expect(focused(el) === screen(el).querySelector('h2'), 'focus on the heading').to.be.true;
    expect(screen(el).querySelector('[part~=card]')!.getAttribute('lang')).to.equal('es');
    expect(document.documentElement.lang).to.equal(pageLang);
    expect(el.hasAttribute('lang')).to.be.false;
    expect(switches(el)).to.deep.equal([{text: 'English', lang: 'en'}]);
    // The check goes on in Spanish, with the answers given before the switch.
    await clickPart(el, 'back');
    expect(heading(el)).to.equal(es.questions.signs.title);
    expect(ticked(el)).to.deep.equal(['none']);
    await clickPart(el, 'continue');
    await choose(el, ['swollen', 'statin']);
    await clickPart(el, 'continue');
    expect(part(el, 'result')).to.exist;
    expect(Object.values(es.outcomes).map((o) => o.title)).to.include(heading(el));
  });

  it('tells the result in the new language when switched on a card, and keeps the choice for Start again', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['bleeding']);
    await clickPart(el, 'continue');
    await switchTo(el, 'Español');
    expect(heading(el)).to.equal(es.outcomes['bleeding-vein'].title);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.include(
      es.ui.resultLabel,
    );
    await clickPart(el, 'restart');
    expect(heading(el)).to.equal(es.questions.signs.title);
    await switchTo(el, 'English');
    expect(heading(el)).to.equal(en.questions.signs.title);
  });

  it('wins over the page language until the visitor switches back', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="es"><leg-pain-check></leg-pain-check></section>`,
    );
    const el = wrapper.querySelector('leg-pain-check')!;
    await settle(el);
    expect(heading(el)).to.equal(es.ui.title);
    await switchTo(el, 'English');
    expect(heading(el)).to.equal(en.ui.title);
    expect(wrapper.lang).to.equal('es');
  });

  it('offers only the languages the page lists, and none with "off" or a single language', async () => {
    for (const [languages, offered] of [
      ['en es', ['Español']],
      ['ES, EN', ['Español']],
      ['off', []],
      ['en', []],
    ] as const) {
      const el = await fixture<LegPainCheck>(
        html`<leg-pain-check languages=${languages}></leg-pain-check>`,
      );
      await settle(el);
      expect(
        switches(el).map((s) => s.text),
        languages,
      ).to.deep.equal(offered);
      expect(screen(el).querySelector('.languages'), languages).to.equal(
        offered.length ? screen(el).querySelector('.languages') : null,
      );
    }
    // Turned off later, it goes.
    const el = await configured();
    el.setAttribute('languages', 'off');
    await settle(el);
    expect(switches(el)).to.deep.equal([]);
  });

  it('names a language it does not have, and keeps the ones it does', async () => {
    let el!: LegPainCheck;
    const logged = await warnings(async () => {
      el = await fixture<LegPainCheck>(
        html`<leg-pain-check languages="en de es"></leg-pain-check>`,
      );
      await settle(el);
    });
    expect(logged).to.have.length(1);
    expect(logged[0]).to.include('languages="de"').and.include('en, es, or off');
    expect(switches(el).map((s) => s.text)).to.deep.equal(['Español']);
  });
});
