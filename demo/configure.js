// The configurator: a form -> a live <leg-pain-check> preview and the snippet to copy.
// A plain browser module, no build step. The widget itself comes from /dist/leg-pain-check.js.

const DEFAULT_ACCENT = '#0b5cad';
const DEFAULT_DARK_ACCENT = '#8cc4ff';
const DEFAULT_EMERGENCY = '911';
// The widget's own colours each accent is shown with (see the README's custom property table).
const LIGHT = {bg: '#ffffff', accentText: '#ffffff'};
const DARK = {bg: '#161b21', accentText: '#0b1420'};

// Prefilled with the demo clinic (demo/index.html).
const EXAMPLE = {
  clinicName: 'Lakeshore Vein & Vascular',
  phone: '(269) 555-0100',
  bookingUrl: 'https://example.com/book',
  emergency: DEFAULT_EMERGENCY,
  lang: '',
  theme: 'auto',
  accent: DEFAULT_ACCENT,
  darkAccent: DEFAULT_DARK_ACCENT,
  format: 'html',
  scriptSrc: '/leg-pain-check.js',
  offices: [
    ['Kalamazoo', '1200 Oakland Dr, Kalamazoo, MI 49008', '(269) 555-0101', 42.2917, -85.5872],
    ['Allegan', '318 Riverbend Ave, Allegan, MI 49010', '(269) 555-0102', 42.5292, -85.8553],
    [
      'Battle Creek',
      '640 Cedar Hollow Dr, Battle Creek, MI 49015',
      '(269) 555-0103',
      42.3212,
      -85.1797,
    ],
    ['Coldwater', '410 Orchard Park Dr, Coldwater, MI 49036', '(517) 555-0104', 41.9403, -85.0005],
    ['Sturgis', '118 Prairie View Rd, Sturgis, MI 49091', '(269) 555-0105', 41.7992, -85.4192],
    ['Three Rivers', '52 Millrace St, Three Rivers, MI 49093', '(269) 555-0106', 41.9439, -85.6325],
  ].map(([name, address, phone, lat, lng]) => ({
    name,
    address,
    phone,
    bookingUrl: `https://example.com/book/${name.toLowerCase().replace(/ /g, '-')}`,
    lat: String(lat),
    lng: String(lng),
  })),
};

const OFFICE_KEYS = ['name', 'address', 'phone', 'bookingUrl', 'lat', 'lng'];
const OFFICE_ATTRIBUTES = {bookingUrl: 'booking-url'};

const $ = (id) => document.getElementById(id);
const form = $('config-form');
const fields = {
  clinicName: $('clinic-name'),
  phone: $('phone'),
  bookingUrl: $('booking-url'),
  emergency: $('emergency'),
  lang: $('lang'),
  theme: $('theme'),
  accent: $('accent'),
  darkAccent: $('dark-accent'),
  scriptSrc: $('script-src'),
  format: $('snippet-format'),
};
const officeList = $('office-list');
const officeTemplate = $('office-template');
const officeStatus = $('office-status');
const preview = $('preview-widget');
const snippet = $('snippet');
const copyStatus = $('copy-status');
const accentHint = $('accent-hint');
const darkAccentHint = $('dark-accent-hint');
const snippetLabel = $('snippet-label');

// ---- Escaping -------------------------------------------------------------------------------

const escapeText = (value) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');

// ---- Reading the form -----------------------------------------------------------------------

function readOffices() {
  return [...officeList.children]
    .map((row) => {
      const office = {};
      for (const key of OFFICE_KEYS) {
        office[key] = row.querySelector(`[data-key="${key}"]`).value.trim();
      }
      return office;
    })
    .filter((office) => office.name);
}

function readState() {
  const state = {};
  for (const [key, input] of Object.entries(fields)) state[key] = input.value.trim();
  state.accent = state.accent.toLowerCase();
  state.darkAccent = state.darkAccent.toLowerCase();
  state.offices = readOffices();
  return state;
}

/** The widget's attributes, in a stable order, leaving out empty values and defaults. */
function widgetAttributes(state) {
  const attributes = [
    ['clinic-name', state.clinicName],
    ['phone', state.phone],
    ['booking-url', state.bookingUrl],
    ['emergency-number', state.emergency === DEFAULT_EMERGENCY ? '' : state.emergency],
    ['lang', state.lang],
    ['theme', state.theme === 'auto' ? '' : state.theme],
  ];
  return attributes.filter(([, value]) => value);
}

function officeAttributes(office) {
  return OFFICE_KEYS.map((key) => [OFFICE_ATTRIBUTES[key] ?? key, office[key]]).filter(
    ([, value]) => value,
  );
}

// ---- The snippet ----------------------------------------------------------------------------

/** An opening tag; attributes go one per line when the tag would be long. */
function openTag(name, attributes, indent = '') {
  const parts = attributes.map(([key, value]) => `${key}="${escapeAttribute(value)}"`);
  const line = `${indent}<${name}${parts.map((part) => ` ${part}`).join('')}>`;
  if (line.length <= 100 || parts.length < 2) return line;
  return `${indent}<${name}\n${parts.map((part) => `${indent}  ${part}`).join('\n')}\n${indent}>`;
}

/** The same rule the widget uses to dial a number: digits, a leading +, an extension. */
function telHref(phone) {
  const [main, extension] = phone.split(/\s*(?:ext\.?|x|#)\s*/i);
  const digits = main.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return '';
  const ext = extension?.replace(/\D/g, '');
  return `tel:${main.trim().startsWith('+') ? '+' : ''}${digits}${ext ? `;ext=${ext}` : ''}`;
}

function fallback(state) {
  const tel = telHref(state.phone);
  if (!tel) return '';
  const link = `<a href="${escapeAttribute(tel)}">${escapeText(state.phone)}</a>`;
  return state.lang === 'es'
    ? `  <p>¿Preguntas sobre el dolor de piernas? Llámenos al ${link}.</p>`
    : `  <p>Questions about leg pain? Call us at ${link}.</p>`;
}

/** The custom properties to set: only colours that differ from the widget's defaults. */
function colours(state) {
  return [
    ['--lpc-accent', state.accent, DEFAULT_ACCENT],
    ['--lpc-dark-accent', state.darkAccent, DEFAULT_DARK_ACCENT],
  ].filter(([, value, fallback]) => value !== fallback);
}

function htmlSnippet(state) {
  const src = state.scriptSrc || '/leg-pain-check.js';
  const classic = /\.iife\.js([?#].*)?$/i.test(src);
  const lines = [
    classic
      ? `<script src="${escapeAttribute(src)}" defer></script>`
      : `<script type="module" src="${escapeAttribute(src)}"></script>`,
  ];
  const custom = colours(state);
  if (custom.length) {
    lines.push(`<style>leg-pain-check{${custom.map(([name, value]) => `${name}:${value}`).join(';')}}</style>`);
  }
  lines.push(openTag('leg-pain-check', widgetAttributes(state)));
  for (const office of state.offices) {
    lines.push(`${openTag('leg-pain-office', officeAttributes(office), '  ')}</leg-pain-office>`);
  }
  const call = fallback(state);
  if (call) lines.push(call);
  lines.push('</leg-pain-check>');
  return lines.join('\n');
}

/** The offices as a JavaScript list, numbers as numbers: for the offices property. */
function officesLiteral(state, indent) {
  if (!state.offices.length) return '[]';
  const items = state.offices.map((office) => {
    const fields = OFFICE_KEYS.filter((key) => office[key]).map((key) => {
      const number = (key === 'lat' || key === 'lng') && Number.isFinite(Number(office[key]));
      return `${key}: ${number ? Number(office[key]) : JSON.stringify(office[key])}`;
    });
    return `${indent}  {${fields.join(', ')}},`;
  });
  return `[\n${items.join('\n')}\n${indent}]`;
}

function reactSnippet(state) {
  // JSX attribute values as expressions: JSON strings need no HTML escaping.
  const attributes = widgetAttributes(state).map(([name, value]) => `${name}={${JSON.stringify(value)}}`);
  if (state.offices.length) attributes.push('offices={offices}');
  const custom = colours(state);
  if (custom.length) {
    attributes.push(
      `style={{${custom.map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`).join(', ')}}}`,
    );
  }
  attributes.push('onlpc-result={(event) => console.log(event.detail.level)}');
  return [
    '// LegPainCheck.tsx (import it before your app renders: main.tsx)',
    "import 'leg-pain-check';",
    "import type {} from 'leg-pain-check/react'; // TypeScript only",
    '',
    ...(state.offices.length ? [`const offices = ${officesLiteral(state, '')};`, ''] : []),
    'export function LegPainCheck() {',
    '  return (',
    '    <leg-pain-check',
    ...attributes.map((attribute) => `      ${attribute}`),
    '    />',
    '  );',
    '}',
  ].join('\n');
}

function vueSnippet(state) {
  const attributes = widgetAttributes(state).map(
    ([name, value]) => `${name}="${escapeAttribute(value)}"`,
  );
  if (state.offices.length) attributes.push(':offices.prop="offices"');
  const custom = colours(state);
  if (custom.length) {
    attributes.push(`style="${custom.map(([name, value]) => `${name}: ${value}`).join('; ')}"`);
  }
  attributes.push('@lpc-result="(event) => console.log(event.detail.level)"');
  return [
    '<!-- LegPainCheck.vue. In vite.config, inside plugins (not at the top level of',
    '     defineConfig, where it is ignored):',
    "     vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('leg-pain-')}}}) -->",
    '<script setup>',
    "import 'leg-pain-check';",
    ...(state.offices.length ? [`const offices = ${officesLiteral(state, '')};`] : []),
    '</script>',
    '',
    '<template>',
    '  <leg-pain-check',
    ...attributes.map((attribute) => `    ${attribute}`),
    '  />',
    '</template>',
  ].join('\n');
}

const SNIPPETS = {
  html: [htmlSnippet, 'Paste this into your page, in the body, once:'],
  react: [reactSnippet, 'A React 19 component: save it as LegPainCheck.tsx and render it:'],
  vue: [vueSnippet, 'A Vue 3 component: save it as LegPainCheck.vue and use it:'],
};

function buildSnippet(state) {
  const [build] = SNIPPETS[state.format] ?? SNIPPETS.html;
  return build(state);
}

// ---- The preview ----------------------------------------------------------------------------

let shownOffices = '';

function updatePreview(state) {
  const attributes = new Map(widgetAttributes(state));
  for (const name of ['clinic-name', 'phone', 'booking-url', 'emergency-number', 'lang']) {
    if (attributes.has(name)) preview.setAttribute(name, attributes.get(name));
    else preview.removeAttribute(name);
  }
  // Always set: the widget treats a missing theme as auto anyway.
  preview.setAttribute('theme', state.theme || 'auto');
  // Exactly the colours the snippet sets: the preview shows what the contrast hints check.
  for (const name of ['--lpc-accent', '--lpc-dark-accent']) preview.style.removeProperty(name);
  for (const [name, value] of colours(state)) preview.style.setProperty(name, value);

  const key = JSON.stringify(state.offices);
  if (key === shownOffices) return;
  shownOffices = key;
  preview.replaceChildren(
    ...state.offices.map((office) => {
      const element = document.createElement('leg-pain-office');
      for (const [name, value] of officeAttributes(office)) element.setAttribute(name, value);
      return element;
    }),
  );
}

// ---- Accent contrast ------------------------------------------------------------------------

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * One hint per accent, checked against the colours it is shown with: link and outlined-button
 * text on the background, and button text on the accent. Only for the modes the theme setting
 * can show; the other hint says it is not used.
 */
function hint(element, accent, colours, label, used) {
  if (!used) {
    element.textContent = `Not used: the widget is ${label === 'light' ? 'always dark' : 'always light'}.`;
    element.classList.remove('warn');
    return;
  }
  const checks = [
    ['links on the background', contrast(accent, colours.bg)],
    ['button text on it', contrast(colours.accentText, accent)],
  ];
  const low = checks.some(([, ratio]) => ratio < 4.5);
  element.textContent = [
    `Checked against the ${label} background (${colours.bg}):`,
    checks.map(([what, ratio]) => `${what} ${ratio.toFixed(1)}:1${ratio < 4.5 ? ' (too low)' : ''}`).join(', ') + '.',
    low ? 'Aim for 4.5:1 or more.' : '',
  ]
    .join(' ')
    .trim();
  element.classList.toggle('warn', low);
}

function updateAccentHint(state) {
  hint(accentHint, state.accent, LIGHT, 'light', state.theme !== 'dark');
  hint(darkAccentHint, state.darkAccent, DARK, 'dark', state.theme !== 'light');
}

// ---- Office rows ----------------------------------------------------------------------------

let nextRowId = 1;

function addOffice(office = {}) {
  const row = officeTemplate.content.firstElementChild.cloneNode(true);
  const id = nextRowId++;
  for (const input of row.querySelectorAll('[data-key]')) {
    input.id = `office-${id}-${input.dataset.key}`;
    input.value = office[input.dataset.key] ?? '';
  }
  for (const label of row.querySelectorAll('label[data-for]')) {
    label.htmlFor = `office-${id}-${label.dataset.for}`;
  }
  officeList.append(row);
  return row;
}

function renumberOffices() {
  [...officeList.children].forEach((row, index) => {
    for (const number of row.querySelectorAll('.office-number')) {
      number.textContent = String(index + 1);
    }
  });
}

$('add-office').addEventListener('click', () => {
  const row = addOffice();
  renumberOffices();
  row.querySelector('[data-key="name"]').focus();
  update();
});

officeList.addEventListener('click', (event) => {
  const button = event.target.closest('.remove');
  if (!button) return;
  const row = button.closest('li');
  const number = row.querySelector('.office-number').textContent;
  const name = row.querySelector('[data-key="name"]').value.trim();
  const next = row.nextElementSibling ?? row.previousElementSibling;
  row.remove();
  renumberOffices();
  (next?.querySelector('[data-key="name"]') ?? $('add-office')).focus();
  officeStatus.textContent = `Office ${number}${name ? ` (${name})` : ''} removed.`;
  update();
});

// ---- Copying --------------------------------------------------------------------------------

function say(message) {
  // Cleared first so the same message is announced again on a second press.
  copyStatus.textContent = '';
  setTimeout(() => (copyStatus.textContent = message), 50);
}

$('copy').addEventListener('click', async () => {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(snippet.value);
    say('Copied. Now paste it into your page.');
  } catch {
    snippet.focus();
    snippet.select();
    say(
      'This browser did not let the page copy. The snippet is selected: press Ctrl+C (⌘C on a Mac).',
    );
  }
});

// ---- Wiring ---------------------------------------------------------------------------------

let previewTimer;

function update() {
  const state = readState();
  const text = buildSnippet(state);
  snippetLabel.textContent = (SNIPPETS[state.format] ?? SNIPPETS.html)[1];
  if (text !== snippet.value) {
    snippet.value = text;
    copyStatus.textContent = '';
  }
  updateAccentHint(state);
  // The preview waits for a pause in typing, so half-typed values do not flood the console.
  window.clearTimeout(previewTimer);
  previewTimer = window.setTimeout(() => updatePreview(state), 250);
}

form.addEventListener('input', update);
fields.format.addEventListener('change', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

for (const [key, input] of Object.entries(fields)) input.value = EXAMPLE[key];
EXAMPLE.offices.forEach((office) => addOffice(office));
renumberOffices();
const initial = readState();
snippet.value = buildSnippet(initial);
updateAccentHint(initial);
updatePreview(initial);
