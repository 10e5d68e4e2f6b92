/**
 * A language's words as a JSON file beside the main file, `leg-pain-check.<code>.json`: data,
 * never code, so even a changed file could run nothing. `integrity` is the file's sha384, and the
 * browser refuses a file that does not match it (Subresource Integrity on `fetch`). A page's
 * Content Security Policy must allow it in `connect-src`.
 */
import type {Strings} from './types.js';

/**
 * Which English this build's words are, written in at build time (a hash of every English
 * string): a clinic's own language file says which English it was translated from, and a file
 * from another English is refused.
 */
export const ENGLISH_ID = '__ENGLISH_ID__';

/** Rejects when the file is missing, blocked, or not the file stated; the browser says which. */
export async function fetchWords(lang: string, integrity: string): Promise<Strings> {
  const response = await fetch(new URL(`leg-pain-check.${lang}.json`, import.meta.url), {
    integrity,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as Strings;
}
