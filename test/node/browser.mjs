// Shared by the node tests that drive a real page: the demo server on a free port and Debian's
// Chromium through playwright-core, started before the tests of a file and closed after them.
import {after, before} from 'node:test';
import {launch} from '../../scripts/lib/chromium.mjs';
import {startServer} from '../../scripts/lib/server.mjs';

/** Starts both before the file's tests; `env.origin` and `env.browser` are set from then on. */
export function useBrowser() {
  const env = {origin: '', browser: undefined};
  let server;
  before(async () => {
    server = await startServer();
    env.origin = `http://127.0.0.1:${server.address().port}`;
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    server?.close();
  });
  return env;
}

export {LIVE, SCREEN} from '../../scripts/lib/open-shadow-roots.mjs';

/**
 * A new tab in a context of its own, recording the page's console warnings, uncaught errors and
 * every URL it requests.
 */
export async function watchedTab(env) {
  const context = await env.browser.newContext();
  const tab = await context.newPage();
  const warnings = [];
  const errors = [];
  const requests = [];
  tab.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('request', (r) => requests.push(r.url()));
  return {context, tab, warnings, errors, requests};
}
