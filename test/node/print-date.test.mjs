// The printed card's date is the visitor's own date, not the date in UTC: in the time zones
// furthest ahead of and behind UTC (+14 and -11 hours), one of which is always on another day
// than UTC, the date line reads today's date there, as YYYY-MM-DD.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {LIVE, useBrowser} from './browser.mjs';

const env = useBrowser();

for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
  test(`the printed date is today's date in ${timezoneId}`, async () => {
    const context = await env.browser.newContext({timezoneId, viewport: {width: 360, height: 800}});
    const page = await context.newPage();
    const today = () => new Intl.DateTimeFormat('en-CA', {timeZone: timezoneId}).format(new Date());
    const before = today();
    await page.goto(`${env.origin}/test/pages/csp.html`);
    const w = page.locator(LIVE);
    await w.locator('[part~=start]').click();
    await w.locator('input[value="bleeding"]').check();
    await w.locator('[part~=continue]').click();
    await page.emulateMedia({media: 'print'});
    const line = await w.locator('.print-only').last().textContent();
    // Either side of midnight there, if the test ran across it.
    const date = line.match(/\d{4}-\d{2}-\d{2}/)?.[0];
    assert.ok(
      [before, today()].includes(date),
      `"${line}" in ${timezoneId}, today there ${before}`,
    );
    await context.close();
  });
}
