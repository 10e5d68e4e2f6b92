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

/** Edit distance, to suggest "booking-url" for "boking-url". */
function distance(a: string, b: string): number {
  let row = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** Warns when an attribute is neither ours nor a global HTML one, with a likely fix. */
export function checkAttribute(element: Element, name: string): void {
  const tag = element.localName;
  const known: readonly string[] = tag === OFFICE_TAG ? OFFICE_ATTRIBUTES : WIDGET_ATTRIBUTES;
  if (known.includes(name) || GLOBAL.has(name) || /^(data|aria)-|^on/.test(name)) return;
  const guess = known.find((candidate) => {
    const a = squash(candidate);
    const b = squash(name);
    return a.includes(b) || b.includes(a) || distance(a, b) <= 2;
  });
  warn(
    tag,
    name,
    element.getAttribute(name) ?? '',
    `is not an attribute of <${tag}>${guess ? `; did you mean "${guess}"?` : ''}. Known: ${known.join(', ')}.`,
  );
}

/** Checks every attribute of the widget, or of an office, and of the offices inside a widget. */
export function checkAttributes(element: Element): void {
  for (const {name} of [...element.attributes]) checkAttribute(element, name);
  if (element.localName === TAG) element.querySelectorAll(OFFICE_TAG).forEach(checkAttributes);
}
