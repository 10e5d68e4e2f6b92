/**
 * The module build's loaders (rollup swaps this file in for `loaders.ts`). Each language is a
 * JSON file beside the main file, `leg-pain-check.<code>.json`: data, never code, so even a
 * changed file could run nothing. The build writes each file's sha384 into this main file, and the
 * browser refuses a file that does not match it (Subresource Integrity on `fetch`), so a tampered
 * copy on a CDN is never shown. A page's Content Security Policy must allow it in `connect-src`.
 */
import type {Language} from './languages.js';
import type {Strings} from './types.js';

/** Replaced at build time with `{code: "sha384-…"}` for every language file. */
declare const __WORDS_INTEGRITY__: Record<Exclude<Language, 'en'>, string>;

const load = async (lang: Exclude<Language, 'en'>): Promise<Strings> => {
  // Rejects when the file is missing, blocked, or not the file this version expects; the browser
  // says which in its own console line.
  const response = await fetch(new URL(`leg-pain-check.${lang}.json`, import.meta.url), {
    integrity: __WORDS_INTEGRITY__[lang],
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as Strings;
};

export const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Strings>> = {
  es: () => load('es'),
};
