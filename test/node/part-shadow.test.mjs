// A page's own styles on the card's part reach past the card where the README says they can: the
// README's `::part(card)` example puts a shadow around the card, and the shadow shows below the
// card on the intro and on a result card (the element itself is contained then, for speed with
// many widgets on a page, but never clips what the page draws around the card).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {LIVE, useBrowser} from './browser.mjs';

const env = useBrowser();
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const EXAMPLE = [...readme.matchAll(/```css\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .find((block) => block.includes('::part(card)'));

/** The darkest red, green or blue value in a strip of the page's pixels, read from a screenshot. */
async function darkest(page, clip) {
  const png = (await page.screenshot({clip, fullPage: true})).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const {data: pixels} = context.getImageData(0, 0, image.width, image.height);
    let min = 255;
    for (let i = 0; i < pixels.length; i += 4)
      min = Math.min(min, pixels[i], pixels[i + 1], pixels[i + 2]);
    return min;
  }, png);
}

test("the README's ::part(card) shadow shows below the card, on the intro and on a result", async () => {
  assert.ok(EXAMPLE, 'the README has a css example for ::part(card)');
  const context = await env.browser.newContext({viewport: {width: 800, height: 900}});
  const page = await context.newPage();
  // The page around the widget: white, with room below it, and the README's example.
  await page.route(`${env.origin}/part-shadow`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <style>body { margin: 0; padding: 20px 20px 60px; background: #fff } ${EXAMPLE}</style>
        <script type="module" src="/dist/leg-pain-check.js"></script></head><body>
        <leg-pain-check clinic-name="Lakeshore Vein" phone="(269) 555-0100"></leg-pain-check>
        </body></html>`,
    }),
  );
  await page.goto(`${env.origin}/part-shadow`);
  const w = page.locator(LIVE);
  const below = async (where) => {
    // In the page's coordinates, as a whole-page screenshot takes them.
    const card = await w.locator('[part~=card]').boundingBox();
    card.y += await page.evaluate(() => scrollY);
    const clip = {
      x: card.x + card.width / 4,
      y: card.y + card.height + 1,
      width: card.width / 2,
      height: 3,
    };
    assert.ok((await darkest(page, clip)) < 250, `${where}: a shadow below the card`);
  };
  await below('the intro');
  await w.locator('[part~=start]').click();
  await w.locator('input[value="bleeding"]').check();
  await w.locator('[part~=continue]').click();
  await w.locator('[part~=result]').waitFor();
  await page.waitForTimeout(100);
  await below('a result card');
  await context.close();
});
