/** Every language bundled in. The size check swaps this module for an English-only one. */
import {en} from './en.js';

export const LANGUAGES = {en} as const;
