/** Every language bundled in. The size check swaps this module for an English-only one. */
import {en} from './en.js';
import {es} from './es.js';

export const LANGUAGES = {en, es} as const;
