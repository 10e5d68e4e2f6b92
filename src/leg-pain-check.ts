/**
 * The one file a page loads. Defines `<leg-pain-check>` and its inner elements, once: a second
 * copy of the script (same or another version) is harmless.
 */
import {LpcOffices} from './components/lpc-offices.js';
import {LpcQuestion} from './components/lpc-question.js';
import {LpcResult} from './components/lpc-result.js';
import {LegPainCheck} from './leg-pain-check.element.js';

export {LegPainCheck, LpcOffices, LpcQuestion, LpcResult};
export type {Config, Office, OfficeInput} from './config/config.js';
export type {ResultDetail, ResultEvent} from './events.js';
export type {Level} from './tree/types.js';

/** Replaced by the build with the package version. */
export const VERSION = '__VERSION__';

const key = Symbol.for('leg-pain-check.version');
const registry = globalThis as typeof globalThis & {[key]?: string};
const loaded = registry[key];
if (loaded && loaded !== VERSION) {
  console.warn(
    `<leg-pain-check>: version ${VERSION} was loaded after version ${loaded}; keeping ${loaded}. Include the script once.`,
  );
}
registry[key] ??= VERSION;

const elements: [string, CustomElementConstructor][] = [
  ['lpc-offices', LpcOffices],
  ['lpc-question', LpcQuestion],
  ['lpc-result', LpcResult],
  ['leg-pain-check', LegPainCheck],
];
for (const [name, constructor] of elements) {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
