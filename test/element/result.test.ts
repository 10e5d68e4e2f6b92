import {expect, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/leg-pain-check.js';
import type {ResultEvent} from '../../src/events.js';
import {en} from '../../src/i18n/en.js';
import {TREE} from '../../src/tree/tree.js';
import {
  answerAll,
  choose,
  clickPart,
  configured,
  heading,
  listUnder,
  part,
  settle,
  screen,
} from '../helpers/drive.js';
import {shortestPaths} from '../helpers/walk.js';
import {cardLists} from '../../src/views/card.js';

const toldList = (card: Element) => listUnder(card, en.ui.why);

describe('<leg-pain-check>: the result card', () => {
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
    await answerAll(el, [['breath', 'cold-leg']]);
    const call = part(el, 'emergency') as HTMLAnchorElement;
    expect(call.getAttribute('href')).to.equal('tel:112');
    expect(call.textContent).to.include('112');
    expect(part(el, 'level')!.textContent).to.include(
      en.ui.levels.emergency.replace('{number}', '112'),
    );
    expect(heading(el)).to.equal(en.outcomes['lung-clot'].title);
  });

  it('keeps every sign ticked: the gravest leads, the others are listed with their advice', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['swollen', 'pop', 'statin']]);
    expect(heading(el)).to.equal(en.outcomes['torn-tendon'].title);
    const card = part(el, 'result')!;
    expect(card.textContent).to.include(en.ui.also);
    const alsoHeading = [...card.querySelectorAll('h3')].find((h) => h.textContent === en.ui.also)!;
    const flat = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
    // The item's own line, without its list of steps.
    const line = (li: Element) => {
      const copy = li.cloneNode(true) as Element;
      copy.querySelector('ul')?.remove();
      return flat(copy);
    };
    const also = [...alsoHeading.nextElementSibling!.children].map((li) => ({
      said: line(li),
      steps: [...li.querySelectorAll('ul li')].map(flat),
    }));
    // Each with its own steps, less any the card already gives; the level only where it differs.
    const step = {
      kind: 'outcome' as const,
      outcome: TREE.outcomes.find((o) => o.id === 'torn-tendon')!,
      also: ['muscle-damage', 'leg-clot'].map((id) => TREE.outcomes.find((o) => o.id === id)!),
      path: [],
    };
    const lists = cardLists(en, step);
    expect(lists.also[0].now).to.have.length.above(2);
    expect(also).to.deep.equal([
      {said: `${en.outcomes['muscle-damage'].title}.`, steps: lists.also[0].now},
      {said: `${en.outcomes['leg-clot'].title}.`, steps: lists.also[1].now},
    ]);
    // Every sign's "Call 911 if" lines, the headline's first, none twice.
    const callList = [...listUnder(card, en.ui.callIf.replace('{number}', '911')).children].map(
      flat,
    );
    expect(callList).to.deep.equal(lists.call.map((line) => line.replace('{number}', '911')));
    for (const id of ['torn-tendon', 'muscle-damage', 'leg-clot'] as const) {
      for (const line of en.outcomes[id].call) expect(callList.join(' ')).to.include(line);
    }
    expect(new Set(callList).size).to.equal(callList.length);
    // The card's own steps come before the other signs and theirs.
    const headings = [...card.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings.indexOf(en.ui.now)).to.be.below(headings.indexOf(en.ui.also));
    // "What you told us": each ticked item on a line of its own.
    const lines = [...toldList(card).querySelectorAll('ul li')].map((li) => li.textContent!.trim());
    for (const id of ['swollen', 'pop', 'statin']) {
      expect(lines).to.include(en.questions['urgent-signs'].options[id]);
    }
  });

  it('shows one sign alone without an "also" list', async () => {
    const el = await configured();
    await answerAll(el, [['none'], ['pop']]);
    expect(part(el, 'result')!.textContent).to.not.include(en.ui.also);
  });

  it('shows a self-care card with home steps and the signs to get help', async () => {
    const el = await configured();
    await answerAll(el, [
      ['none'],
      ['none'],
      ['both'],
      ['calf'],
      ['recent'],
      ['next-day'],
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
    const dateLine = [...card.querySelectorAll('p')].find((p) =>
      p.textContent!.includes(en.ui.printed),
    )!;
    expect(visible(dateLine)).to.be.false;
    await emulateMedia({media: 'print'});
    try {
      expect(visible(dateLine)).to.be.true;
      expect(dateLine.textContent).to.include(en.ui.printed);
      // Today's date where the visitor is, not in UTC, as YYYY-MM-DD.
      const now = new Date();
      const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
        .map((n) => String(n).padStart(2, '0'))
        .join('-');
      expect(dateLine.textContent).to.include(today);
      for (const button of screen(el).querySelectorAll('button')) {
        expect(visible(button), button.textContent!).to.be.false;
      }
      expect(visible(toldList(card))).to.be.true;
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
    expect(screen(el).querySelectorAll('input:checked').length).to.equal(0);
  });
});
