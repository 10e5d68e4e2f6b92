/**
 * The one file a page loads. Defines `<leg-pain-check>`, once: a second copy of the script (same
 * or another version) is harmless. Its views are render functions, not elements, so there is no
 * other tag to register or to collide with a page's own.
 */
import {TAG} from './config/config.js';
import {LegPainCheck} from './leg-pain-check.element.js';

export {LegPainCheck};
export type {Theme} from './config/read-config.js';
export type {Config, LegPainOffice, Office, OfficeInput} from './config/config.js';
export type {ResultDetail, ResultEvent, StartEvent} from './events.js';
export type {Level} from './tree/types.js';

/** Replaced by the build with the package version. */
export const VERSION = '__VERSION__';

const key = Symbol.for('leg-pain-check.version');
const registry = globalThis as typeof globalThis & {[key]?: string};
const loaded = registry[key];
if (loaded && loaded !== VERSION) {
  console.warn(
    `<${TAG}>: version ${VERSION} was loaded after version ${loaded}; keeping ${loaded}. Include the script once.`,
  );
}
registry[key] ??= VERSION;
if (!customElements.get(TAG)) customElements.define(TAG, LegPainCheck);
