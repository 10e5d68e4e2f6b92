// The configurator: both accents, each checked against the background it is shown on, the
// preview using exactly those colours, and the snippet for plain HTML, React and Vue.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useBrowser} from './browser.mjs';

const env = useBrowser();

async function open() {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.origin}/configure.html`, {waitUntil: 'load'});
  await page.waitForFunction(() => customElements.get('leg-pain-check'));
  return {context, page, errors};
}

/** Sets a colour input and lets the page react, as a picker would. */
const pick = (page, id, value) =>
  page.evaluate(
    ([id, value]) => {
      const input = document.getElementById(id);
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true}));
    },
    [id, value],
  );
const select = (page, id, value) => page.selectOption(`#${id}`, value);
const hint = (page, id) => page.locator(`#${id}`).textContent();
const snippet = (page) => page.locator('#snippet').inputValue();
/** The preview's Start button background, as painted (transitions off). */
const startColour = (page) =>
  page
    .locator('#preview-widget [part~=start]')
    .evaluate((button) => getComputedStyle(button).backgroundColor);

test('a light accent with poor contrast is flagged against white; the preview uses it', async () => {
  const {context, page, errors} = await open();
  await page.emulateMedia({reducedMotion: 'reduce', colorScheme: 'light'});
  await select(page, 'theme', 'light');
  await pick(page, 'accent', '#ffd400');
  assert.match(await hint(page, 'accent-hint'), /#ffffff/);
  assert.match(await hint(page, 'accent-hint'), /too low/);
  assert.match(await hint(page, 'dark-accent-hint'), /Not used/);
  await page.waitForTimeout(400);
  assert.equal(await startColour(page), 'rgb(255, 212, 0)');
  assert.match(await snippet(page), /--lpc-accent:#ffd400/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Always dark": the dark accent is checked against the dark background, and previewed', async () => {
  const {context, page, errors} = await open();
  await page.emulateMedia({reducedMotion: 'reduce', colorScheme: 'light'});
  await select(page, 'theme', 'dark');
  await pick(page, 'accent', '#7a1f5c');
  await pick(page, 'dark-accent', '#1a3a5c');
  const dark = await hint(page, 'dark-accent-hint');
  assert.match(dark, /dark background \(#161b21\)/);
  assert.match(dark, /too low/, 'a dark blue on the dark background is too dark');
  assert.match(await hint(page, 'accent-hint'), /Not used/);
  await page.waitForTimeout(400);
  assert.equal(await startColour(page), 'rgb(26, 58, 92)');
  await pick(page, 'dark-accent', '#f0a8d8');
  assert.doesNotMatch(await hint(page, 'dark-accent-hint'), /too low/);
  await page.waitForTimeout(400);
  assert.equal(await startColour(page), 'rgb(240, 168, 216)');
  assert.match(await snippet(page), /--lpc-dark-accent:#f0a8d8/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the snippet for plain HTML, React and Vue, each with the right pieces', async () => {
  const {context, page} = await open();
  await pick(page, 'accent', '#7a1f5c');
  await pick(page, 'dark-accent', '#f0a8d8');
  await page.fill('#clinic-name', 'Vein & "Leg" <Care>');
  const html = await snippet(page);
  assert.match(html, /<script type="module" src="\/leg-pain-check.js"><\/script>/);
  assert.match(html, /clinic-name="Vein &amp; &quot;Leg&quot; &lt;Care&gt;"/);
  assert.match(html, /<leg-pain-office/);
  await select(page, 'snippet-format', 'react');
  const react = await snippet(page);
  assert.match(react, /import 'leg-pain-check';/);
  assert.match(react, /clinic-name=\{"Vein & \\"Leg\\" <Care>"\}/);
  assert.match(react, /offices=\{offices\}/);
  assert.match(react, /lat: 42\.2917, lng: -85\.5872/, 'coordinates as numbers');
  assert.match(react, /style=\{\{"--lpc-accent": "#7a1f5c", "--lpc-dark-accent": "#f0a8d8"\}\}/);
  assert.match(react, /onlpc-result=\{/);
  assert.match(await page.locator('#snippet-label').textContent(), /React 19/);
  await select(page, 'snippet-format', 'vue');
  const vue = await snippet(page);
  assert.match(vue, /:offices\.prop="offices"/);
  assert.match(vue, /vue\(\{template: \{compilerOptions: \{isCustomElement:/);
  assert.match(vue, /inside plugins/);
  assert.match(vue, /clinic-name="Vein &amp; &quot;Leg&quot; &lt;Care&gt;"/);
  assert.match(vue, /style="--lpc-accent: #7a1f5c; --lpc-dark-accent: #f0a8d8"/);
  assert.match(vue, /@lpc-result=/);
  await context.close();
});
