/** The languages the widget speaks, and how it picks one. */
import {CODES, NAMES} from './languages.js';

export {CODES, ENGLISH, LOADERS, NAMES, type Language} from './languages.js';

/**
 * The language for a BCP 47 tag such as "en-US" or "es-MX": its primary subtag when the widget
 * has it, or a clinic's own language file (`extra`) gives it. Anything else, including
 * "constructor" or "__proto__", is undefined.
 */
export function findLanguage(tag: string, extra: readonly string[] = []): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return [...CODES, ...extra].includes(primary) ? primary : undefined;
}

/**
 * A language by its own name ("Español", "Tiếng Việt"): the widget's own list, else the browser's
 * (a clinic's own language).
 */
export const nameOf = (code: string): string =>
  // A code the widget checked (two or three letters), which the browser can always read.
  NAMES[code as 'en'] ?? new Intl.DisplayNames(code, {type: 'language'}).of(code)!;
