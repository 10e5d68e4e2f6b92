/** Every language's words at once, for tests (the widget itself loads all but English on demand). */
import {CODES, type Language} from '../../src/i18n/index.js';
import {en} from '../../src/i18n/en.js';
import {es} from '../../src/i18n/es.js';
import type {Strings} from '../../src/i18n/types.js';

export const LANGUAGES = {en, es} satisfies Record<Language, Strings>;
// A language added to the widget must be added here too.
if (Object.keys(LANGUAGES).join() !== CODES.join()) throw new Error('test LANGUAGES != CODES');
