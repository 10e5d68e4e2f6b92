/**
 * The languages the widget speaks. English is in the main file: the default, and the fallback.
 * Every other language is a file of its own beside the main file, fetched only for a page that
 * needs it, so an English visitor downloads no Spanish and a Spanish visitor only Spanish. (The
 * classic build inlines them all.) The size check swaps this module to measure each language.
 */
import {en} from './en.js';
import type {Strings} from './types.js';

export const CODES = ['en', 'es'] as const;
export type Language = (typeof CODES)[number];

/** Each language by its own name, as the language switch shows it to a reader of that language. */
export const NAMES: Record<Language, string> = {en: 'English', es: 'Español'};

export const ENGLISH: Strings = en;

export {LOADERS} from './loaders.js';
