/**
 * The module build's loaders (rollup swaps this file in for `loaders.ts`). Each language is a
 * JSON file beside the main file, `leg-pain-check.<code>.json` (see fetch.ts). The build writes
 * each file's sha384 into this main file, so a tampered copy on a CDN is never shown.
 */
import {fetchWords} from './fetch.js';
import type {Language} from './languages.js';
import type {Strings} from './types.js';

/** Replaced at build time with `{code: "sha384-…"}` for every language file. */
declare const __WORDS_INTEGRITY__: Record<Exclude<Language, 'en'>, string>;

const load = (lang: Exclude<Language, 'en'>) => fetchWords(lang, __WORDS_INTEGRITY__[lang]);

export const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Strings>> = {
  es: () => load('es'),
};
