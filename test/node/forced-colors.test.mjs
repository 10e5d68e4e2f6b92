// Windows High Contrast and other forced-colors modes, in Debian's Chromium through playwright-core
// (web-test-runner's emulateMedia cannot set forced-colors): answers, the chosen answer, buttons
// and the result's level keep visible edges drawn in system colours.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {LIVE, useBrowser} from './browser.mjs';

const env = useBrowser();

const edges = (element) => {
  const s = getComputedStyle(element);
  return {border: `${s.borderTopStyle} ${s.borderTopWidth}`, outline: s.outlineStyle};
};

for (const forcedColors of ['none', 'active']) {
  test(`forced-colors: ${forcedColors} keeps every control's edge visible`, async () => {
    const context = await env.browser.newContext({
      forcedColors,
      viewport: {width: 360, height: 800},
    });
    const page = await context.newPage();
    await page.goto(`${env.origin}/test/pages/csp.html`);
    const w = page.locator(LIVE);
    assert.equal(
      await page.evaluate(() => matchMedia('(forced-colors: active)').matches),
      forcedColors === 'active',
    );
    await w.locator('[part~=start]').click();
    await w.locator('input[value="bleeding"]').check();
    const option = await w.locator('[part~=option]', {has: page.locator('input:checked')});
    const chosen = await option.evaluate(edges);
    const other = await w.locator('[part~=option]').first().evaluate(edges);
    const button = await w.locator('[part~=continue]').evaluate(edges);
    assert.match(other.border, /^solid [1-9]/);
    assert.match(button.border, /^solid [1-9]/);
    // The chosen answer is marked by more than colour: an outline in forced colours (where
    // backgrounds and shadows are dropped), a thick inset bar otherwise.
    if (forcedColors === 'active') assert.equal(chosen.outline, 'solid');
    await w.locator('[part~=continue]').click();
    const level = await w.locator('[part~=level]').evaluate(edges);
    assert.match(level.border, /^solid [1-9]/);
    await context.close();
  });
}
