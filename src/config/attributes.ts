/** Catches typos in a host page's attributes, the commonest webmaster mistake. */
import {message, OFFICE_TAG} from './config.js';

export const WIDGET_ATTRIBUTES = [
  'clinic-name',
  'phone',
  'booking-url',
  'emergency-number',
  'offices',
  'theme',
  'lang',
  'languages',
] as const;
export const OFFICE_ATTRIBUTES = ['name', 'address', 'phone', 'booking-url', 'lat', 'lng'] as const;

/**
 * Whether any element may carry the attribute: HTML's global attributes (read from what a div
 * has, so the list stays as current as the browser: accesskey, inert, popover...), and what
 * frameworks add (Angular's `_ngcontent-*`, `_nghost-*`, `ng-*`; Vue's `data-v-*` is `data-*`).
 */
let globals: Set<string> | undefined;
const COMMON = ['class', 'id', 'style', 'slot', 'is', 'exportparts'];
const PREFIXES = ['data-', 'aria-', 'on', '_ng', 'ng-', 'xml', 'item'];
function isGlobal(name: string): boolean {
  // The common ones first: listing what a div has costs several milliseconds on a slow phone, and
  // every widget has a class (see no-record.ts).
  if (COMMON.includes(name) || PREFIXES.some((prefix) => name.startsWith(prefix))) return true;
  if (!globals) {
    globals = new Set();
    for (const key in document.createElement('div')) globals.add(key.toLowerCase());
  }
  return globals.has(name);
}

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

/**
 * The message for an attribute that is neither ours nor a global HTML one, with a likely fix;
 * undefined when the attribute is fine.
 */
export function checkAttribute(tag: string, name: string, value: string): string | undefined {
  const known: readonly string[] = tag === OFFICE_TAG ? OFFICE_ATTRIBUTES : WIDGET_ATTRIBUTES;
  if (known.includes(name) || isGlobal(name)) return undefined;
  // Names longer than any of ours are not typos of them; skip the guess, which costs n × m.
  const guess =
    name.length < 40 &&
    known.find((candidate) => {
      const a = squash(candidate);
      const b = squash(name);
      return a.includes(b) || b.includes(a) || distance(a, b) <= 2;
    });
  return message(
    tag,
    name.length > 80 ? `${name.slice(0, 77)}…` : name,
    value,
    `is not an attribute of <${tag}>${guess ? `; did you mean "${guess}"?` : ''}. Known: ${known.join(', ')}.`,
  );
}
