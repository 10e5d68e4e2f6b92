/**
 * The cleaning rules for everything a host page configures: text, phone numbers, links,
 * coordinates, offices. Pure functions: a problem is reported through `say`, never thrown, and
 * the value falls back to a sensible default so the widget keeps working.
 */

import {telHref} from './phone.js';

export interface Office {
  name: string;
  address: string;
  phone: string;
  bookingUrl: string;
  lat?: number;
  lng?: number;
}

/** An office as a framework may pass it through the `offices` property. */
export interface OfficeInput {
  name: string;
  address?: string;
  phone?: string;
  bookingUrl?: string | URL;
  lat?: number | string;
  lng?: number | string;
}

/**
 * The attributes of a `<leg-pain-office>` element, written inside `<leg-pain-check>`. It has no
 * class of its own: the widget reads these.
 */
export interface LegPainOffice {
  /** The office's name (required). */
  name: string;
  address?: string;
  phone?: string;
  'booking-url'?: string;
  lat?: string | number;
  lng?: string | number;
}

export interface Config {
  clinicName: string;
  /** As the page wrote it, for display. */
  phone: string;
  bookingUrl: string;
  emergencyNumber: string;
  offices: readonly Office[];
}

export const TAG = 'leg-pain-check';
export const OFFICE_TAG = 'leg-pain-office';
export const DEFAULT_EMERGENCY = '911';
/** Longer values are cut: no clinic name or address needs more, and a 100 KB one breaks layouts. */
export const MAX_TEXT = 200;
/** More offices than any clinic has; a list past this is a mistake, not a clinic. */
export const MAX_OFFICES = 50;

/** Reports one problem: the element, the attribute or property, the value, and what was done. */
export type Say = (element: string, attribute: string, value: unknown, problem: string) => void;

/** A value as a console message may quote it: one line, at most 80 characters. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value; // A circular object, or one that refuses to be turned into text.
  }
  // Cut first: a 1 MB value costs no more than a short one.
  const line = text.slice(0, 120).replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 77)}… (${text.length} characters)` : line;
}

export function message(element: string, attribute: string, value: unknown, problem: string) {
  return `<${element}> ${attribute}="${quote(value)}": ${problem}`;
}

/**
 * A configured value as text: strings as they are, finite numbers as digits; anything else
 * (an object, NaN, a function) is reported and read as empty.
 */
export function asText(value: unknown, element: string, attribute: string, say: Say): string {
  if (value == null || typeof value === 'string') return value ?? '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  say(element, attribute, value, 'not text; left out.');
  return '';
}

// Control characters, and the bidi controls that could flip the text around a name or a number.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// Characters that print nothing: a name of only these looks blank ("Call : (269) 555-0100").
const INVISIBLE = /^[\s\u00ad\u200b-\u200d\u2060\u3164\ufeff]*$/;

/** The first `max` UTF-16 units, never splitting a character (an emoji is two). */
const cut = (text: string, max: number) =>
  text.slice(0, /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max);

/**
 * Trims, folds white space, drops control characters and caps the length of a configured text.
 * A text of only invisible characters is read as empty.
 */
export function cleanText(value: unknown, element: string, attribute: string, say: Say): string {
  const raw = asText(value, element, attribute, say);
  // Cut long values before any regular expression runs over them: a 1 MB attribute stays cheap.
  const text = cut(raw, MAX_TEXT * 2)
    .replace(/\s+/g, ' ')
    .replace(CONTROL, '')
    .trim();
  if (INVISIBLE.test(text)) return '';
  if (raw.length <= MAX_TEXT * 2 && text.length <= MAX_TEXT) return text;
  say(element, attribute, raw, `too long; cut to ${MAX_TEXT} characters.`);
  return cut(text, MAX_TEXT).trim();
}

const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'mailto:'];

/** A link the widget may render, or '' (reported) for javascript:, data: and the like. */
export function safeUrl(
  value: unknown,
  element: string,
  attribute: string,
  say: Say,
  base: string,
): string {
  let text = value instanceof URL ? value.href : cleanText(value, element, attribute, say);
  if (!text) return '';
  // "www.example.com/book" would be read as a page beside this one: it means a site.
  if (/^(www\.|[a-z\d-]+(\.[a-z\d-]+)*\.[a-z]{2,}\/)/i.test(text)) {
    say(element, attribute, text, `no https:// at the start; read as https://${text}`);
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    say(element, attribute, text, 'not a link; left out.');
    return '';
  }
  if (!SAFE_SCHEMES.includes(url.protocol)) {
    say(element, attribute, text, `left out: links must start with ${SAFE_SCHEMES.join(' ')}`);
    return '';
  }
  return url.href;
}

/** A phone number worth showing: it must dial. Empty stays empty. */
export function cleanPhone(value: unknown, element: string, attribute: string, say: Say): string {
  const text = cleanText(value, element, attribute, say);
  if (text && !telHref(text)) {
    say(element, attribute, text, 'no number to dial in it; no call button. Write one number.');
    return '';
  }
  return text;
}

/** Emergency numbers are short digit strings (911, 112, 999, 000). */
export function cleanEmergency(value: unknown, say: Say): string {
  const text = cleanText(value, TAG, 'emergency-number', say);
  if (!text || /^\d{2,6}$/.test(text)) return text || DEFAULT_EMERGENCY;
  say(TAG, 'emergency-number', text, `not an emergency number; using ${DEFAULT_EMERGENCY}.`);
  return DEFAULT_EMERGENCY;
}

/** A latitude or longitude; blank means none (never 0), anything else not a number is reported. */
function coordinate(
  value: unknown,
  limit: number,
  element: string,
  attribute: string,
  say: Say,
): number | undefined {
  const text = typeof value === 'number' ? value : cleanText(value, element, attribute, say);
  if (text === '') return undefined;
  const number = Number(text);
  if (Number.isFinite(number) && Math.abs(number) <= limit) return number;
  say(element, attribute, value, 'not a coordinate; left out.');
  return undefined;
}

/** One office from any source; undefined (reported) when it has no name. */
export function makeOffice(
  input: unknown,
  element: string,
  say: Say,
  base: string,
): Office | undefined {
  const item = (input && typeof input === 'object' ? input : {name: input}) as OfficeInput;
  const name = cleanText(item.name, element, 'name', say);
  if (!name) {
    // A name that was not text has had its line already.
    if (typeof (item.name ?? '') === 'string') {
      say(element, 'name', input, 'an office needs a name.');
    }
    return undefined;
  }
  let lat = coordinate(item.lat, 90, element, 'lat', say);
  let lng = coordinate(item.lng, 180, element, 'lng', say);
  if ((lat === undefined) !== (lng === undefined)) {
    say(element, lat === undefined ? 'lat' : 'lng', '', `"${name}" needs both lat and lng.`);
    lat = lng = undefined;
  }
  return {
    name,
    address: cleanText(item.address, element, 'address', say),
    phone: cleanPhone(item.phone, element, 'phone', say),
    bookingUrl: safeUrl(
      item.bookingUrl ?? (item as {'booking-url'?: string})['booking-url'],
      element,
      'booking-url',
      say,
      base,
    ),
    // Both or neither, as above.
    ...(lat !== undefined && {lat, lng}),
  };
}

/**
 * Offices named in the list gain the details of a child with the same name; children not in the
 * list follow in page order. Two offices of one name become one, reported.
 */
export function mergeOffices(
  listed: readonly Office[],
  detailed: readonly Office[],
  say: Say,
): Office[] {
  const key = (office: Office) => office.name.toLowerCase();
  const unique = (offices: readonly Office[], element: string) => {
    const seen = new Map<string, Office>();
    for (const office of offices) {
      if (seen.has(key(office))) say(element, 'name', office.name, 'named twice; shown once.');
      else seen.set(key(office), office);
    }
    return seen;
  };
  const list = unique(listed, `${TAG} offices`);
  const details = unique(detailed, OFFICE_TAG);
  const merged = new Map([...list].map(([name, office]) => [name, details.get(name) ?? office]));
  for (const [name, office] of details) if (!merged.has(name)) merged.set(name, office);
  // The limit holds however the offices came: attribute, property or child elements.
  if (merged.size > MAX_OFFICES) {
    say(
      OFFICE_TAG,
      'name',
      `${merged.size} offices`,
      `over ${MAX_OFFICES}; the first ${MAX_OFFICES} shown.`,
    );
  }
  return [...merged.values()].slice(0, MAX_OFFICES);
}
