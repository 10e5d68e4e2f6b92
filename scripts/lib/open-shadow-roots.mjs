// Test-only, never shipped: the widget's shadow root is closed, so that no script on a page can
// read a visitor's answers through it. The tests, axe-core and playwright's locators read the
// widget through its shadow root, as a browser's own tools do; this script, run before anything
// else on a test page, opens every shadow root the page attaches. It is exactly the one thing the
// README says the closed root cannot stop: a script that runs first and rewrites the browser's
// own functions. The privacy tests (test/node/privacy.test.mjs) run without it.
/**
 * The widget's screen on show. Its shadow root also holds the screens prepared for the next
 * click, out of sight (`.spare`), which a visitor never meets and a test must not either.
 */
export const SCREEN = '.screen:not(.spare)';
/** The same, as a Playwright locator from the page (CSS that goes through shadow roots). */
export const LIVE = `leg-pain-check ${SCREEN}`;

export const OPEN_SHADOW_ROOTS = `(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, {...init, mode: 'open'});
  };
})();`;
