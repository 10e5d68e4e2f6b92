// The configurator: a form -> a live <leg-pain-check> preview and the snippet to copy.
// A plain browser module. The widget itself comes from /dist/leg-pain-check.js, its phone rule
// from /build/ (both made by `npm start`).

// The widget's own rule for what a phone value dials (tsc's output of src/config/phone.ts).
import {telHref} from '/build/src/config/phone.js';

const DEFAULT_EMERGENCY = '911';
// The widget's own colours, as in its stylesheet and the README's custom property table. Each
// accent is checked against the colours it is shown with, in the mode that shows it.
const MODES = {
  light: {
    label: 'light',
    property: '--lpc-accent',
    accent: '#0b5cad',
    accentText: '#ffffff',
    bg: '#ffffff',
  },
  dark: {
    label: 'dark',
    property: '--lpc-dark-accent',
    accent: '#8cc4ff',
    accentText: '#0b1420',
    bg: '#161b21',
  },
};
const DEFAULT_ACCENT = MODES.light.accent;
const DEFAULT_DARK_ACCENT = MODES.dark.accent;
// WCAG 2.x, 1.4.3: normal-size text, which link text and button labels are.
const MIN_CONTRAST = 4.5;

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
const previewMode = $('preview-mode');
const snippet = $('snippet');
const copyStatus = $('copy-status');
const colourStatus = $('colour-status');
const checks = {light: $('accent-check'), dark: $('dark-accent-check')};
const snippetLabel = $('snippet-label');
const cspHint = $('csp-hint');

// ---- Escaping -------------------------------------------------------------------------------

/** HTML text, and attribute values in double quotes (HTML, and Vue templates, which decode the
 * same entities). */
const escapeText = (value) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');

/**
 * A JSX attribute. A JSX string has no backslash escapes and decodes HTML entities, so a value
 * with a quote, a backslash or something that reads as an entity (&amp;) goes in braces as a
 * JavaScript string instead.
 */
const jsxAttribute = (name, value) =>
  /["\\\p{C}]|&(#?[0-9a-z]+);/iu.test(value)
    ? `${name}={${JSON.stringify(value)}}`
    : `${name}="${value}"`;

/** A colour as the widget reads it: #rrggbb, or the mode's default for anything else. */
const hexColour = (value, fallback) => (/^#[0-9a-f]{6}$/.test(value) ? value : fallback);

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
  state.accent = hexColour(state.accent.toLowerCase(), DEFAULT_ACCENT);
  state.darkAccent = hexColour(state.darkAccent.toLowerCase(), DEFAULT_DARK_ACCENT);
  state.offices = readOffices();
  return state;
}

/** The modes the theme setting can show: light, dark, or both when it follows the device. */
function modesShown(state) {
  if (state.theme === 'light') return ['light'];
  if (state.theme === 'dark') return ['dark'];
  return ['light', 'dark'];
}

const accentOf = (state, mode) => (mode === 'dark' ? state.darkAccent : state.accent);

/**
 * The custom properties to set: the accent of each mode the theme shows, when it differs from
 * the widget's default. The preview sets exactly these, so it shows what the checks check.
 */
function colours(state) {
  return modesShown(state)
    .map((mode) => [MODES[mode].property, accentOf(state, mode), MODES[mode].accent])
    .filter(([, value, fallback]) => value !== fallback)
    .map(([name, value]) => [name, value]);
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

function fallback(state) {
  const tel = telHref(state.phone);
  if (!tel) return '';
  const link = `<a href="${escapeAttribute(tel)}">${escapeText(state.phone)}</a>`;
  return state.lang === 'es'
    ? `  <p>¿Preguntas sobre el dolor de piernas? Llámenos al ${link}.</p>`
    : `  <p>Questions about leg pain? Call us at ${link}.</p>`;
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
    lines.push(
      '<style>',
      '  leg-pain-check {',
      ...custom.map(([name, value]) => `    ${name}: ${value};`),
      '  }',
      '</style>',
    );
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
function officesLiteral(state) {
  if (!state.offices.length) return '[]';
  const items = state.offices.map((office) => {
    const fields = OFFICE_KEYS.filter((key) => office[key]).map((key) => {
      const number = (key === 'lat' || key === 'lng') && Number.isFinite(Number(office[key]));
      return `${key}: ${number ? Number(office[key]) : JSON.stringify(office[key])}`;
    });
    const line = `  {${fields.join(', ')}},`;
    return line.length <= 100
      ? line
      : `  {\n${fields.map((field) => `    ${field},`).join('\n')}\n  },`;
  });
  return `[\n${items.join('\n')}\n]`;
}

function reactSnippet(state) {
  const attributes = widgetAttributes(state).map(([name, value]) => jsxAttribute(name, value));
  if (state.offices.length) attributes.push('offices={offices}');
  const custom = colours(state);
  if (custom.length) {
    const entries = custom.map(([name, value]) => `'${name}': '${value}'`);
    attributes.push(`style={{${entries.join(', ')}}}`);
  }
  attributes.push('onlpc-result={(event) => console.log(event.detail.level)}');
  return [
    '// LegPainCheck.tsx. Import the package at the top of main.tsx too, before anything renders,',
    '// so the element is defined when React sets its offices.',
    "import 'leg-pain-check';",
    "import type {} from 'leg-pain-check/react'; // TypeScript: types for <leg-pain-check> in JSX",
    '',
    ...(state.offices.length ? [`const offices = ${officesLiteral(state)};`, ''] : []),
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
  attributes.push('@lpc-result="onResult"');
  return [
    '<!--',
    '  LegCheck.vue. Tell Vue that leg-pain-* tags are custom elements: in vite.config.js (or',
    '  .ts) the option goes inside the vue() plugin in plugins. At the top level of defineConfig',
    '  it is ignored.',
    '',
    "  import {defineConfig} from 'vite';",
    "  import vue from '@vitejs/plugin-vue';",
    '',
    '  export default defineConfig({',
    '    plugins: [',
    "      vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('leg-pain-')}}}),",
    '    ],',
    '  });',
    '-->',
    '<script setup>',
    "import 'leg-pain-check';",
    '// TypeScript (<script setup lang="ts">): import type {} from \'leg-pain-check/vue\';',
    '',
    ...(state.offices.length ? [`const offices = ${officesLiteral(state)};`] : []),
    'const onResult = (event) => console.log(event.detail.level);',
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
  vue: [vueSnippet, 'A Vue 3 component: save it as LegCheck.vue (not LegPainCheck.vue: Vue would read the tag as the component itself) and use it:'],
};

function buildSnippet(state) {
  const [build] = SNIPPETS[state.format] ?? SNIPPETS.html;
  return build(state);
}

// ---- The preview ----------------------------------------------------------------------------

let shownOffices = '';

/** The mode the preview shows: the theme's, or when it follows the device, the one picked. */
function previewTheme(state) {
  const shown = modesShown(state);
  if (shown.length === 1) return shown[0];
  return previewMode.querySelector('input:checked')?.value ?? 'light';
}

function updatePreview(state) {
  const attributes = new Map(widgetAttributes(state));
  for (const name of ['clinic-name', 'phone', 'booking-url', 'emergency-number', 'lang']) {
    if (attributes.has(name)) preview.setAttribute(name, attributes.get(name));
    else preview.removeAttribute(name);
  }
  // Light or dark, never auto: the preview shows the mode picked under it, whatever this
  // device is set to.
  preview.setAttribute('theme', previewTheme(state));
  // Exactly the colours the snippet sets: the preview shows what the contrast checks check.
  for (const mode of Object.values(MODES)) preview.style.removeProperty(mode.property);
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

function updatePreviewMode(state) {
  previewMode.hidden = modesShown(state).length < 2;
}

// ---- Accent contrast ------------------------------------------------------------------------

/** WCAG 2.x relative luminance of #rrggbb. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio, 1 to 21. */
function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Rounded down, so 4.49 never reads as a passing 4.5. */
const ratioText = (ratio) => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;

/**
 * The check under an accent: for a mode the theme shows, its contrast with the colours it is
 * shown with there (links and outlined-button text on the background, button text on the
 * accent); for a mode it never shows, that the colour is not used.
 */
function showCheck(state, mode) {
  const element = checks[mode];
  const {label, bg, accentText, accent: standard} = MODES[mode];
  const accent = accentOf(state, mode);
  element.dataset.mode = mode;
  if (!modesShown(state).includes(mode)) {
    element.dataset.used = 'false';
    element.textContent = `Not used: the widget is always ${label === 'light' ? 'dark' : 'light'}.`;
    element.classList.remove('warn');
    return;
  }
  element.dataset.used = 'true';
  const results = [
    [`links on the ${label} background (${bg})`, contrast(accent, bg)],
    [`button text (${accentText}) on ${accent}`, contrast(accentText, accent)],
  ];
  const low = results.some(([, ratio]) => ratio < MIN_CONTRAST);
  const measured = results.map(
    ([what, ratio]) => `${what} ${ratioText(ratio)}${ratio < MIN_CONTRAST ? ', too low' : ''}`,
  );
  element.textContent = [
    accent === standard ? `The widget's default, ${standard}.` : '',
    `In ${label} mode: ${measured.join('; ')}.`,
    low ? `Aim for ${MIN_CONTRAST}:1 or more.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  element.classList.toggle('warn', low);
}

function updateChecks(state) {
  for (const mode of Object.keys(MODES)) showCheck(state, mode);
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

// ---- Accent defaults ------------------------------------------------------------------------

for (const [id, mode] of [
  ['accent-reset', 'light'],
  ['dark-accent-reset', 'dark'],
]) {
  $(id).addEventListener('click', () => {
    const input = mode === 'dark' ? fields.darkAccent : fields.accent;
    input.value = MODES[mode].accent;
    update();
    colourStatus.textContent = `The ${mode} mode accent is the widget's default again, ${MODES[mode].accent}.`;
  });
}

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
  cspHint.hidden = state.format !== 'html';
  if (text !== snippet.value) {
    snippet.value = text;
    copyStatus.textContent = '';
  }
  updateChecks(state);
  updatePreviewMode(state);
  // The preview waits for a pause in typing, so half-typed values do not flood the console.
  window.clearTimeout(previewTimer);
  previewTimer = window.setTimeout(() => updatePreview(state), 250);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
fields.format.addEventListener('change', update);
// The light/dark switch above the preview changes only the preview: at once.
previewMode.addEventListener('change', () => updatePreview(readState()));

// The preview starts in the mode this device is set to.
const deviceMode = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
previewMode.querySelector(`input[value="${deviceMode}"]`).checked = true;

for (const [key, input] of Object.entries(fields)) input.value = EXAMPLE[key];
EXAMPLE.offices.forEach((office) => addOffice(office));
renumberOffices();
const initial = readState();
snippet.value = buildSnippet(initial);
cspHint.hidden = initial.format !== 'html';
updateChecks(initial);
updatePreviewMode(initial);
updatePreview(initial);
