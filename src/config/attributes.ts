/** Catches typos in a host page's attributes, the commonest webmaster mistake. */
import {OFFICE_TAG, TAG, warn} from './config.js';

export const WIDGET_ATTRIBUTES = [
  'clinic-name',
  'phone',
  'booking-url',
  'emergency-number',
  'offices',
  'theme',
  'lang',
] as const;
export const OFFICE_ATTRIBUTES = ['name', 'address', 'phone', 'booking-url', 'lat', 'lng'] as const;

const GLOBAL = new Set([
  'id',
  'class',
  'style',
  'dir',
  'hidden',
  'title',
  'slot',
  'part',
  'tabindex',
  'role',
  'translate',
  'nonce',
]);

const squash = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/** One warning per attribute that is neither ours nor a global HTML one, with a likely fix. */
export function checkAttributes(element: Element): void {
  const tag = element.localName;
  const known: readonly string[] = tag === OFFICE_TAG ? OFFICE_ATTRIBUTES : WIDGET_ATTRIBUTES;
  for (const {name, value} of [...element.attributes]) {
    if (known.includes(name) || GLOBAL.has(name) || /^(data|aria)-|^on/.test(name)) continue;
    const guess = known.find((candidate) => {
      const a = squash(candidate);
      const b = squash(name);
      return a === b || a.includes(b) || b.includes(a);
    });
    warn(
      tag,
      name,
      value,
      `is not an attribute of <${tag}>${guess ? `; did you mean "${guess}"?` : ''}. Known: ${known.join(', ')}.`,
    );
  }
  if (tag === TAG) element.querySelectorAll(OFFICE_TAG).forEach(checkAttributes);
}
