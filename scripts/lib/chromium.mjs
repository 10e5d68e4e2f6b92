// Debian's Chromium for every script and node test: `CHROME_PATH` picks another. Nothing here
// downloads a browser.
import {chromium} from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, headless run as root: no sandbox, no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Launches Chromium through playwright-core; `options` add to or override the defaults. */
export function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROME_PATH,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
