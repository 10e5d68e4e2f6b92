/** The languages the widget speaks, and how it picks one. */
import {LANGUAGES} from './languages.js';
import type {Strings} from './types.js';

export {LANGUAGES};
export type Language = keyof typeof LANGUAGES;
// Every language module must fill in the whole Strings shape.
LANGUAGES satisfies Record<Language, Strings>;

const warned = new Set<string>();

/**
 * The language for a BCP 47 tag such as "en-US" or "es-MX": its primary subtag when supported,
 * otherwise English, with one console warning per unsupported tag.
 */
export function pickLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return 'en';
  if (primary in LANGUAGES) return primary as Language;
  if (!warned.has(primary)) {
    warned.add(primary);
    console.warn(
      `<leg-pain-check> lang="${tag}": not a supported language (${Object.keys(LANGUAGES).join(', ')}); using English.`,
    );
  }
  return 'en';
}

/** Fills `{name}` placeholders; unknown names stay as they are so a gap is visible, not silent. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
