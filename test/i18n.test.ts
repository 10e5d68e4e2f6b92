/**
 * Every language has every string English has, with the same placeholders; the widget picks its
 * language from `lang` or the page, and falls back to English with one warning.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/leg-pain-check.js';
import type {LegPainCheck} from '../src/leg-pain-check.element.js';
import {findLanguage} from '../src/i18n/index.js';
import {placeholders, strings} from '../src/i18n/keys.js';
import {LANGUAGES} from './helpers/languages.js';
import {en} from '../src/i18n/en.js';
import {clickPart, heading, settle} from './helpers/drive.js';

describe('languages', () => {
  const english = strings(en);

  it('bundles Spanish beside English', () => {
    expect(Object.keys(LANGUAGES)).to.include.members(['en', 'es']);
  });

  for (const [lang, t] of Object.entries(LANGUAGES)) {
    it(`"${lang}" has every key English has, and no other`, () => {
      const own = strings(t);
      expect([...own.keys()].sort()).to.deep.equal([...english.keys()].sort());
      for (const [key, text] of own) expect(text.trim(), key).to.not.equal('');
    });

    it(`"${lang}" keeps the placeholders of each English string`, () => {
      const own = strings(t);
      for (const [key, text] of english) {
        const want = [...new Set(placeholders(text))];
        const got = [...new Set(placeholders(own.get(key) ?? ''))];
        expect(got, key).to.deep.equal(want);
      }
    });
  }

  it('picks a language from a BCP 47 tag, and only a language it has', () => {
    const cases: [string, string | undefined][] = [
      ['es-MX', 'es'],
      ['ES', 'es'],
      ['en-US', 'en'],
      ['es_419', 'es'],
      ['', undefined],
      ['de-AT', undefined],
      ['constructor', undefined],
      ['__proto__', undefined],
      ['toString', undefined],
      ['hasOwnProperty', undefined],
    ];
    for (const [tag, lang] of cases) expect(findLanguage(tag), tag).to.equal(lang);
  });

  it('speaks Spanish with lang="es" on the element', async () => {
    const el = await fixture<LegPainCheck>(html`<leg-pain-check lang="es"></leg-pain-check>`);
    // Spanish arrives in a file of its own as the widget starts.
    await settle(el);
    expect(heading(el)).to.equal(LANGUAGES.es.ui.title);
    await clickPart(el, 'start');
    expect(heading(el)).to.equal(LANGUAGES.es.questions.signs.title);
    expect(el.shadowRoot!.querySelector('[part~=card]')!.getAttribute('lang')).to.equal('es');
  });

  it("follows the page's language when the attribute is absent; the attribute wins", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="es-US"><leg-pain-check></leg-pain-check></section>`,
    );
    const el = wrapper.querySelector('leg-pain-check')!;
    await settle(el);
    expect(heading(el)).to.equal(LANGUAGES.es.ui.title);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(heading(el)).to.equal(en.ui.title);
  });
});
