// The language file, as a visitor on a slow, broken or hostile network meets it. A page in
// another language fetches `leg-pain-check.<code>.json` beside the main file once, as the widget
// starts; meanwhile the page's fallback content stays. A file that fails, is late (WAIT_MS) or does
// not match the sha384 the main file carries means English, with `lang` saying so and one console
// line for the page. A page whose `lang` changes mid-check gets the new language only back on the
// first screen.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {LIVE, SCREEN, useBrowser, watchedTab} from './browser.mjs';

const env = useBrowser();
const {TREE} = await import('../../build/src/tree/tree.js');
const {en} = await import('../../build/src/i18n/en.js');
const {es} = await import('../../build/src/i18n/es.js');
const {WAIT_MS} = await import('../../build/src/controllers/words.js');
const {shortestPaths} = await import('../../build/test/helpers/walk.js');
const PATH = shortestPaths(TREE).get('claudication');
const FILE = '/dist/leg-pain-check.es.json';
const words = readFileSync(new URL(`../..${FILE}`, import.meta.url));

/** A page with `count` widgets in `lang`, served at /lang-test with `headers`. */
const page = (lang, count = 1) => `<!doctype html><html lang="${lang}"><head>
  <meta charset="utf-8"><script type="module" src="/dist/leg-pain-check.js"></script></head><body>
  ${'<leg-pain-check clinic-name="Clínica" phone="(269) 555-0100"><p class="fallback">Llámenos al (269) 555-0100.</p></leg-pain-check>'.repeat(count)}
  </body></html>`;

/**
 * Opens the page; `file` answers requests for the Spanish file (a playwright route handler),
 * or the real file is served.
 */
async function open({lang = 'es', count = 1, file, headers = {}} = {}) {
  const {context, tab, warnings, errors, requests} = await watchedTab(env);
  if (file) await tab.route(`**${FILE}`, file);
  await tab.route(`${env.origin}/lang-test`, (route) =>
    route.fulfill({contentType: 'text/html', headers, body: page(lang, count)}),
  );
  await tab.goto(`${env.origin}/lang-test`, {waitUntil: 'load'});
  const files = () => requests.filter((url) => url.endsWith(FILE));
  return {context, tab, warnings, errors, files};
}

/** What each widget shows: its fallback (visible or not), and its card's language and heading. */
const shown = (tab) =>
  tab.evaluate(
    (screen) =>
      [...document.querySelectorAll('leg-pain-check')].map((widget) => {
        const card = widget.shadowRoot?.querySelector(`${screen} > .card`);
        return {
          fallback: widget.querySelector('.fallback').getClientRects().length > 0,
          lang: card?.getAttribute('lang') ?? null,
          heading: card?.querySelector('h2')?.textContent ?? null,
        };
      }),
    SCREEN,
  );

const SPANISH = {fallback: false, lang: 'es', heading: es.ui.title};
const ENGLISH = {fallback: false, lang: 'en', heading: en.ui.title};
const WAITING = {fallback: true, lang: null, heading: null};
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until every widget shows `want`, or fails with what they show. */
async function until(tab, want, ms = WAIT_MS + 3000) {
  const end = Date.now() + ms;
  let now;
  while (Date.now() < end) {
    now = await shown(tab);
    if (now.every((w) => JSON.stringify(w) === JSON.stringify(want))) return;
    await wait(50);
  }
  assert.fail(`expected ${JSON.stringify(want)}, saw ${JSON.stringify(now)}`);
}

/** Ticks each answer of `steps` and presses Continue, by mouse. */
async function answer(widget, steps) {
  for (const values of steps) {
    for (const value of values) await widget.locator(`input[value="${value}"]`).click();
    await widget.locator('[part~=continue]').click();
  }
}

const ourLines = (warnings) => warnings.filter((w) => w.includes('lang="es"'));

test('English downloads no language file; Spanish fetches its own once, at start, never after', async () => {
  const english = await open({lang: 'en'});
  await until(english.tab, ENGLISH);
  const widget = english.tab.locator(LIVE);
  await widget.locator('[part~=start]').click();
  await answer(widget, PATH);
  assert.equal(await widget.locator('h2').first().textContent(), en.outcomes.claudication.title);
  assert.deepEqual(
    english.files().concat(english.warnings),
    [],
    'no language file and no console line in English',
  );
  await english.context.close();

  const spanish = await open();
  await until(spanish.tab, SPANISH);
  assert.equal(spanish.files().length, 1);
  const atStart = spanish.files().length;
  const spanishWidget = spanish.tab.locator(LIVE);
  await spanishWidget.locator('[part~=start]').click();
  await answer(spanishWidget, PATH);
  assert.equal(
    await spanishWidget.locator('h2').first().textContent(),
    es.outcomes.claudication.title,
  );
  assert.equal(spanish.files().length, atStart, 'no request after Start');
  assert.deepEqual(spanish.errors.concat(spanish.warnings), []);
  await spanish.context.close();
});

test('a slow file: the fallback stays until the Spanish words arrive, then Spanish, silently', async () => {
  const slow = await open({file: (route) => setTimeout(() => route.continue(), 1500)});
  await wait(700);
  assert.deepEqual(await shown(slow.tab), [WAITING], 'the fallback while the file loads');
  await until(slow.tab, SPANISH);
  assert.deepEqual(slow.warnings.concat(slow.errors), []);
  await slow.context.close();
});

test(`a hung file: the fallback, then English after ${WAIT_MS / 1000} s, with lang="en" and one line`, async () => {
  const hung = await open({count: 3, file: () => {}});
  await wait(WAIT_MS - 1000);
  assert.deepEqual(await shown(hung.tab), [WAITING, WAITING, WAITING]);
  await until(hung.tab, ENGLISH, 3000);
  const lines = ourLines(hung.warnings);
  assert.equal(lines.length, 1, hung.warnings.join('\n'));
  assert.match(
    lines[0],
    new RegExp(`did not arrive within ${WAIT_MS / 1000} seconds; using English`),
  );
  // The check goes on in English.
  const widget = hung.tab.locator(LIVE).first();
  await widget.locator('[part~=start]').click();
  await answer(widget, PATH);
  assert.equal(await widget.locator('h2').first().textContent(), en.outcomes.claudication.title);
  assert.deepEqual(hung.errors, []);
  await hung.context.close();
});

for (const [name, file] of [
  ['a 404', (route) => route.fulfill({status: 404, contentType: 'text/plain', body: 'Not found'})],
  [
    'a tampered file (one word changed)',
    (route) => {
      const changed = words.toString('utf8').replace('"Sí."', '"Si."');
      assert.notEqual(changed, words.toString('utf8'));
      route.fulfill({contentType: 'application/json', body: changed});
    },
  ],
  [
    "a web page where the file should be (a server's catch-all)",
    (route) => route.fulfill({contentType: 'text/html', body: '<!doctype html><p>Home</p>'}),
  ],
  ['a failed connection', (route) => route.abort('connectionreset')],
]) {
  test(`${name}: English at once, with lang="en" and one console line for three widgets`, async () => {
    const started = Date.now();
    const broken = await open({count: 3, file});
    await until(broken.tab, ENGLISH);
    assert.ok(Date.now() - started < WAIT_MS, 'no wait for the timeout');
    const lines = ourLines(broken.warnings);
    assert.equal(lines.length, 1, broken.warnings.join('\n'));
    assert.match(lines[0], /its words did not load .*; using English\.$/);
    // Nothing of a changed file is shown.
    const text = await broken.tab.evaluate(() =>
      [...document.querySelectorAll('leg-pain-check')]
        .map((w) => w.shadowRoot.textContent)
        .join(''),
    );
    assert.ok(!text.includes(es.ui.start), 'no Spanish on screen');
    assert.deepEqual(broken.errors, []);
    await broken.context.close();
  });
}

test('the right file with the wrong type (text/html) is shown: it is data, and it matches', async () => {
  const mime = await open({
    file: (route) => route.fulfill({contentType: 'text/html', body: words}),
  });
  await until(mime.tab, SPANISH);
  assert.deepEqual(mime.warnings.concat(mime.errors), []);
  await mime.context.close();
});

test('a late file: English at the timeout, then Spanish on the first screen, a check keeps English', async () => {
  const late = await open({
    count: 2,
    file: (route) => setTimeout(() => route.continue(), WAIT_MS + 1500),
  });
  await until(late.tab, ENGLISH);
  // One visitor starts a check in English; the other stays on the first screen.
  const checking = late.tab.locator(LIVE).first();
  await checking.locator('[part~=start]').click();
  const end = Date.now() + 4000;
  while ((await shown(late.tab))[1].lang !== 'es' && Date.now() < end) await wait(50);
  const [first, second] = await shown(late.tab);
  assert.equal(second.lang, 'es', 'the first screen switches to Spanish when it arrives');
  assert.equal(second.heading, es.ui.title);
  assert.equal(first.lang, 'en', 'a check in progress keeps its language');
  assert.equal(first.heading, en.questions[TREE.start].title);
  assert.equal(ourLines(late.warnings).length, 1);
  await late.context.close();
});

test("a page's lang changed mid-check: the check keeps its language and fetches nothing", async () => {
  const change = await open({lang: 'en'});
  await until(change.tab, ENGLISH);
  const widget = change.tab.locator(LIVE);
  await widget.locator('[part~=start]').click();
  await answer(widget, PATH.slice(0, 1));
  await change.tab.evaluate(() => (document.documentElement.lang = 'es'));
  await wait(300);
  assert.deepEqual(change.files(), [], 'nothing fetched during the check');
  const [now] = await shown(change.tab);
  assert.equal(now.lang, 'en');
  assert.equal(now.heading, en.questions['urgent-signs'].title, 'still on the second question');
  // Back to the first screen: now the page's language.
  await widget.locator('[part~=back]').click();
  await widget.locator('[part~=back]').click();
  await until(change.tab, SPANISH);
  assert.equal(change.files().length, 1);
  assert.deepEqual(change.errors.concat(change.warnings), []);
  await change.context.close();
});

test("CSP: default-src 'self' allows the file beside the script; connect-src 'none' means English", async () => {
  const allowed = await open({
    headers: {'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'"},
  });
  await until(allowed.tab, SPANISH);
  await allowed.context.close();
  const blocked = await open({
    headers: {
      'content-security-policy': "default-src 'self'; style-src 'self'; connect-src 'none'",
    },
  });
  await until(blocked.tab, ENGLISH);
  assert.equal(ourLines(blocked.warnings).length, 1);
  await blocked.context.close();
});
