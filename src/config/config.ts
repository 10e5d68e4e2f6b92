/**
 * Turns what a host page sets (attributes, `<leg-pain-office>` children, the `offices` property)
 * into a typed, safe config. Anything odd gets one console warning naming the element, the
 * attribute and the value, then a sensible default: the widget keeps working.
 */

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
  bookingUrl?: string;
  lat?: number | string;
  lng?: number | string;
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

export function warn(element: string, attribute: string, value: unknown, problem: string): void {
  let shown = String(value);
  if (shown.length > 60) shown = `${shown.slice(0, 60)}… (${shown.length} characters)`;
  console.warn(`<${element}> ${attribute}="${shown}": ${problem}`);
}

/** Trims, folds white space and caps the length of a configured string. */
export function cleanText(
  value: string | null | undefined,
  element: string,
  attribute: string,
): string {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_TEXT) return text;
  warn(element, attribute, text, `too long; cut to ${MAX_TEXT} characters.`);
  return text.slice(0, MAX_TEXT).trim();
}

const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'mailto:'];

/** A link the widget may render, or '' (with a warning) for javascript:, data: and the like. */
export function safeUrl(
  value: string | null | undefined,
  element: string,
  attribute: string,
): string {
  const text = (value ?? '').trim();
  if (!text) return '';
  let url: URL;
  try {
    url = new URL(text, document.baseURI);
  } catch {
    warn(element, attribute, text, 'not a link; left out.');
    return '';
  }
  if (!SAFE_SCHEMES.includes(url.protocol)) {
    warn(element, attribute, text, `left out: links must start with ${SAFE_SCHEMES.join(' ')}`);
    return '';
  }
  return url.href;
}

/**
 * A `tel:` link for a phone number as people write it: "(269) 555-0100", "+1 269 555 0100",
 * "269.555.0100 ext. 2". Returns '' when there are too few digits to dial.
 */
export function telHref(phone: string): string {
  const [main, extension] = phone.split(/\s*(?:ext\.?|x|#)\s*/i);
  const plus = main.trim().startsWith('+') ? '+' : '';
  const digits = main.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return '';
  const ext = extension?.replace(/\D/g, '');
  return `tel:${plus}${digits}${ext ? `;ext=${ext}` : ''}`;
}

/** A phone number worth showing: it must dial. Empty stays empty. */
export function cleanPhone(
  value: string | null | undefined,
  element: string,
  attribute: string,
): string {
  const text = cleanText(value, element, attribute);
  if (text && !telHref(text)) {
    warn(element, attribute, text, 'not a phone number; left out.');
    return '';
  }
  return text;
}

/** Emergency numbers are short digit strings (911, 112, 999, 000). */
export function cleanEmergency(value: string | null | undefined): string {
  if (value == null || value.trim() === '') return DEFAULT_EMERGENCY;
  const text = value.trim();
  if (/^\d{2,6}$/.test(text)) return text;
  warn(
    TAG,
    'emergency-number',
    text,
    `is not a short emergency number; using ${DEFAULT_EMERGENCY}.`,
  );
  return DEFAULT_EMERGENCY;
}

function coordinate(
  value: unknown,
  limit: number,
  element: string,
  attribute: string,
): number | undefined {
  if (value == null || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (Number.isFinite(number) && Math.abs(number) <= limit) return number;
  warn(element, attribute, value, 'not a coordinate; left out.');
  return undefined;
}

/** One office from any source; undefined (with a warning) when it has no name. */
export function makeOffice(input: OfficeInput, element: string = OFFICE_TAG): Office | undefined {
  const name = cleanText(input.name, element, 'name');
  if (!name) {
    warn(element, 'name', input.name ?? '', 'an office needs a name; left out.');
    return undefined;
  }
  let lat = coordinate(input.lat, 90, element, 'lat');
  let lng = coordinate(input.lng, 180, element, 'lng');
  if ((lat === undefined) !== (lng === undefined)) {
    warn(
      element,
      lat === undefined ? 'lat' : 'lng',
      '',
      `"${name}" needs both lat and lng; left out.`,
    );
    lat = lng = undefined;
  }
  return {
    name,
    address: cleanText(input.address, element, 'address'),
    phone: cleanPhone(input.phone, element, 'phone'),
    bookingUrl: safeUrl(input.bookingUrl, element, 'booking-url'),
    ...(lat !== undefined && lng !== undefined ? {lat, lng} : {}),
  };
}

/** The `offices="Kalamazoo; Allegan; Battle Creek"` attribute. */
export function parseOfficeList(value: string | null): Office[] {
  if (!value) return [];
  return value
    .split(/[;\n]/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => makeOffice({name}, `${TAG} offices`))
    .filter((office): office is Office => !!office);
}

/** One `<leg-pain-office>` child. */
export function readOfficeElement(element: Element): Office | undefined {
  return makeOffice(
    {
      name: element.getAttribute('name') ?? '',
      address: element.getAttribute('address') ?? undefined,
      phone: element.getAttribute('phone') ?? undefined,
      bookingUrl: element.getAttribute('booking-url') ?? undefined,
      lat: element.getAttribute('lat') ?? undefined,
      lng: element.getAttribute('lng') ?? undefined,
    },
    OFFICE_TAG,
  );
}

/**
 * The `offices` property: an array of objects from a framework, or a string like the attribute.
 * Anything else is warned about and ignored.
 */
export function readOfficeProperty(value: unknown): Office[] {
  if (value == null) return [];
  if (typeof value === 'string') return parseOfficeList(value);
  if (!Array.isArray(value)) {
    warn(TAG, 'offices', value, 'not a list of offices; ignored.');
    return [];
  }
  return value
    .map((item) => {
      if (item && typeof item === 'object' && 'name' in item)
        return makeOffice(item as OfficeInput, `${TAG} offices`);
      if (typeof item === 'string') return makeOffice({name: item}, `${TAG} offices`);
      warn(
        TAG,
        'offices',
        JSON.stringify(item) ?? String(item),
        'an office needs a name; left out.',
      );
      return undefined;
    })
    .filter((office): office is Office => !!office);
}

/**
 * Offices named in the list gain the details of a child with the same name; children not in the
 * list follow in page order.
 */
export function mergeOffices(listed: readonly Office[], detailed: readonly Office[]): Office[] {
  const key = (office: Office) => office.name.toLowerCase();
  const details = new Map(detailed.map((office) => [key(office), office]));
  const merged = listed.map((office) => details.get(key(office)) ?? office);
  const named = new Set(listed.map(key));
  return [...merged, ...detailed.filter((office) => !named.has(key(office)))];
}
