/**
 * Accessibility, in a real browser: axe-core (WCAG 2.2 AA rules) on every screen of a path to
 * every outcome, light and dark; a whole check done with the keyboard alone; focus on each new
 * heading; reflow at 320 px; target sizes; reduced motion.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/leg-pain-check.js';
import type {LegPainCheck} from '../src/leg-pain-check.element.js';
import {LANGUAGES} from './helpers/languages.js';
import {en} from '../src/i18n/en.js';
import {TREE} from '../src/tree/tree.js';
import {
  afterFrame,
  answerAll,
  choose,
  clickPart,
  heading,
  part,
  settle,
  screen,
  shadow,
  visuallyHidden,
} from './helpers/drive.js';
import {shortestPaths} from './helpers/walk.js';

// Shortest paths to each outcome, found on first use rather than at module load.
let shortest: Map<string, string[][]> | undefined;
const pathTo = (outcome: string) => (shortest ??= shortestPaths(TREE)).get(outcome)!;
const THEMES = ['light', 'dark'] as const;

// Everything a result card can show: clinic links, offices with details and coordinates.
const widget = (theme: string, lang = 'en') =>
  fixture<LegPainCheck>(html`
    <leg-pain-check
      theme=${theme}
      lang=${lang}
      clinic-name="Lakeshore Vein &amp; Vascular"
      phone="(269) 555-0100 ext. 2"
      booking-url="https://example.com/book"
      emergency-number="911"
    >
      <leg-pain-office
        name="Kalamazoo"
        address="1200 Oakland Dr, Kalamazoo, MI 49008"
        phone="(269) 555-0101"
        booking-url="https://example.com/book/kalamazoo"
        lat="42.2917"
        lng="-85.5872"
      ></leg-pain-office>
      <leg-pain-office name="St. Joseph - Benton Harbor Lakeshore Office"></leg-pain-office>
    </leg-pain-check>
  `);

/** axe-core over the widget, shadow DOM included, with WCAG 2.0 to 2.2 A and AA rules. */
async function accessible(el: LegPainCheck, where: string) {
  await settle(el);
  try {
    await expect(el).to.be.accessible({
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
    } as never);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

describe('accessibility (axe-core)', () => {
  for (const theme of THEMES) {
    it(`the intro and the error message pass, ${theme}`, async () => {
      const el = await widget(theme);
      await accessible(el, 'intro');
      await clickPart(el, 'start');
      await clickPart(el, 'continue');
      expect(screen(el).querySelector('[role=alert]')!.textContent).to.include(en.ui.errorMany);
      await accessible(el, 'error');
    });

    for (const {id: outcome} of TREE.outcomes) {
      it(`every step to "${outcome}" passes, ${theme}`, async () => {
        const steps = pathTo(outcome);
        const el = await widget(theme);
        await clickPart(el, 'start');
        for (const [i, chosen] of steps.entries()) {
          await accessible(el, `step ${i + 1} (${heading(el)}), nothing chosen`);
          await choose(el, chosen);
          await accessible(el, `step ${i + 1} (${heading(el)}), ${chosen.join('+')} chosen`);
          await clickPart(el, 'continue');
        }
        expect(part(el, 'result')).to.exist;
        await accessible(el, `result "${outcome}"`);
      });
    }
  }

  it('notices a violation (so the checks above can fail)', async () => {
    const el = await widget('light');
    el.style.setProperty('--lpc-muted', '#d0d0d0');
    let failed = false;
    try {
      await accessible(el, 'intro with pale text');
    } catch (error) {
      failed = true;
      expect((error as Error).message).to.include('color-contrast');
    }
    expect(failed, 'axe reported the pale text').to.be.true;
  });

  it('a result with nothing configured passes', async () => {
    const el = await fixture<LegPainCheck>(html`<leg-pain-check></leg-pain-check>`);
    await answerAll(el, pathTo('claudication'));
    await accessible(el, 'unconfigured claudication result');
  });

  for (const lang of Object.keys(LANGUAGES).filter((l) => l !== 'en')) {
    it(`the intro, a question and each level's card pass in "${lang}"`, async () => {
      for (const outcome of ['lung-clot', 'leg-clot', 'claudication', 'doms']) {
        const el = await widget('auto', lang);
        await accessible(el, `${lang} intro`);
        await clickPart(el, 'start');
        for (const chosen of pathTo(outcome)) {
          await accessible(el, `${lang} question "${heading(el)}"`);
          await choose(el, chosen);
          await clickPart(el, 'continue');
        }
        await accessible(el, `${lang} result "${outcome}"`);
      }
    });
  }
});

/** Presses Tab until `target` has focus inside the widget; fails after 40 presses. */
async function tabTo(el: LegPainCheck, target: Element) {
  for (let i = 0; i < 40 && shadow(el).activeElement !== target; i++) {
    await sendKeys({press: 'Tab'});
  }
  expect(shadow(el).activeElement, 'reached by Tab').to.equal(target);
}

const input = (el: LegPainCheck, value: string) =>
  screen(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

/** Picks an answer as a keyboard user does: Space on a checkbox, arrow keys in a radio group. */
async function pick(el: LegPainCheck, value: string) {
  const target = input(el, value);
  if (target.type === 'checkbox') {
    await tabTo(el, target);
    await sendKeys({press: 'Space'});
  } else {
    // Tab enters a radio group once; the arrow keys move and choose inside it.
    await tabTo(el, screen(el).querySelector('input[type=radio]')!);
    for (let i = 0; i < 10 && shadow(el).activeElement !== target; i++) {
      await sendKeys({press: 'ArrowDown'});
    }
    if (!target.checked) await sendKeys({press: 'Space'});
  }
  await settle(el);
  expect(target.checked, `${value} chosen`).to.be.true;
}

async function press(el: LegPainCheck, name: string) {
  await tabTo(el, part(el, name)!);
  await sendKeys({press: 'Enter'});
  await settle(el);
  // Focus moves to the new heading in a task just after the frame that shows it.
  await afterFrame();
}

/** The new step's heading has focus, and the focus ring shows. */
function expectHeadingFocused(el: LegPainCheck, title: string) {
  const active = shadow(el).activeElement as HTMLElement;
  expect(active?.localName, 'focus on the heading').to.equal('h2');
  expect(active.textContent!.trim()).to.equal(title);
}

function expectFocusRing(el: LegPainCheck) {
  const active = shadow(el).activeElement!;
  const style = getComputedStyle(active);
  expect(style.outlineStyle, `focus ring on ${active.localName}`).to.equal('solid');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

describe('keyboard and screen reader', () => {
  it('completes a whole check with the keyboard alone, focus on each new heading', async () => {
    const el = await widget('light');
    const results: string[] = [];
    el.addEventListener('lpc-result', (e) => results.push(e.detail.outcome));
    await press(el, 'start');
    expectHeadingFocused(el, en.questions.signs.title);
    const steps: [string, string][] = [
      ['signs', 'none'],
      ['urgent-signs', 'none'],
      ['legs', 'both'],
      ['where-both', 'calf'],
      ['since', 'long'],
      ['pattern-long', 'walking'],
      ['walk-rest', 'no'],
      ['walk-hill', 'yes'],
      ['walk-stop', 'goes'],
      ['walk-where', 'calf'],
    ];
    for (const [question, value] of steps) {
      expectHeadingFocused(el, en.questions[question as keyof typeof en.questions].title);
      await pick(el, value);
      expectFocusRing(el);
      await press(el, 'continue');
    }
    expect(results).to.deep.equal(['claudication']);
    expectHeadingFocused(el, en.outcomes.claudication.title);
    // The level is said in words, and announced.
    expect(part(el, 'level')!.textContent).to.include(en.ui.levels.routine);
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.include(en.ui.levels.routine);
    await press(el, 'restart');
    expectHeadingFocused(el, en.questions.signs.title);
  });

  it('Back by keyboard restores the previous answer and focuses its heading', async () => {
    const el = await widget('light');
    await press(el, 'start');
    await pick(el, 'none');
    await press(el, 'continue');
    await pick(el, 'none');
    await press(el, 'continue');
    await pick(el, 'both');
    await press(el, 'continue');
    expectHeadingFocused(el, en.questions['where-both'].title);
    await press(el, 'back');
    expectHeadingFocused(el, en.questions.legs.title);
    expect(input(el, 'both').checked).to.be.true;
    await press(el, 'back');
    expectHeadingFocused(el, en.questions['urgent-signs'].title);
    expect(input(el, 'none').checked).to.be.true;
    await press(el, 'back');
    await press(el, 'back');
    expectHeadingFocused(el, en.ui.title);
  });

  it('moves focus to the new heading once the new screen is drawn, and only on the screen on show', async () => {
    const el = await widget('light');
    part(el, 'start')!.click();
    await settle(el);
    // The step itself draws the new screen and moves no focus: no style and layout forced for a
    // focus before the visitor sees the screen. (Elements compared as booleans: chai's message
    // for two elements can hang the page.)
    expect(heading(el)).to.equal(en.questions.signs.title);
    const h2 = screen(el).querySelector('h2');
    expect(shadow(el).activeElement === h2, 'focus moved within the step').to.be.false;
    await afterFrame();
    expectHeadingFocused(el, en.questions.signs.title);
    expect(screen(el).contains(shadow(el).activeElement)).to.be.true;
    // Two steps before a frame is drawn (Continue, then Back at once): focus goes to the heading
    // of the screen that shows, never to the one swapped out in between.
    await choose(el, ['none']);
    await afterFrame();
    part(el, 'continue')!.click();
    await settle(el);
    expect(heading(el)).to.equal(en.questions['urgent-signs'].title);
    part(el, 'back')!.click();
    await settle(el);
    await afterFrame();
    expectHeadingFocused(el, en.questions.signs.title);
    expect(screen(el).contains(shadow(el).activeElement)).to.be.true;
  });

  it('shows the new heading in the first frame of a step taken at the foot of a long question', async () => {
    await setViewport({width: 360, height: 640});
    try {
      const el = await widget('light');
      await clickPart(el, 'start');
      await choose(el, ['none']);
      await afterFrame();
      // The visitor scrolled down the list of signs to Continue.
      part(el, 'continue')!.scrollIntoView();
      await afterFrame();
      expect(screen(el).querySelector('h2')!.getBoundingClientRect().bottom).to.be.below(0);
      part(el, 'continue')!.click();
      await settle(el);
      // Before any frame, and before focus moves: the new heading is already in view.
      const {top, bottom} = screen(el).querySelector('h2')!.getBoundingClientRect();
      expect(heading(el)).to.equal(en.questions['urgent-signs'].title);
      expect(top, 'heading top (scroll offsets are whole pixels)').to.be.at.least(-1);
      expect(bottom, 'heading bottom').to.be.at.most(innerHeight + 1);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('shows the focus ring on every button, link and answer', async () => {
    const el = await widget('dark');
    await answerAll(el, pathTo('claudication'));
    const targets = [...screen(el).querySelectorAll<HTMLElement>('a, button')];
    expect(targets.length).to.be.greaterThan(5);
    for (const target of targets) {
      await tabTo(el, target);
      expectFocusRing(el);
    }
  });

  it('each question is a fieldset whose legend holds the heading', async () => {
    const el = await widget('light');
    await clickPart(el, 'start');
    for (const chosen of pathTo('exertional-compartment')) {
      const legend = screen(el).querySelector('fieldset > legend');
      expect(legend?.querySelector('h2')?.textContent).to.equal(heading(el));
      await choose(el, chosen);
      await clickPart(el, 'continue');
    }
  });
});

describe('any screen', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  /**
   * Screens to check: the intro, the longest question, and a card of each level. Each widget sits
   * in a grid column, as in many site layouts: a grid item grows to its content's min-content
   * width, so anything in the widget that cannot shrink would push it past the screen.
   */
  async function eachScreen(lang: string, check: (el: LegPainCheck, where: string) => void) {
    const inGrid = async () => {
      const el = await widget('light', lang);
      const grid = document.createElement('div');
      grid.style.display = 'grid';
      el.replaceWith(grid);
      grid.append(el);
      await settle(el);
      return el;
    };
    const el = await inGrid();
    check(el, 'intro');
    await clickPart(el, 'start');
    check(el, 'warning signs');
    for (const outcome of ['lung-clot', 'leg-clot', 'claudication', 'doms']) {
      const fresh = await inGrid();
      await answerAll(fresh, pathTo(outcome));
      check(fresh, `result "${outcome}"`);
    }
  }

  for (const lang of Object.keys(LANGUAGES)) {
    // 320 px is 1280 px at 400% zoom (WCAG 1.4.10); 640 px is 200% (1.4.4).
    for (const width of [320, 640]) {
      it(`has no horizontal scrolling at ${width} px ("${lang}")`, async () => {
        await setViewport({width, height: 700});
        await eachScreen(lang, (el, where) => {
          expect(document.documentElement.scrollWidth, `${where}: page width`).to.be.at.most(width);
          for (const node of screen(el).querySelectorAll<HTMLElement>('*')) {
            const box = node.getBoundingClientRect();
            // Visually hidden text (a live region, screen-reader hints) takes no room on screen.
            if (box.width === 0 || visuallyHidden(node)) continue;
            expect(
              box.right,
              `${where}: ${node.localName} "${node.textContent!.trim().slice(0, 30)}" fits`,
            ).to.be.at.most(width);
          }
        });
      });
    }
  }

  it('keeps targets at least 44 px, and small links at least 24 px high', async () => {
    await setViewport({width: 360, height: 700});
    await eachScreen('en', (el, where) => {
      const root = shadow(el);
      for (const target of root.querySelectorAll<HTMLElement>(
        'button, a[part~=button], [part~=option]',
      )) {
        const box = target.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.height, `${where}: ${target.textContent!.trim()} height`).to.be.at.least(44);
        expect(box.width, `${where}: ${target.textContent!.trim()} width`).to.be.at.least(44);
      }
      for (const target of root.querySelectorAll<HTMLElement>('input')) {
        const box = target.getBoundingClientRect();
        expect(Math.min(box.width, box.height), `${where}: input`).to.be.at.least(24);
      }
      // Links inside a sentence are exempt (WCAG 2.5.8 "inline"); the rest are at least 24 px.
      for (const link of root.querySelectorAll<HTMLElement>('a:not(.button)')) {
        if (link.closest('p.note')) continue;
        expect(link.getBoundingClientRect().height, `${where}: ${link.textContent}`).to.be.at.least(
          24,
        );
      }
    });
  });

  it('does not shrink with a tiny root font size on the page', async () => {
    const root = document.documentElement;
    root.style.fontSize = '6px';
    try {
      const el = await widget('light');
      expect(getComputedStyle(screen(el).querySelector('p')!).fontSize).to.equal('18px');
      expect(part(el, 'start')!.getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      root.style.fontSize = '';
    }
  });

  it('honours prefers-reduced-motion', async () => {
    const el = await widget('light');
    const button = part(el, 'start')!;
    await emulateMedia({reducedMotion: 'no-preference'});
    expect(getComputedStyle(button).transitionDuration).to.not.equal('0s');
    await emulateMedia({reducedMotion: 'reduce'});
    try {
      expect(getComputedStyle(button).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({reducedMotion: 'no-preference'});
    }
  });

  it('follows prefers-color-scheme when theme is auto', async () => {
    const el = await widget('auto');
    try {
      // The dark default background, #161b21: read from what is painted, not a class.
      const dark = () => getComputedStyle(part(el, 'card')!).backgroundColor === 'rgb(22, 27, 33)';
      await emulateMedia({colorScheme: 'dark'});
      await waitUntil(dark, 'dark when the system is dark');
      await emulateMedia({colorScheme: 'light'});
      await waitUntil(() => !dark(), 'light when the system is light');
    } finally {
      await emulateMedia({colorScheme: 'light'});
    }
  });
});
