import {chromeLauncher} from '@web/test-runner-chrome';

// Tests run on the tsc output in build/ in Debian's Chromium; nothing downloads a browser.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  rootDir: '.',
  files: ['build/test/**/*.test.js'],
  nodeResolve: {exportConditions: ['production']},
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
};
