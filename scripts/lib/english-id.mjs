// Which English a build speaks: a short hash of every English string. The build writes it into
// the widget (src/i18n/fetch.ts, ENGLISH_ID) and `npm run words:import` into a clinic's own
// language file, so the widget refuses a file translated from another version's English.
import {createHash} from 'node:crypto';

/** The id of the English words `en` (the `en` export of src/i18n/en.ts). */
export const englishId = (en) =>
  createHash('sha256').update(JSON.stringify(en)).digest('base64url').slice(0, 16);
