// Debian's Chromium for every script and node test: `CHROME_PATH` picks another. Nothing here
// downloads a browser.
import {chromium} from 'playwright-core';
import {OPEN_SHADOW_ROOTS} from './open-shadow-roots.mjs';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, headless run as root: no sandbox, no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Launches Chromium through playwright-core; `options` add to or override the defaults. Every
 * page of its contexts opens the widget's closed shadow root for the tests (OPEN_SHADOW_ROOTS),
 * unless the context is made with `{closedShadowRoots: true}`, as a visitor's browser is.
 */
export async function launch(options = {}) {
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async ({closedShadowRoots = false, ...contextOptions} = {}) => {
    const context = await newContext(contextOptions);
    if (!closedShadowRoots) await context.addInitScript(OPEN_SHADOW_ROOTS);
    return context;
  };
  browser.newPage = async (pageOptions) => {
    const context = await browser.newContext(pageOptions);
    const page = await context.newPage();
    page.once('close', () => context.close().catch(() => {}));
    return page;
  };
  return browser;
}
