// Layout shift as the widget starts, on a page with content below it: the README's recommended
// reserved space (its ```css block with `min-height`) gives a cumulative layout shift of 0 at every
// width from a small phone to a desktop, in English and in Spanish (whose file arrives after the
// script, the fallback showing meanwhile), with the page's own side padding or none. Without it,
// the same page shifts: the test can fail.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {useBrowser} from './browser.mjs';

const env = useBrowser();
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const RESERVE = [...readme.matchAll(/```css\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .find((block) => /^leg-pain-check\s*\{[^}]*min-height/m.test(block));
const TEXT =
  '<p>Our vein and artery clinic has served the lakeshore for 30 years. '.repeat(3) + '</p>';

/** The README's snippet (its fallback too) between text, in `lang`, with `padding` at the sides. */
const page = ({lang, padding, reserve}) => `<!doctype html><html lang="${lang}"><head>
  <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <style>body { margin: 0; padding: 0 ${padding}px; font: 16px/1.5 Georgia, serif }</style>
  ${reserve ? `<style>${RESERVE}</style>` : ''}
  <script type="module" src="/dist/leg-pain-check.js"></script></head><body>
  <h1>Leg pain clinic</h1>${TEXT}
  <leg-pain-check clinic-name="Lakeshore Vein &amp; Vascular" phone="(269) 555-0100"
    booking-url="https://example.com/book" offices="Kalamazoo; Allegan; Battle Creek">
    <p>Questions about leg pain? Call us at <a href="tel:+12695550100">(269) 555-0100</a>.</p>
  </leg-pain-check>
  ${TEXT.repeat(4)}</body></html>`;

/** The page's cumulative layout shift from its first paint until the widget has settled. */
async function cls(options, width) {
  const context = await env.browser.newContext({viewport: {width, height: 700}});
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  await tab.route(`${env.origin}/cls-test`, (route) =>
    route.fulfill({contentType: 'text/html', body: page(options)}),
  );
  // The script arrives after the page has painted, as on a real network: the fallback shows
  // first, so the shift (or its absence) is measured every time, not only when the machine is slow.
  await tab.route(`${env.origin}/dist/leg-pain-check.js`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    await route.continue();
  });
  await tab.goto(`${env.origin}/cls-test`);
  await tab.waitForFunction(() =>
    document.querySelector('leg-pain-check').shadowRoot?.querySelector('[part~=start]'),
  );
  // The warm-up runs two frames after the first paint; give it and any late layout time.
  await tab.waitForTimeout(600);
  const shift = await tab.evaluate(() => window.shift);
  await context.close();
  return shift;
}

const WIDTHS = [320, 360, 390, 414, 480, 600, 768, 1024, 1280];

test('the README recommends a reserved space for the widget', () => {
  assert.ok(RESERVE, 'a ```css block starting "leg-pain-check {" with min-height');
  assert.match(RESERVE, /display:\s*block/);
});

for (const lang of ['en', 'es']) {
  test(`with the README's reserved space: no layout shift at any width (${lang})`, async () => {
    const shifts = [];
    for (const padding of [0, 24]) {
      for (const width of WIDTHS) {
        const shift = await cls({lang, padding, reserve: true}, width);
        if (shift > 0) shifts.push(`${width} px, padding ${padding} px: ${shift.toFixed(4)}`);
      }
    }
    assert.deepEqual(shifts, []);
  });
}

test('without it, the same page shifts (the measure works)', async () => {
  assert.ok((await cls({lang: 'en', padding: 0, reserve: false}, 360)) > 0.05);
});
