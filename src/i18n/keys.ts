/**
 * A language's words as flat units: each string by its key path, and the placeholders a string
 * holds. What a translation must keep, read the same way by the tests and by the translator's
 * export and import (scripts/words.mjs). Not part of the widget.
 */

/**
 * Every string of `value` by its key path, in order ("ui.start", "outcomes.doms.now.0"). List items
 * count one by one, so a translation keeps every item of every list.
 */
export function strings(value: unknown, path = '', out = new Map<string, string>()) {
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      strings(inner, path ? `${path}.${key}` : key, out);
    }
  }
  return out;
}

/** The `{name}` placeholders of `text`, sorted. */
export const placeholders = (text: string) =>
  [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
