// What only a whole browser shows: the widget in a sandboxed frame (no allow-forms), real double
// clicks and double taps, and the back-forward cache.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {launch} from '../../scripts/lib/chromium.mjs';
import {LIVE, SCREEN, useBrowser} from './browser.mjs';

const env = useBrowser();
const {TREE} = await import('../../build/src/tree/tree.js');
const {en} = await import('../../build/src/i18n/en.js');
const {shortestPaths} = await import('../../build/test/helpers/walk.js');
const PATH = shortestPaths(TREE).get('claudication');

/** The heading the visitor sees now, in a widget's locator. */
const heading = (widget) => widget.locator('h2').first();

async function open(path, options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.origin + path, {waitUntil: 'load'});
  return {context, page, errors};
}

/** Ticks each answer and presses Continue, by mouse. */
async function byMouse(scope, steps) {
  await scope.locator('[part~=start]').click();
  for (const values of steps) {
    for (const value of values) await scope.locator(`input[value="${value}"]`).click();
    await scope.locator('[part~=continue]').click();
  }
}

test('a whole check works in a sandboxed frame without allow-forms, by mouse', async () => {
  const {context, page, errors} = await open('/test/pages/sandbox.html');
  const frame = page.frameLocator('iframe').locator(LIVE);
  await byMouse(frame, PATH);
  assert.equal(await heading(frame).textContent(), en.outcomes.claudication.title);
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * A page whose only content is `<iframe sandbox="allow-scripts">` holding `script` and the tag:
 * the frame's origin is opaque, so every script it loads comes from another origin.
 */
async function framed(script) {
  const {context, page, errors} = await open('/test/pages/page.css');
  const doc = `<!doctype html><html lang="en"><body>${script}
    <leg-pain-check clinic-name="Framed Clinic"><p>Call us at (269) 555-0100.</p></leg-pain-check>
    </body></html>`;
  await page.setContent(
    `<iframe sandbox="allow-scripts" style="width:100%;height:900px" srcdoc="${doc.replaceAll('"', '&quot;')}"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  return {context, page, errors, frame};
}

/** Whether the widget came up in the frame (its card), or only its fallback content shows. */
async function cameUp(frame) {
  try {
    await frame.locator(`${LIVE} [part~=card]`).waitFor({timeout: 3000});
    return true;
  } catch {
    return false;
  }
}

// The README's "Frames" paragraph, sentence by sentence.
test('in a sandboxed frame, the module build needs Access-Control-Allow-Origin', async () => {
  const without = await framed(
    `<script type="module" src="${env.origin}/dist/leg-pain-check.js"></script>`,
  );
  assert.equal(await cameUp(without.frame), false, 'no header: the fallback stays');
  assert.match(await without.frame.locator('leg-pain-check').textContent(), /555-0100/);
  await without.context.close();
  const withHeader = await framed(
    `<script type="module" src="${env.origin}/cors/dist/leg-pain-check.js"></script>`,
  );
  assert.equal(await cameUp(withHeader.frame), true, 'with the header, as CDNs send it');
  await byMouse(withHeader.frame.locator(LIVE), PATH);
  assert.equal(
    await heading(withHeader.frame.locator(LIVE)).textContent(),
    en.outcomes.claudication.title,
  );
  assert.deepEqual(withHeader.errors, []);
  await withHeader.context.close();
});

test('in a sandboxed frame, the classic build with a plain script tag needs no header', async () => {
  const plain = await framed(`<script src="${env.origin}/dist/leg-pain-check.iife.js"></script>`);
  assert.equal(await cameUp(plain.frame), true);
  await plain.context.close();
  // Pinned with its integrity hash, as the README's snippet is, the browser must read the file
  // across origins: then the header is needed, and with it the pinned file runs.
  const file = readFileSync(new URL('../../dist/leg-pain-check.iife.js', import.meta.url));
  const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
  const tag = (path) =>
    `<script src="${env.origin}${path}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  const pinned = await framed(tag('/dist/leg-pain-check.iife.js'));
  assert.equal(await cameUp(pinned.frame), false, 'pinned, no header: the fallback stays');
  await pinned.context.close();
  const pinnedCors = await framed(tag('/cors/dist/leg-pain-check.iife.js'));
  assert.equal(await cameUp(pinnedCors.frame), true, 'pinned, with the header');
  await pinnedCors.context.close();
});

test('a whole check works in a sandboxed frame without allow-forms, by keyboard', async () => {
  const {context, page, errors} = await open('/test/pages/sandbox.html');
  const frame = page.frameLocator('iframe').locator(LIVE);
  await frame.locator('[part~=start]').focus();
  await page.keyboard.press('Enter');
  for (const values of PATH) {
    await frame.locator(`input[value="${values[0]}"]`).waitFor();
    for (const value of values) {
      // Focus the answer as Tab and arrow keys would, then Space ticks it.
      await frame.locator(`input[value="${value}"]`).focus();
      await page.keyboard.press('Space');
    }
    // Enter on an answer continues, as in a form.
    await page.keyboard.press('Enter');
  }
  await frame.locator('[part~=result]').waitFor();
  assert.equal(await heading(frame).textContent(), en.outcomes.claudication.title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a double click or a double tap on Continue moves one step only', async () => {
  for (const touch of [false, true]) {
    const {context, page} = await open('/', touch ? {hasTouch: true, isMobile: true} : {});
    const widget = page.locator(LIVE).first();
    await byMouse(widget, PATH.slice(0, 2));
    // Back twice: the next two questions now have answers waiting, unseen. A visitor's separate
    // clicks are further apart than a double click (600 ms), so the browser counts each as one.
    await page.waitForTimeout(600);
    await widget.locator('[part~=back]').click();
    await page.waitForTimeout(600);
    await widget.locator('[part~=back]').click();
    await page.waitForTimeout(600);
    assert.equal(await heading(widget).textContent(), en.questions.signs.title);
    const next = en.questions[PATH.length > 1 ? 'urgent-signs' : 'signs'].title;
    if (touch) {
      await widget.locator('[part~=continue]').scrollIntoViewIfNeeded();
      const box = await widget.locator('[part~=continue]').boundingBox();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.touchscreen.tap(x, y);
      await page.touchscreen.tap(x, y);
    } else {
      // The worst case of a double click: its second click lands right on the next step's
      // Continue, which has an answer waiting that the visitor has not seen.
      await widget.locator('[part~=continue]').click();
      await widget.locator(`input[value="${PATH[1][0]}"]`).first().waitFor();
      await widget.locator('[part~=continue]').scrollIntoViewIfNeeded();
      const box = await widget.locator('[part~=continue]').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down({clickCount: 2});
      await page.mouse.up({clickCount: 2});
    }
    await page.waitForTimeout(700);
    const how = touch ? 'double tap' : 'double click';
    assert.equal(await heading(widget).textContent(), next, how);
    // Nothing on the new step was touched by the second click: its answer is as it was.
    const ticked = await widget
      .locator('input')
      .evaluateAll((inputs) => inputs.filter((i) => i.checked).map((i) => i.value));
    assert.deepEqual(ticked, PATH[1], how);
    await context.close();
  }
});

test('Back to the page from the back-forward cache shows the intro, not the last result', async () => {
  // Playwright turns the cache off by default; this test needs it on.
  const browser = await launch({ignoreDefaultArgs: ['--disable-back-forward-cache']});
  try {
    const page = await browser.newPage();
    await page.goto(`${env.origin}/`, {waitUntil: 'load'});
    await page.evaluate(() => {
      window.__restored = false;
      addEventListener('pageshow', (e) => (window.__restored ||= e.persisted));
    });
    const widget = page.locator(LIVE).first();
    await byMouse(widget, PATH);
    assert.equal(await heading(widget).textContent(), en.outcomes.claudication.title);
    await page.goto(`${env.origin}/configure.html`, {waitUntil: 'load'});
    // A page restored from the cache fires pageshow, not load.
    await page.goBack({waitUntil: 'commit'});
    await page.waitForFunction(() => window.__restored !== undefined);
    // The page came back from the cache (the same document, not a reload)...
    assert.equal(await page.evaluate(() => window.__restored), true);
    // ...and the widget forgot the last visitor.
    await widget.locator('[part~=start]').waitFor();
    assert.equal(await heading(widget).textContent(), en.ui.title);
    const text = await widget.locator('[part~=card]').textContent();
    assert.ok(!text.includes(en.outcomes.claudication.title), text);
  } finally {
    await browser.close();
  }
});

test('Trusted Types: works when the policy "lit-html" is allowed; else the fallback stays', async () => {
  const allowed = await open('/test/pages/trusted-types-allowed.html');
  const widget = allowed.page.locator(LIVE);
  await byMouse(widget, PATH);
  assert.equal(await heading(widget).textContent(), en.outcomes.claudication.title);
  assert.deepEqual(allowed.errors, []);
  await allowed.context.close();

  const blocked = await open('/test/pages/trusted-types-blocked.html');
  await blocked.page.waitForTimeout(300);
  // Lit cannot create its policy, so the element is never defined: the page's own fallback
  // (a call link) stays on screen, and the console says why.
  assert.equal(await blocked.page.evaluate(() => !!customElements.get('leg-pain-check')), false);
  assert.equal(await blocked.page.locator('.fallback').isVisible(), true);
  assert.match(blocked.errors.join('\n'), /lit-html/);
  await blocked.context.close();
});

test('late upgrade: properties set before the script loaded are used; a list written as text is named', async () => {
  const {context, page, errors} = await open('/test/pages/late-upgrade.html');
  // The first load's line is said once its widgets have drawn: wait for that, so only the
  // reload's lines are counted.
  await page.locator(`#react ${SCREEN}`).waitFor();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.reload({waitUntil: 'load'});
  await page.waitForFunction(() => customElements.get('leg-pain-check'));
  const props = page.locator(`#props ${SCREEN}`);
  await byMouse(props, PATH);
  assert.equal(await props.locator('[part~=call]').getAttribute('href'), 'tel:2695550100');
  assert.match(await props.locator('[part~=call]').textContent(), /Late Clinic/);
  assert.equal(await props.locator('[part~=office] strong').first().textContent(), 'Kalamazoo');
  const react = page.locator(`#react ${SCREEN}`);
  // A card that lists offices: none is named "[object Object]".
  await byMouse(react, [['none'], ['swollen']]);
  const text = await react.locator('[part~=card]').textContent();
  assert.ok(!text.includes('[object Object]'), 'no office named [object Object]');
  const named = warnings.filter((w) => w.includes('[object Object]'));
  assert.equal(named.length, 1, warnings.join('\n'));
  assert.match(named[0], /Set it in the browser, after importing leg-pain-check/);
  assert.deepEqual(errors, []);
  await context.close();
});
