/**
 * The language switch when the chosen language's words are slow or never come. A file of its own:
 * the words are loaded once per page, so this page's Spanish is a stand-in that the tests control.
 */
import {expect} from '@open-wc/testing';
import '../../src/leg-pain-check.js';
import {en} from '../../src/i18n/en.js';
import {LOADERS} from '../../src/i18n/index.js';
import {WAIT_MS} from '../../src/controllers/words.js';
import type {Strings} from '../../src/i18n/types.js';
import {
  choose,
  clickPart,
  configured,
  heading,
  languageButton,
  screen,
  settle,
  ticked,
  warnings,
} from '../helpers/drive.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<leg-pain-check>: a chosen language that does not arrive', () => {
  it('keeps the screen and the answers while the words are on their way, then says they did not load', async function () {
    this.timeout(WAIT_MS + 4000);
    // Spanish never arrives on this page.
    let asked = 0;
    (LOADERS as Record<string, () => Promise<Strings>>).es = () => {
      asked++;
      return new Promise<Strings>(() => {});
    };
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['none']);
    const logged = await warnings(async () => {
      languageButton(el, 'Español').click();
      await settle(el);
      // Meanwhile: the same screen, in English, with the answer ticked.
      expect(heading(el)).to.equal(en.questions.signs.title);
      expect(ticked(el)).to.deep.equal(['none']);
      expect(asked).to.equal(1);
      await wait(WAIT_MS + 200);
      await settle(el);
    });
    expect(logged.join('\n')).to.include('lang="es"').and.include('using English');
    expect(heading(el)).to.equal(en.questions.signs.title);
    expect(ticked(el)).to.deep.equal(['none']);
    const alert = screen(el).querySelector('.languages [role=alert]')!;
    expect(alert.textContent).to.include('Español did not load');
    // The next step goes on in English, and the message is gone.
    await clickPart(el, 'continue');
    expect(heading(el)).to.equal(en.questions['urgent-signs'].title);
    expect(screen(el).querySelector('.languages [role=alert]')).to.equal(null);
  });
});
