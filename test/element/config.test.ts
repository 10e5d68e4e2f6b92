import {expect, fixture, html} from '@open-wc/testing';
import '../../src/leg-pain-check.js';
import type {LegPainCheck} from '../../src/leg-pain-check.element.js';
import {en} from '../../src/i18n/en.js';
import {
  answerAll,
  clickPart,
  configured,
  heading,
  part,
  settle,
  screen,
  warnings,
} from '../helpers/drive.js';

describe('<leg-pain-check>: configuration from the page: offices, attributes, typos, language, theme', () => {
  it('reads offices from the attribute and from child elements', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['swollen']]);
    const offices = [...screen(el).querySelectorAll('[part~=office]')];
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
    expect(screen(el).textContent).to.include('Coldwater');
    office.setAttribute('name', 'Three Rivers');
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(screen(el).textContent).to.include('Three Rivers');
    expect(screen(el).textContent).to.not.include('Coldwater');
  });

  it('accepts offices as a property from frameworks', async () => {
    const el = await fixture<LegPainCheck>(html`<leg-pain-check></leg-pain-check>`);
    el.offices = [{name: 'Allegan', phone: '(269) 555-0102', lat: 42.5, lng: -85.8}];
    await answerAll(el, [['none'], ['swollen']]);
    expect(screen(el).querySelector('[part~=office]')!.textContent).to.include('Allegan');
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
});
