import {CHROME_PATH, CHROMIUM_ARGS} from './scripts/lib/chromium.mjs';
import {OPEN_SHADOW_ROOTS} from './scripts/lib/open-shadow-roots.mjs';
import {chromeLauncher} from '@web/test-runner-chrome';

// Tests run on the tsc output in build/ in Debian's Chromium; nothing downloads a browser.
// As in Lit's own starter, they run twice: on Lit's production build (what ships) and, with
// LIT_MODE=dev, on its development build, whose warnings (an update scheduled during an update,
// a class field shadowing a property...) prod stays silent about. In dev mode such a warning
// fails the test that caused it.
const dev = process.env.LIT_MODE === 'dev';

const failOnLitWarnings = `
  const warn = console.warn;
  console.warn = (...args) => {
    const text = args.map(String).join(' ');
    if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) {
      throw new Error('Lit dev-mode warning: ' + text);
    }
    warn.apply(console, args);
  };
`;

export default {
  rootDir: '.',
  files: ['build/test/**/*.test.js'],
  nodeResolve: {exportConditions: [dev ? 'development' : 'production']},
  // The widget's shadow root is closed; the tests read it through an opened one (see
  // scripts/lib/open-shadow-roots.mjs). Frames the tests make get the same script.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>${OPEN_SHADOW_ROOTS}</script>` +
    (dev ? `<script type="module">${failOnLitWarnings}</script>` : '') +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [chromeLauncher({launchOptions: {executablePath: CHROME_PATH, args: CHROMIUM_ARGS}})],
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
};
