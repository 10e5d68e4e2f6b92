/**
 * What a server gets when it imports the package (Node, a worker, the server half of Next.js,
 * Nuxt or Astro): the same names, nothing that touches the DOM, nothing defined. The element is
 * defined in the browser, by the browser build. `package.json` points its `node` and `worker`
 * conditions here.
 */

/** Replaced by the build with the package version. */
export const VERSION = '__VERSION__';

/** On a server there is no element to make; in the browser this name is the real element class. */
export class LegPainCheck {
  constructor() {
    throw new Error('<leg-pain-check> runs in the browser; on a server, render the tag only.');
  }
}
