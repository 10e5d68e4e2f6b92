/**
 * Configuration in one pure step: what the page set (properties, attributes, `<leg-pain-office>`
 * children, the page's language) in, a typed and safe config, language and theme out, with every
 * problem as a console message. The element prints each message once; this module never touches
 * the DOM, so a table of cases tests it.
 */
import {CODES, findLanguage} from '../i18n/index.js';
import {
  asText,
  cleanEmergency,
  cleanPhone,
  cleanText,
  DEFAULT_EMERGENCY,
  makeOffice,
  MAX_OFFICES,
  mergeOffices,
  message,
  OFFICE_TAG,
  safeUrl,
  TAG,
  type Config,
  type Office,
  type Say,
} from './config.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Input {
  clinicName?: unknown;
  phone?: unknown;
  bookingUrl?: unknown;
  emergencyNumber?: unknown;
  /** The `offices` property or attribute: names separated by semicolons, or a list. */
  offices?: unknown;
  /** The attributes of each `<leg-pain-office>` child, in page order, by attribute name. */
  children?: readonly Record<string, string | undefined>[];
  theme?: unknown;
  /** The element's own `lang`. */
  lang?: unknown;
  /**
   * The languages the visitor may switch between: codes, or `off` for no switch; a clinic's own
   * language file is its code, then its fingerprint ("en es vi sha384-…").
   */
  languages?: unknown;
  /** The nearest `lang` around the element, across shadow roots, up to `<html>`. */
  pageLang?: string | null;
  /** The page's address, for relative links. */
  base: string;
}

export interface Read {
  config: Config;
  lang: string;
  /** The languages the switch offers: every one the widget has, unless the page said less. */
  languages: string[];
  /** The fingerprint of each of the clinic's own language files, by code. */
  files: Record<string, string>;
  theme: Theme;
  /** One line per problem found, for the console. */
  warnings: string[];
}

/** The `offices` property or attribute as a list of offices. */
function readOffices(value: unknown, say: Say, base: string): Office[] {
  if (value == null || value === '') return [];
  const where = `${TAG} offices`;
  // A framework that renders before the script loads writes a list as text: "[object Object]".
  if (typeof value === 'string' && value.includes('[object ')) {
    say(
      TAG,
      'offices',
      value,
      'a list became text: rendered on a server, or before the script loaded. Set it in the browser, after importing leg-pain-check, or use <leg-pain-office> children.',
    );
    return [];
  }
  const items = typeof value === 'string' ? value.split(/[;\n]/, MAX_OFFICES + 1) : value;
  if (!Array.isArray(items)) {
    say(TAG, 'offices', value, 'not a list of offices; ignored.');
    return [];
  }
  if (items.length > MAX_OFFICES) {
    say(TAG, 'offices', value, `over ${MAX_OFFICES} offices; the first ${MAX_OFFICES} shown.`);
  }
  return items
    .slice(0, MAX_OFFICES)
    .filter((item) => typeof item !== 'string' || item.trim())
    .map((item: unknown) => makeOffice(item, where, say, base))
    .filter((office): office is Office => !!office);
}

export function readConfig(input: Input): Read {
  const warnings: string[] = [];
  const say: Say = (...args) => {
    const line = message(...args);
    if (!warnings.includes(line)) warnings.push(line);
  };
  // A value that throws when read (a revoked proxy, such as a leaked Immer draft, or a getter that
  // throws) is reported and read as unset: the widget and a check in progress go on.
  const read = <T>(attribute: string, clean: (attribute: string) => T, unset: T): T => {
    try {
      return clean(attribute);
    } catch {
      say(TAG, attribute, '(a value that throws when read)', 'ignored.');
      return unset;
    }
  };
  // Text as it was set, for the attributes whose words the code below reads itself.
  const text = (attribute: string, value: unknown) =>
    read(attribute, (a) => asText(value, TAG, a, say), '');
  const {base} = input;
  const children = (input.children ?? [])
    .map((child) => makeOffice(child, OFFICE_TAG, say, base))
    .filter((office): office is Office => !!office);
  const config: Config = {
    clinicName: read('clinic-name', (a) => cleanText(input.clinicName, TAG, a, say), ''),
    phone: read('phone', (a) => cleanPhone(input.phone, TAG, a, say), ''),
    bookingUrl: read('booking-url', (a) => safeUrl(input.bookingUrl, TAG, a, say, base), ''),
    emergencyNumber: read(
      'emergency-number',
      () => cleanEmergency(input.emergencyNumber, say),
      DEFAULT_EMERGENCY,
    ),
    offices: mergeOffices(
      read('offices', () => readOffices(input.offices, say, base), []),
      children,
      say,
    ),
  };

  // A removed attribute means the default, without a message.
  let theme = text('theme', input.theme).trim().toLowerCase() || 'auto';
  if (!(THEMES as readonly string[]).includes(theme)) {
    say(TAG, 'theme', input.theme, `use one of ${THEMES.join(', ')}; using auto.`);
    theme = 'auto';
  }

  // Codes separated by spaces or commas; "off" (or a single language) means no switch. A code
  // the widget lacks followed by a fingerprint is the clinic's own language file beside the main
  // file, as `npm run words:import` printed it.
  const listed = text('languages', input.languages)
    .split(/[\s,]+/)
    .filter(Boolean);
  const files: Record<string, string> = {};
  const languages: string[] = listed.length ? [] : [...CODES];
  for (let i = 0; i < listed.length; i++) {
    const code = listed[i].toLowerCase();
    // Only a fingerprint the browser checks: it ignores one it cannot read, and would let the
    // file through unchecked.
    const hash = /^sha(256|384|512)-[\w+/]+=*$/.test(listed[i + 1]) ? listed[++i] : '';
    const own = findLanguage(code);
    const found = own || (hash && /^[a-z]{2,3}$/.test(code) && code);
    if (found) {
      // A language the widget has (one a later version built in, say) keeps its own words.
      if (hash && own) say(TAG, 'languages', code, `built in: its own words are used, not a file.`);
      else if (hash) files[found] = hash;
      if (!languages.includes(found)) languages.push(found);
    } else if (code !== 'off' || listed.length > 1) {
      say(
        TAG,
        'languages',
        code,
        `not a language it speaks (${CODES.join(', ')}, or off; a new one needs its sha384-… after it); left out.`,
      );
    }
  }
  const extra = Object.keys(files);
  const codes = [...CODES, ...extra];

  const own = text('lang', input.lang);
  const tag = own.trim() ? own : (input.pageLang ?? '');
  let lang = findLanguage(tag, extra);
  if (!lang) {
    if (tag.trim()) {
      say(TAG, 'lang', tag, `it speaks ${codes.join(', ')} only; using English.`);
    }
    lang = 'en';
  }
  return {config, lang, languages, files, theme: theme as Theme, warnings};
}
