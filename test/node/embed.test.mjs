// The embed in a real browser (Debian's Chromium through playwright-core): private by
// construction, working under a strict Content-Security-Policy, and with light-DOM fallback.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {LIVE, useBrowser} from './browser.mjs';

const env = useBrowser();
const {TREE} = await import('../../build/src/tree/tree.js');
const {shortestPaths} = await import('../../build/test/helpers/walk.js');
const CLAUDICATION = shortestPaths(TREE).get('claudication');

// Runs before any page script: records every touch of cookies and storage, and CSP reports.
const WATCH = () => {
  const touched = (window.__touched = []);
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  const watch = (target, name, label) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, name);
    if (!descriptor) return;
    Object.defineProperty(target, name, {
      configurable: true,
      enumerable: descriptor.enumerable,
      get() {
        touched.push(`get ${label}`);
        return descriptor.get ? descriptor.get.call(this) : descriptor.value;
      },
      set(value) {
        touched.push(`set ${label}`);
        descriptor.set?.call(this, value);
      },
    });
  };
  watch(Document.prototype, 'cookie', 'document.cookie');
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) {
    watch(Object.getOwnPropertyDescriptor(window, name) ? window : Window.prototype, name, name);
  }
  watch(Navigator.prototype, 'serviceWorker', 'serviceWorker');
  watch(Navigator.prototype, 'sendBeacon', 'sendBeacon');
};

async function openPage(path, options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const requests = [];
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(env.origin + path, {waitUntil: 'load'});
  await page.waitForFunction(() => customElements.get('leg-pain-check'));
  // From here on, the script has loaded: record every request the page makes.
  page.on('request', (r) => requests.push(r.url()));
  return {context, page, requests, errors};
}

const widget = (page) => page.locator(LIVE);

async function run(page, steps) {
  await widget(page).locator('[part~=start]').click();
  for (const values of steps) {
    for (const value of values) await widget(page).locator(`input[value="${value}"]`).check();
    await widget(page).locator('[part~=continue]').click();
  }
  await widget(page).locator('[part~=result]').waitFor();
}

for (const page of ['/test/pages/csp.html', '/test/pages/classic-csp.html']) {
  test(`${page}: no request, cookie or storage while a visitor completes paths`, async () => {
    const {
      context,
      page: tab,
      requests,
      errors,
    } = await openPage(page, {
      permissions: ['geolocation'],
      geolocation: {latitude: 42.3, longitude: -85.2},
    });
    await run(tab, CLAUDICATION);
    await widget(tab).locator('[part~=restart]').click();
    await widget(tab).locator('input[value="none"]').check();
    await widget(tab).locator('[part~=continue]').click();
    await widget(tab).locator('input[value="swollen"]').check();
    await widget(tab).locator('[part~=continue]').click();
    await widget(tab).locator('[part~=nearest]').click();
    await widget(tab).locator('[part~=office] >> text=miles away').waitFor();
    assert.deepEqual(requests, []);
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await tab.evaluate(() => window.__touched), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("switching language mid-check fetches only that language's words, and nothing after", async () => {
  const {context, page, requests, errors} = await openPage('/test/pages/csp.html');
  const [first, ...rest] = CLAUDICATION;
  await widget(page).locator('[part~=start]').click();
  for (const value of first) await widget(page).locator(`input[value="${value}"]`).check();
  // Asked for by the visitor, and it carries nothing of the answers: the file's plain address.
  await widget(page).locator('[part~=language]', {hasText: 'Español'}).click();
  await widget(page).locator('[part~=language]', {hasText: 'English'}).waitFor();
  assert.deepEqual(requests, [`${env.origin}/dist/leg-pain-check.es.json`]);
  await widget(page).locator('[part~=continue]').click();
  for (const values of rest) {
    for (const value of values) await widget(page).locator(`input[value="${value}"]`).check();
    await widget(page).locator('[part~=continue]').click();
  }
  await widget(page).locator('[part~=result]').waitFor();
  assert.equal(await widget(page).locator('[part~=card]').getAttribute('lang'), 'es');
  assert.equal(requests.length, 1);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => window.__touched), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the watch itself notices storage and requests (so the test above can fail)', async () => {
  const {context, page, requests} = await openPage('/test/pages/csp.html');
  await page.evaluate(() => {
    localStorage.getItem('x');
    void document.cookie;
  });
  await page.evaluate(() => fetch('/dist/leg-pain-check.js?probe').catch(() => {}));
  assert.deepEqual(await page.evaluate(() => window.__touched), [
    'get localStorage',
    'get document.cookie',
  ]);
  assert.equal(requests.length, 1);
  await context.close();
});

for (const page of ['/test/pages/csp.html', '/test/pages/classic-csp.html']) {
  test(`${page}: works and is styled under a strict CSP, with no violation`, async () => {
    const response = await fetch(env.origin + page);
    assert.match(
      response.headers.get('content-security-policy'),
      /script-src 'self'; style-src 'self'/,
    );
    const {context, page: tab, errors} = await openPage(page);
    await run(tab, [['bleeding']]);
    const style = await widget(tab)
      .locator('[part~=emergency]')
      .evaluate((a) => {
        const s = getComputedStyle(a);
        return {background: s.backgroundColor, height: a.getBoundingClientRect().height};
      });
    assert.equal(style.background, 'rgb(179, 38, 30)');
    assert.ok(style.height >= 48);
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('shows the light-DOM fallback until it upgrades, and keeps it if the script never loads', async () => {
  const loaded = await openPage('/test/pages/csp.html');
  assert.equal(await loaded.page.locator('.fallback').isVisible(), false);
  await loaded.context.close();

  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.origin}/test/pages/no-script.html`);
  assert.equal(await page.locator('.fallback').isVisible(), true);
  assert.equal(await page.locator('.fallback a').getAttribute('href'), 'tel:+12695550100');
  await context.close();
});
