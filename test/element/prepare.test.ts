/**
 * The screens prepared out of sight: while the visitor reads, the widget renders and lays out the
 * screen their next click will most likely bring (Start, Start again, the answer ticked, Back), so
 * the click only swaps it in. These tests check that it is used, that a visitor never meets a
 * hidden screen (sight, keyboard, screen reader, ids, page length), and that a guess gone stale
 * shows what is true now.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/leg-pain-check.js';
import type {LegPainCheck} from '../../src/leg-pain-check.element.js';
import {en} from '../../src/i18n/en.js';
import {LANGUAGES} from '../helpers/languages.js';
import {
  answerAll,
  choose,
  clickPart,
  configured,
  heading,
  languageButton,
  part,
  screen,
  settle,
  shadow,
} from '../helpers/drive.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The hidden screens, and the headings they hold. */
const spares = (el: LegPainCheck) => [...shadow(el).querySelectorAll<HTMLElement>('.screen.spare')];
const prepared = (el: LegPainCheck) => spares(el).map((s) => s.querySelector('h2')?.textContent);
/** Waits until the widget has prepared what it will (it waits for a quiet moment first). */
const ready = () => wait(400);

describe('<leg-pain-check>: screens prepared for the next click', () => {
  it('prepares the first question on the intro, and Start shows that very screen', async () => {
    const el = await configured();
    await ready();
    expect(prepared(el)).to.include(en.questions.signs.title);
    // The long first question, prepared beside the short intro, takes no room: the element is as
    // tall as the screen on show, and the page no longer.
    for (const spare of spares(el)) expect(spare.getBoundingClientRect().height).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(screen(el).getBoundingClientRect().height);
    const fieldset = shadow(el).querySelector('.spare fieldset');
    await clickPart(el, 'start');
    expect(heading(el)).to.equal(en.questions.signs.title);
    expect(screen(el).querySelector('fieldset')).to.equal(fieldset);
  });

  it('prepares without a sound: no event sent, focus left where it was', async () => {
    // The page hears only the visitor's own steps: preparing a screen out of sight is not one.
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const sent: string[] = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (event: Event) {
      sent.push(event.type);
      return dispatch.call(this, event);
    };
    try {
      const el = await configured();
      await ready();
      expect(prepared(el)).to.include(en.questions.signs.title);
      expect(document.activeElement).to.equal(outside);
      await clickPart(el, 'start');
      await choose(el, ['none']);
      await ready();
      expect(spares(el).length).to.equal(2);
      expect(sent).to.deep.equal(['lpc-start']);
    } finally {
      EventTarget.prototype.dispatchEvent = dispatch;
      outside.remove();
    }
  });

  it('prepares where the ticked answer leads, and where Back leads', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['none']);
    await ready();
    expect(prepared(el)).to.include(en.questions['urgent-signs'].title);
    const next = shadow(el).querySelector('.spare fieldset');
    const first = screen(el).querySelector('fieldset');
    await clickPart(el, 'continue');
    expect(heading(el)).to.equal(en.questions['urgent-signs'].title);
    expect(screen(el).querySelector('fieldset')).to.equal(next);
    // Back brings the screen just left, kept as it was: the answer still ticked.
    await ready();
    await clickPart(el, 'back');
    expect(heading(el)).to.equal(en.questions.signs.title);
    expect(screen(el).querySelector('fieldset')).to.equal(first);
    const ticked = [...screen(el).querySelectorAll<HTMLInputElement>('input:checked')];
    expect(ticked.map((i) => i.value)).to.deep.equal(['none']);
  });

  it('prepares the first question on a card, for Start again, with nothing ticked', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['breath']);
    await clickPart(el, 'continue');
    expect(part(el, 'result')).to.exist;
    await ready();
    expect(prepared(el)).to.include(en.questions.signs.title);
    await clickPart(el, 'restart');
    expect(heading(el)).to.equal(en.questions.signs.title);
    expect(screen(el).querySelectorAll('input:checked').length).to.equal(0);
  });

  it('a click before anything is prepared still shows the right screen', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['none']);
    await clickPart(el, 'continue');
    expect(heading(el)).to.equal(en.questions['urgent-signs'].title);
    await clickPart(el, 'back');
    expect(heading(el)).to.equal(en.questions.signs.title);
  });

  it('shows what is true now when a prepared screen went stale', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['breath']);
    await ready();
    expect(spares(el).some((s) => s.querySelector('[part~=result]'))).to.be.true;
    // The page changes the emergency number after the card was prepared.
    el.emergencyNumber = '112';
    await clickPart(el, 'continue');
    expect(screen(el).textContent).to.include('call 112 now');
    expect(screen(el).textContent).to.not.include('911');
    expect(screen(el).querySelector('a[href="tel:112"]')).to.exist;
  });

  it('shows a prepared screen as it is only when all it shows still holds: not after a language switch', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['none']);
    await clickPart(el, 'continue');
    await choose(el, ['swollen']);
    await ready();
    // Back and Continue are both prepared, in English.
    expect(prepared(el)).to.include(en.questions.signs.title);
    languageButton(el, 'Español').click();
    for (let i = 0; i < 200 && heading(el) === en.questions['urgent-signs'].title; i++)
      await wait(10);
    await settle(el);
    // At once, before anything is prepared again: the English screens are not what Back shows.
    await clickPart(el, 'back');
    expect(heading(el)).to.equal(LANGUAGES.es.questions.signs.title);
    expect(screen(el).querySelector('[part~=card]')!.getAttribute('lang')).to.equal('es');
  });

  it('a card prepared while the nearest office was being found shows the offices sorted', async () => {
    let found: PositionCallback | undefined;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {getCurrentPosition: (ok: PositionCallback) => (found = ok)},
    });
    try {
      const office = (name: string, lat: number, lng: number) => ({name, lat, lng});
      const el = await fixture<LegPainCheck>(
        html`<leg-pain-check
          .offices=${[office('Kalamazoo', 42.29, -85.59), office('Battle Creek', 42.32, -85.18)]}
        ></leg-pain-check>`,
      );
      await answerAll(el, [['none'], ['swollen']]);
      part(el, 'nearest')!.click();
      await settle(el);
      // Still looking: the visitor starts again and comes back to the same card.
      await clickPart(el, 'restart');
      await choose(el, ['none']);
      await clickPart(el, 'continue');
      await choose(el, ['swollen']);
      await ready();
      expect(spares(el).some((s) => s.querySelector('[part~=result]'))).to.be.true;
      found!({coords: {latitude: 42.33, longitude: -85.2}} as GeolocationPosition);
      await settle(el);
      await clickPart(el, 'continue');
      expect(screen(el).querySelector('[part~=result]')!.textContent).to.include(en.ui.located);
    } finally {
      delete (navigator as {geolocation?: unknown}).geolocation;
    }
  });

  it('a visitor never meets a hidden screen: not seen, not focused, no room taken, no id shared', async () => {
    const el = await configured();
    await clickPart(el, 'start');
    await choose(el, ['breath']);
    await ready();
    // Several screens in the shadow root now: the long card among them.
    expect(spares(el).filter((s) => s.querySelector('.card')).length).to.equal(2);
    for (const spare of spares(el)) {
      expect(getComputedStyle(spare).contentVisibility).to.equal('hidden');
      for (const node of spare.querySelectorAll<HTMLElement>('*')) {
        expect(node.checkVisibility(), node.localName).to.be.false;
      }
      expect(spare.getBoundingClientRect().height).to.equal(0);
    }
    for (const node of screen(el).querySelectorAll<HTMLElement>('h2, button')) {
      expect(node.checkVisibility(), node.localName).to.be.true;
    }
    // Every id once in the shadow root, so a label or description never points into a hidden
    // screen; input names apart, so a hidden radio never unticks a shown one.
    const ids = [...shadow(el).querySelectorAll('[id]')].map((n) => n.id);
    expect(ids.length).to.be.above(2);
    expect(new Set(ids).size).to.equal(ids.length);
    const names = (root: Element) =>
      new Set([...root.querySelectorAll('input')].map((i) => i.name));
    for (const spare of spares(el)) {
      for (const name of names(spare)) expect(names(screen(el)).has(name)).to.be.false;
    }
    // Tab moves only through the screen on show.
    for (const target of spares(el).flatMap((s) => [
      ...s.querySelectorAll<HTMLElement>('a, button, input'),
    ])) {
      target.focus();
      expect(shadow(el).activeElement).to.not.equal(target);
    }
  });

  it('says the result in one live region, outside the screens, only on a card', async () => {
    const el = await configured();
    const status = shadow(el).querySelector('[role=status]')!;
    expect(status.closest('.screen')).to.equal(null);
    await clickPart(el, 'start');
    await choose(el, ['breath']);
    await ready();
    // A card prepared out of sight says nothing.
    expect(status.textContent!.trim()).to.equal('');
    // Said once the card is drawn, in a task of its own.
    const drawn = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 10)));
    await clickPart(el, 'continue');
    await drawn();
    expect(status.textContent).to.include('Emergency: call 911 now');
    expect(shadow(el).querySelectorAll('[role=status]').length).to.equal(1);
    await clickPart(el, 'restart');
    await drawn();
    expect(status.textContent!.trim()).to.equal('');
  });
});
