// What a screen reader can reach without scrolling: the browser's own accessibility tree (CDP),
// on a phone-sized page, for the longest warning step and a result card. Nothing may be left out
// until scrolled near (content-visibility: auto did that), and no focus ring may be clipped.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {LIVE, useBrowser} from './browser.mjs';

const {en} = await import('../../build/src/i18n/en.js');
const env = useBrowser();

async function open(steps) {
  const page = await env.browser.newPage({viewport: {width: 360, height: 640}});
  await page.goto(`${env.origin}/`);
  const widget = page.locator(LIVE).first();
  await widget.locator('[part~=card]').waitFor();
  await widget.locator('[part~=start]').click();
  for (const step of steps) {
    for (const value of step) await widget.locator(`input[value="${value}"]`).check();
    await widget.locator('[part~=continue]').click();
  }
  await page.waitForTimeout(300);
  // At rest: the page scrolled to the top, the widget's lower part far below the screen.
  await page.evaluate(() => scrollTo(0, 0));
  return {page, widget};
}

/** Every name in the accessibility tree the page exposes, not counting ignored nodes. */
async function names(page) {
  const cdp = await page.context().newCDPSession(page);
  const {nodes} = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((node) => !node.ignored).map((node) => node.name?.value ?? '');
}

const has = (all, text) => all.some((name) => name.includes(text.slice(0, 40)));

test('every answer of the longest warning step is in the accessibility tree at rest', async () => {
  const {page} = await open([['none']]);
  const all = await names(page);
  const words = en.questions['urgent-signs'];
  for (const label of Object.values(words.options)) assert.ok(has(all, label), label);
  for (const heading of Object.values(words.groups)) assert.ok(has(all, heading), heading);
  await page.close();
});

test("a card's headings, lists and buttons are in the accessibility tree at rest", async () => {
  const {page} = await open([['none'], ['swollen']]);
  const all = await names(page);
  for (const text of [
    en.ui.why,
    en.ui.print,
    en.ui.startAgain,
    en.ui.callIf.replace('{number}', '911'),
    en.outcomes['leg-clot'].call.at(-1),
  ]) {
    assert.ok(has(all, text), text);
  }
  await page.close();
});

test('no box around a button or an answer clips its focus ring', async () => {
  const {page, widget} = await open([['none'], ['swollen']]);
  const clipping = await widget.evaluate((screen) => {
    const found = [];
    for (const target of screen.querySelectorAll('button, a, input')) {
      // The focus ring: 3 px wide, 2 px out, with the target's corners.
      const ring = target.getBoundingClientRect();
      const [left, top, right, bottom] = [
        ring.left - 5,
        ring.top - 5,
        ring.right + 5,
        ring.bottom + 5,
      ];
      // Up to the page's root, through the element itself (the shadow root's host).
      for (
        let node = target.parentElement;
        node;
        node = node.parentElement ?? node.getRootNode().host
      ) {
        const style = getComputedStyle(node);
        // content-visibility: auto clips, and leaves what is out of sight out of the tree.
        if (style.contentVisibility === 'auto')
          found.push(`${target.textContent.trim().slice(0, 20)} in ${node.className}`);
        if (!/paint|strict|content/.test(style.contain)) continue;
        // Paint containment clips at the padding box, rounded as its corners are: the ring must
        // stay inside it, and out of a rounded corner's square.
        const box = node.getBoundingClientRect();
        const b = parseFloat(style.borderTopWidth);
        const r = Math.max(0, parseFloat(style.borderTopLeftRadius) - b);
        const inner = [box.left + b, box.top + b, box.right - b, box.bottom - b];
        const inside =
          left >= inner[0] && top >= inner[1] && right <= inner[2] && bottom <= inner[3];
        const nearX = left < inner[0] + r || right > inner[2] - r;
        const nearY = top < inner[1] + r || bottom > inner[3] - r;
        if (!inside || (nearX && nearY)) {
          found.push(`${target.textContent.trim().slice(0, 20)} clipped by ${node.className}`);
        }
      }
    }
    return found;
  });
  assert.deepEqual(clipping, []);
  await page.close();
});
