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

/**
 * The widget's screen on show, for locators: the shadow root also holds the screens prepared for
 * the next click, out of sight (`.spare`), which a visitor never meets and a test must not either.
 */
export const LIVE = 'leg-pain-check .screen:not(.spare)';
