/**
 * Each session-replay tool's own "do not record" sign, put on the widget so that a recorder on the
 * page, even one loaded before the widget, leaves the whole widget out: it records an empty box of
 * the widget's size, never its words, answers or clicks. The closed shadow root already hides them
 * from scripts that read the page; these signs also cover recorders that patch the browser.
 */

/** Each tool's documented class for "leave this element and everything in it out". */
const CLASSES = [
  'rr-block', // rrweb, and the products built on it
  'fs-exclude', // FullStory
  'ph-no-capture', // PostHog
  'sentry-block', // Sentry Session Replay
];
/** Each tool's documented attribute for the same. */
const ATTRIBUTES = [
  ['data-clarity-mask', 'true'], // Microsoft Clarity
  ['data-hj-suppress', ''], // Hotjar
  ['data-private', ''], // LogRocket
  ['data-dd-privacy', 'hidden'], // Datadog
];

/**
 * Puts the signs on `host`, or back on it when the page's framework rewrote `class` (React's
 * `className`); changes nothing when they are all there, so an observer of it does not loop.
 */
export function markNoRecord(host: Element) {
  if (!CLASSES.every((name) => host.classList.contains(name))) host.classList.add(...CLASSES);
  for (const [name, value] of ATTRIBUTES) {
    if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  }
}
