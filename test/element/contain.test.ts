/**
 * The element contains its own layout once a card shows, so a step in one widget lays out that
 * widget alone; and not before, so the page's own fallback, shown while another language's words
 * are on their way, shares its margins with the page as it did before the script ran. A file of
 * its own: this page's Spanish is a stand-in the test controls.
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {LegPainCheck} from '../../src/leg-pain-check.js';
import '../../src/leg-pain-check.js';
import {es} from '../../src/i18n/es.js';
import {LOADERS} from '../../src/i18n/index.js';
import type {Strings} from '../../src/i18n/types.js';
import {clickPart, configured, heading, settle} from '../helpers/drive.js';

const contained = (el: Element) => getComputedStyle(el).contain.includes('layout');

describe('<leg-pain-check>: its containment', () => {
  it('is contained from its first card on, through every step', async () => {
    const el = await configured();
    expect(contained(el)).to.equal(true);
    await clickPart(el, 'start');
    expect(contained(el)).to.equal(true);
  });

  it('is not contained while the page fallback shows, then is once the card replaces it', async () => {
    let arrive!: (words: Strings) => void;
    (LOADERS as Record<string, () => Promise<Strings>>).es = () =>
      new Promise<Strings>((resolve) => (arrive = resolve));
    const page = await fixture<HTMLElement>(html`
      <div style="display: flow-root">
        <p style="margin: 0 0 20px">Above</p>
        <leg-pain-check lang="es"><p style="margin: 20px 0">Fallback</p></leg-pain-check>
      </div>
    `);
    const [above, el] = [page.firstElementChild!, page.querySelector('leg-pain-check')!];
    const fallback = el.querySelector('p')!;
    await (el as LegPainCheck).updateComplete;
    expect(el.shadowRoot!.querySelector('.screen:not(.spare) slot')).to.not.equal(null);
    expect(contained(el)).to.equal(false);
    // The two 20 px margins still collapse into one, through the element's top.
    const gap = fallback.getBoundingClientRect().top - above.getBoundingClientRect().bottom;
    expect(gap).to.equal(20);
    arrive(es);
    await settle(el as LegPainCheck);
    expect(heading(el as LegPainCheck)).to.equal(es.ui.title);
    expect(contained(el)).to.equal(true);
  });
});
