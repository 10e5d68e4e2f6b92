/** The languages the widget speaks, and how it picks one. */
import {LANGUAGES} from './languages.js';
import type {Strings} from './types.js';

export {LANGUAGES};
export type Language = keyof typeof LANGUAGES;
// Every language module must fill in the whole Strings shape.
LANGUAGES satisfies Record<Language, Strings>;

/**
 * The language for a BCP 47 tag such as "en-US" or "es-MX": its primary subtag when supported.
 * Anything else, including "constructor" or "__proto__", is undefined.
 */
export function findLanguage(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  // Own keys only: "constructor" or "toString" must not find Object's.
  return {}.hasOwnProperty.call(LANGUAGES, primary) ? (primary as Language) : undefined;
}
