// Shared by the node tests that drive a real page: the demo server on a free port and Debian's
// Chromium through playwright-core, started before the tests of a file and closed after them.
import {after, before} from 'node:test';
import {chromium} from 'playwright-core';
import {startServer} from '../../scripts/serve.mjs';

/** Starts both before the file's tests; `env.origin` and `env.browser` are set from then on. */
export function useBrowser() {
  const env = {origin: '', browser: undefined};
  let server;
  before(async () => {
    server = await startServer(0);
    env.origin = `http://127.0.0.1:${server.address().port}`;
    env.browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
  });
  after(async () => {
    await env.browser?.close();
    server?.close();
  });
  return env;
}
