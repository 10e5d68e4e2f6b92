import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/leg-pain-check.js';
import {LegPainCheck} from '../src/leg-pain-check.element.js';
import {en} from '../src/i18n/en.js';
import {TREE} from '../src/tree/tree.js';
import {shortestPaths} from './helpers/walk.js';
import type {ResultEvent} from '../src/events.js';
import {
  answerAll,
  choose,
  clickPart,
  heading,
  part,
  settle,
  shadow,
  warnings,
} from './helpers/drive.js';

const configured = () =>
  fixture<LegPainCheck>(html`
    <leg-pain-check
      clinic-name="Lakeshore Vascular"
      phone="(269) 555-0100"
      booking-url="https://example.com/book"
      offices="Kalamazoo; Allegan"
    >
      <leg-pain-office
        name="Kalamazoo"
        address="100 Main St"
        phone="(269) 555-0101"
        booking-url="https://example.com/kalamazoo"
      ></leg-pain-office>
      <leg-pain-office name="Sturgis" phone="(269) 555-0106"></leg-pain-office>
    </leg-pain-check>
  `);

describe('<leg-pain-check>', () => {
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
    expect(heading(el)).to.equal(en.questions.where.title);
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

  it('shows a result card and fires lpc-result with the outcome and level only', async () => {
    const el = await configured();
    await answerAll(el, shortestPaths(TREE).get('claudication')!.slice(0, -1));
    await choose(el, ['calf']);
    const event = oneEvent(el, 'lpc-result') as Promise<ResultEvent>;
    part(el, 'continue')!.click();
    const {detail, bubbles, composed} = await event;
    expect(detail).to.deep.equal({outcome: 'claudication', level: 'routine'});
    expect(bubbles && composed).to.be.true;
    await settle(el);
    const card = part(el, 'result')!;
    expect(card.classList.contains('routine')).to.be.true;
    expect(heading(el)).to.equal(en.outcomes.claudication.title);
    const text = card.textContent!;
    expect(text).to.include(en.ui.levels.routine);
    expect(text).to.include(en.ui.visit);
    expect(text).to.include(en.outcomes.claudication.tell!);
    expect(text).to.not.include(en.ui.tell);
    expect(text).to.include(en.outcomes.claudication.call[0].replace('{number}', '911'));
    expect(text).to.include(en.ui.notDiagnosis);
    expect(text).to.include(en.questions['walk-where'].options.calf);
    // The clinic's contact: phone, booking link and offices.
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:2695550100');
    expect(part(el, 'book')!.getAttribute('href')).to.equal('https://example.com/book');
  });

  it('shows an emergency card with a tel: link to the emergency number', async () => {
    const el = await configured();
    el.setAttribute('emergency-number', '112');
    await answerAll(el, [['breath', 'unwell']]);
    const call = part(el, 'emergency') as HTMLAnchorElement;
    expect(call.getAttribute('href')).to.equal('tel:112');
    expect(call.textContent).to.include('112');
    expect(part(el, 'result')!.classList.contains('emergency')).to.be.true;
    expect(heading(el)).to.equal(en.outcomes['lung-clot'].title);
  });

  it('keeps every sign ticked: the gravest leads, the others are listed with their advice', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['swollen', 'pop', 'statin']]);
    expect(heading(el)).to.equal(en.outcomes['torn-tendon'].title);
    const card = part(el, 'result')!;
    expect(card.textContent).to.include(en.ui.also);
    const alsoHeading = [...card.querySelectorAll('h3')].find((h) => h.textContent === en.ui.also)!;
    const also = [...alsoHeading.nextElementSibling!.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(also).to.deep.equal([
      `${en.outcomes['muscle-damage'].title}. ${en.ui.levels.urgent}.`,
      `${en.outcomes['leg-clot'].title}. ${en.ui.levels.urgent}.`,
    ]);
    // "What you told us": each ticked item on a line of its own.
    const lines = [...card.querySelectorAll('.told ul li')].map((li) => li.textContent!.trim());
    for (const id of ['swollen', 'pop', 'statin']) {
      expect(lines).to.include(en.questions['urgent-signs'].options[id]);
    }
  });

  it('shows one sign alone without an "also" list', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['pop']]);
    expect(part(el, 'result')!.textContent).to.not.include(en.ui.also);
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
    expect(groups.length).to.equal(3);
  });

  it('shows a self-care card with home steps and the signs to get help', async () => {
    const el = await configured();
    await answerAll(el, [
      ['none'],
      ['none'],
      ['both'],
      ['muscle'],
      ['next-day'],
      ['new'],
      ['ok'],
      ['days1to3'],
    ]);
    const text = part(el, 'result')!.textContent!;
    expect(text).to.include(en.ui.home);
    expect(text).to.include(en.ui.todayIf);
    expect(text).to.include(en.outcomes.doms.today[0]);
    expect(text).to.include(en.ui.callIf.replace('{number}', '911'));
    expect(part(el, 'call')).to.equal(null);
  });

  it('prints the result, the answers, the date and the offices, without buttons', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['swollen']]);
    const card = part(el, 'result')!;
    const visible = (node: Element) => getComputedStyle(node).display !== 'none';
    const dateLine = card.querySelector('.print-only')!;
    expect(visible(dateLine)).to.be.false;
    await emulateMedia({media: 'print'});
    try {
      expect(visible(dateLine)).to.be.true;
      expect(dateLine.textContent).to.include(en.ui.printed);
      expect(dateLine.textContent).to.include(String(new Date().getFullYear()));
      for (const button of shadow(el).querySelectorAll('button')) {
        expect(visible(button), button.textContent!).to.be.false;
      }
      expect(visible(card.querySelector('.told')!)).to.be.true;
      expect(visible(card.querySelector('[part~=office]')!)).to.be.true;
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('starts again from the result', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['pop']]);
    await clickPart(el, 'restart');
    expect(heading(el)).to.equal(en.questions.signs.title);
    expect(shadow(el).querySelectorAll('input:checked').length).to.equal(0);
  });

  it('reads offices from the attribute and from child elements', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['swollen']]);
    const offices = [...shadow(el).querySelectorAll('[part~=office]')];
    expect(offices.map((o) => o.querySelector('strong')!.textContent)).to.deep.equal([
      'Kalamazoo',
      'Allegan',
      'Sturgis',
    ]);
    expect(offices[0].textContent).to.include('100 Main St');
    expect(offices[0].querySelector('a[href="tel:2695550101"]')).to.exist;
  });

  it('updates when an attribute changes or an office is added after load', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['swollen']]);
    el.setAttribute('clinic-name', 'Riverside Veins');
    el.setAttribute('phone', '+1 517 555 0199');
    await settle(el);
    expect(part(el, 'call')!.textContent).to.include('Riverside Veins');
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:+15175550199');
    const office = document.createElement('leg-pain-office');
    office.setAttribute('name', 'Coldwater');
    el.append(office);
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(shadow(el).textContent).to.include('Coldwater');
    office.setAttribute('name', 'Three Rivers');
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(shadow(el).textContent).to.include('Three Rivers');
    expect(shadow(el).textContent).to.not.include('Coldwater');
  });

  it('accepts offices as a property from frameworks', async () => {
    const el = await fixture<LegPainCheck>(html`<leg-pain-check></leg-pain-check>`);
    el.offices = [{name: 'Allegan', phone: '(269) 555-0102', lat: 42.5, lng: -85.8}];
    await answerAll(el, [['none'], ['swollen']]);
    expect(shadow(el).querySelector('[part~=office]')!.textContent).to.include('Allegan');
  });

  it("works with nothing configured and points to the visitor's own doctor", async () => {
    const el = await fixture<LegPainCheck>(html`<leg-pain-check></leg-pain-check>`);
    await answerAll(el, [['none'], ['swollen']]);
    expect(part(el, 'result')!.textContent).to.include(en.ui.ownDoctor);
    expect(part(el, 'call')).to.equal(null);
  });

  it('runs several widgets on one page independently', async () => {
    const box = await fixture<HTMLDivElement>(html`
      <div>
        <leg-pain-check clinic-name="One" phone="(269) 555-0101"></leg-pain-check>
        <leg-pain-check clinic-name="Two" phone="(517) 555-0102"></leg-pain-check>
      </div>
    `);
    const [one, two] = [...box.querySelectorAll('leg-pain-check')];
    await settle(one);
    await settle(two);
    await answerAll(one, [['none'], ['swollen']]);
    expect(part(one, 'result')).to.exist;
    expect(heading(two)).to.equal(en.ui.title);
    await answerAll(two, [['none'], ['pop']]);
    expect(part(one, 'call')!.textContent).to.include('One');
    expect(part(two, 'call')!.textContent).to.include('Two');
    expect(heading(one)).to.equal(en.outcomes['leg-clot'].title);
    expect(heading(two)).to.equal(en.outcomes['torn-tendon'].title);
  });

  it('warns about an attribute typo, naming it and the fix', async () => {
    const logged = await warnings(() =>
      fixture(html`<leg-pain-check clinic_name="X" phone-number="1"></leg-pain-check>`),
    );
    expect(logged.some((w) => w.includes('clinic_name') && w.includes('"clinic-name"'))).to.be.true;
    expect(logged.some((w) => w.includes('phone-number') && w.includes('"phone"'))).to.be.true;
  });

  it('warns about a typo added after load, but not about fallback content', async () => {
    const el = await fixture<LegPainCheck>(
      html`<leg-pain-check
        ><p>Call <a href="tel:1">us</a></p></leg-pain-check
      >`,
    );
    const logged = await warnings(async () => {
      el.setAttribute('boking-url', 'https://example.com');
      el.querySelector('a')!.setAttribute('title', 'Call');
      const office = document.createElement('leg-pain-office');
      office.setAttribute('nmae', 'Allegan');
      el.append(office);
      await new Promise((r) => setTimeout(r));
    });
    expect(logged.length).to.equal(3);
    expect(logged[0]).to.include('"booking-url"');
    expect(
      logged.some((w) => w.startsWith('<leg-pain-office> nmae="Allegan"') && w.includes('"name"')),
    ).to.be.true;
  });

  it('falls back to English for an unknown language, with one warning per element', async () => {
    const logged = await warnings(async () => {
      const a = await fixture<LegPainCheck>(html`<leg-pain-check lang="xx-YY"></leg-pain-check>`);
      await clickPart(a, 'start');
      a.phone = '555 0100';
      await settle(a);
      expect(heading(a)).to.equal(en.questions.signs.title);
    });
    expect(logged.filter((w) => w.includes('xx')).length).to.equal(1);
  });

  it('follows the theme attribute, warns about an unknown one, and never rewrites it', async () => {
    const el = await fixture<LegPainCheck>(html`<leg-pain-check theme="dark"></leg-pain-check>`);
    const background = () => getComputedStyle(part(el, 'card')!).backgroundColor;
    expect(background()).to.equal('rgb(22, 27, 33)');
    const logged = await warnings(async () => {
      el.setAttribute('theme', 'purple');
      await settle(el);
    });
    expect(logged[0]).to.include('theme="purple"');
    // The page's attribute is the page's: the widget reads it and uses auto, nothing written back.
    expect(el.getAttribute('theme')).to.equal('purple');
    expect(background()).to.equal('rgb(255, 255, 255)');
    const quiet = await warnings(async () => {
      el.removeAttribute('theme');
      await settle(el);
    });
    expect(quiet).to.deep.equal([]);
  });

  it('uses --lpc-accent in light mode and --lpc-dark-accent in dark mode', async () => {
    const el = await fixture<LegPainCheck>(
      html`<leg-pain-check
        theme="light"
        style="--lpc-accent: #7a1f5c; --lpc-dark-accent: #f0a8d8"
      ></leg-pain-check>`,
    );
    // What the Start button paints, with transitions off so the colour is final at once.
    await emulateMedia({reducedMotion: 'reduce'});
    const start = () => getComputedStyle(part(el, 'start')!).backgroundColor;
    try {
      expect(start()).to.equal('rgb(122, 31, 92)');
      el.theme = 'dark';
      await settle(el);
      expect(start()).to.equal('rgb(240, 168, 216)');
      el.style.removeProperty('--lpc-dark-accent');
      expect(start()).to.equal('rgb(140, 196, 255)');
    } finally {
      await emulateMedia({reducedMotion: 'no-preference'});
    }
  });
});
