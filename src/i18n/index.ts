/** The languages the widget speaks, and how it picks one. */
import {CODES, type Language} from './languages.js';

export {CODES, ENGLISH, LOADERS, NAMES, type Language} from './languages.js';

/**
 * The language for a BCP 47 tag such as "en-US" or "es-MX": its primary subtag when supported.
 * Anything else, including "constructor" or "__proto__", is undefined.
 */
export function findLanguage(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (CODES as readonly string[]).includes(primary) ? (primary as Language) : undefined;
}
