/**
 * How each language's words arrive, as the tests and the classic build load them: a module of
 * the source, imported (the classic build inlines it). The module build replaces this file with
 * `loaders.verified.ts`, which fetches the words as data and checks their hash.
 */
import type {Language} from './languages.js';
import type {Strings} from './types.js';

export const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Strings>> = {
  es: () => import('./es.js').then((module) => module.es),
};
