// The configurator (demo/configure.html): a light and a dark accent, each checked against the
// background it is shown on and only where the theme setting shows it, the preview painted with
// exactly the colours checked, and the snippet for plain HTML, React 19 and Vue 3, each checked
// as pasted: the HTML rendered in Chromium, the React component compiled by TypeScript and run,
// the Vue component and its vite.config compiled by Vue's own compiler.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import ts from 'typescript';
import {compileTemplate, parse} from 'vue/compiler-sfc';
import {LIVE, useBrowser} from './browser.mjs';

const env = useBrowser();

// ---- WCAG 2.x, written out again here so the page's own arithmetic is checked ----------------

const channel = (hex, i) => {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex) =>
  0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
function contrast(a, b) {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
/** As the page prints a ratio: one decimal, rounded down. */
const shown = (ratio) => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
const rgb = (hex) =>
  `rgb(${[0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)).join(', ')})`;

const LIGHT = {bg: '#ffffff', accentText: '#ffffff', accent: '#0b5cad'};
const DARK = {bg: '#161b21', accentText: '#0b1420', accent: '#8cc4ff'};

// ---- Driving the page ----------------------------------------------------------------------

async function open({colorScheme = 'light'} = {}) {
  const context = await env.browser.newContext({colorScheme, reducedMotion: 'reduce'});
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${env.origin}/configure.html`, {waitUntil: 'load'});
  await page.waitForFunction(() => customElements.get('leg-pain-check'));
  await page.locator('#preview-widget [part~=start]').waitFor();
  return {context, page, errors};
}

/** Sets a colour input and lets the page react, as the picker does. */
const pick = (page, id, value) =>
  page.evaluate(
    ([id, value]) => {
      const input = document.getElementById(id);
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true}));
      input.dispatchEvent(new Event('change', {bubbles: true}));
    },
    [id, value],
  );
const choose = (page, id, value) => page.selectOption(`#${id}`, value);
const text = async (page, id) =>
  (await page.locator(`#${id}`).textContent()).replace(/\s+/g, ' ').trim();
const snippet = (page) => page.locator('#snippet').inputValue();

/** The check under an accent: whether it applies, its text, and whether it warns. */
const check = (page, id) =>
  page.locator(`#${id}`).evaluate((p) => ({
    used: p.dataset.used === 'true',
    text: p.textContent.replace(/\s+/g, ' ').trim(),
    warn: p.classList.contains('warn'),
    visible: p.checkVisibility(),
  }));

/** The preview as painted, once its (debounced) update has landed on the Start background. */
async function painted(page, accent) {
  await page.waitForFunction(
    (want) => {
      const start = document
        .getElementById('preview-widget')
        .shadowRoot?.querySelector('[part~=start]');
      return start && getComputedStyle(start).backgroundColor === want;
    },
    rgb(accent),
    {timeout: 5000},
  );
  return page.locator('#preview-widget').evaluate((widget) => {
    const start = widget.shadowRoot.querySelector('[part~=start]');
    const card = widget.shadowRoot.querySelector('[part~=card]');
    return {
      start: getComputedStyle(start).backgroundColor,
      startText: getComputedStyle(start).color,
      bg: getComputedStyle(card).backgroundColor,
    };
  });
}

// ---- Contrast and preview ------------------------------------------------------------------

test('a light accent with poor contrast is flagged against white, and is what the preview shows', async () => {
  const {context, page, errors} = await open();
  const yellow = '#ffd400';
  await pick(page, 'accent', yellow);
  const light = await check(page, 'accent-check');
  assert.ok(light.used && light.visible && light.warn);
  assert.match(light.text, /light background \(#ffffff\)/);
  assert.ok(light.text.includes(`${shown(contrast(yellow, LIGHT.bg))}, too low`), light.text);
  assert.ok(light.text.includes(shown(contrast(LIGHT.accentText, yellow))), light.text);
  // Follows the device: both modes can show, so both accents are checked.
  assert.ok((await check(page, 'dark-accent-check')).used);

  await choose(page, 'theme', 'light');
  assert.match((await check(page, 'dark-accent-check')).text, /Not used/);
  assert.equal(await page.locator('#preview-mode').isHidden(), true);
  const preview = await painted(page, yellow);
  assert.equal(preview.bg, rgb(LIGHT.bg));
  assert.equal(preview.startText, rgb(LIGHT.accentText));
  const html = await snippet(page);
  assert.match(html, /leg-pain-check \{\n\s+--lpc-accent: #ffd400;\n\s+\}/);
  assert.doesNotMatch(html, /--lpc-dark-accent/, 'always light: no dark accent to set');

  await pick(page, 'accent', '#0b5cad');
  const fine = await check(page, 'accent-check');
  assert.equal(fine.warn, false);
  assert.doesNotMatch(fine.text, /too low/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Always dark": the dark accent is previewed, and checked against the dark background', async () => {
  // This device is light: the preview must still be dark, and the light accent not checked.
  const {context, page, errors} = await open({colorScheme: 'light'});
  await choose(page, 'theme', 'dark');
  await pick(page, 'accent', '#7a1f5c');
  const navy = '#1a3a5c';
  await pick(page, 'dark-accent', navy);

  // (a) The preview's Start button is the dark accent, on the dark background.
  const preview = await painted(page, navy);
  assert.equal(preview.start, rgb(navy));
  assert.equal(preview.bg, rgb(DARK.bg));
  assert.equal(preview.startText, rgb(DARK.accentText));

  // (b) The check shown is the dark one, against the background the preview paints.
  const dark = await check(page, 'dark-accent-check');
  assert.ok(dark.used && dark.visible && dark.warn);
  assert.match(dark.text, /dark background \(#161b21\)/);
  const onDark = contrast(navy, DARK.bg);
  assert.ok(onDark < 4.5);
  assert.ok(dark.text.includes(`${shown(onDark)}, too low`), dark.text);
  assert.ok(!dark.text.includes(shown(contrast(navy, LIGHT.bg))), 'not the light background');
  assert.ok(dark.text.includes(shown(contrast(DARK.accentText, navy))), dark.text);
  const light = await check(page, 'accent-check');
  assert.equal(light.used, false);
  assert.match(light.text, /Not used: the widget is always dark/);
  assert.doesNotMatch(light.text, /:1/, 'no ratio for a colour that is never shown');

  const pink = '#f0a8d8';
  await pick(page, 'dark-accent', pink);
  await painted(page, pink);
  const better = await check(page, 'dark-accent-check');
  assert.equal(better.warn, false);
  assert.ok(better.text.includes(shown(contrast(pink, DARK.bg))), better.text);
  const html = await snippet(page);
  assert.match(html, /--lpc-dark-accent: #f0a8d8;/);
  assert.doesNotMatch(html, /--lpc-accent:/, 'always dark: the light accent is never shown');
  assert.match(html, /theme="dark"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('following the device: both checks, and the preview shows either mode with its accent', async () => {
  const {context, page, errors} = await open({colorScheme: 'dark'});
  await pick(page, 'accent', '#7a1f5c');
  assert.equal(await page.locator('#preview-mode').isVisible(), true);
  // Starts in the mode this device is set to.
  assert.equal(await page.locator('#preview-mode input[value=dark]').isChecked(), true);
  // The dark accent left alone: the widget's dark default, checked, and left out of the snippet.
  const dark = await check(page, 'dark-accent-check');
  assert.ok(dark.used);
  assert.match(dark.text, /default, #8cc4ff/);
  assert.ok(dark.text.includes(shown(contrast(DARK.accent, DARK.bg))), dark.text);
  assert.match(
    await text(page, 'dark-accent-hint'),
    /widget then uses its own dark accent, #8cc4ff/,
  );
  assert.ok((await check(page, 'accent-check')).used);
  assert.deepEqual(await painted(page, DARK.accent), {
    start: rgb(DARK.accent),
    startText: rgb(DARK.accentText),
    bg: rgb(DARK.bg),
  });
  assert.doesNotMatch(await snippet(page), /--lpc-dark-accent/);

  await page.getByLabel('Light mode', {exact: true}).check();
  assert.equal((await painted(page, '#7a1f5c')).bg, rgb(LIGHT.bg));

  await pick(page, 'dark-accent', '#f0a8d8');
  assert.match(await snippet(page), /--lpc-accent: #7a1f5c;\n\s+--lpc-dark-accent: #f0a8d8;/);
  await page.getByLabel('Dark mode', {exact: true}).check();
  await painted(page, '#f0a8d8');
  // Back to the default, by keyboard.
  await page.locator('#dark-accent-reset').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#dark-accent').inputValue(), '#8cc4ff');
  await painted(page, DARK.accent);
  assert.doesNotMatch(await snippet(page), /--lpc-dark-accent/);
  assert.match(await text(page, 'colour-status'), /default again, #8cc4ff/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page itself passes axe (labels, names, contrast) in light and dark, warnings showing', async () => {
  // axe-core, as the browser tests run it (through @open-wc/testing).
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const accents = {light: '#ffd400', dark: '#1a3a5c'};
  for (const colorScheme of ['light', 'dark']) {
    const {context, page} = await open({colorScheme});
    await pick(page, 'accent', accents.light);
    await pick(page, 'dark-accent', accents.dark);
    assert.ok((await check(page, 'accent-check')).warn);
    assert.ok((await check(page, 'dark-accent-check')).warn);
    // The preview's update waits for a pause in typing (250 ms): axe runs on what it shows once
    // it has landed, not on the default accent it showed before.
    await painted(page, accents[colorScheme]);
    await page.addScriptTag({content: axe});
    const found = await page.evaluate(async () => {
      const list = ({violations}) =>
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
      // Every rule over the whole page, contrast only outside the preview: the preview shows the
      // accent picked, and that one is picked here to be too low and warned about.
      const page = await window.axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
        rules: {'color-contrast': {enabled: false}},
      });
      const contrast = await window.axe.run(
        {exclude: [['#preview-widget']]},
        {runOnly: ['color-contrast']},
      );
      // In the preview, axe finds what the warning says: the picked accent too low.
      const preview = await window.axe.run(
        {include: [['#preview-widget']]},
        {runOnly: ['color-contrast']},
      );
      return {page: [...list(page), ...list(contrast)], preview: list(preview)};
    });
    assert.deepEqual(found.page, [], colorScheme);
    assert.equal(found.preview.length, 1, colorScheme);
    assert.match(found.preview[0], /^color-contrast: #preview-widget,/, colorScheme);
    await context.close();
  }
});

// ---- The snippets, as pasted ---------------------------------------------------------------

const NAME = 'Vein & "Leg" <Care> &amp; co\\';

/** The form filled in with awkward values, following the device, both accents set. */
async function filled() {
  const opened = await open();
  const {page} = opened;
  await page.fill('#clinic-name', NAME);
  await page.fill('#script-src', '/dist/leg-pain-check.js');
  await choose(page, 'theme', 'auto');
  await pick(page, 'accent', '#7a1f5c');
  await pick(page, 'dark-accent', '#f0a8d8');
  return opened;
}

test('plain HTML: escaped attributes and a <style> block, and it works pasted into a page', async () => {
  const {context, page} = await filled();
  const html = await snippet(page);
  assert.match(html, /^<script type="module" src="\/dist\/leg-pain-check.js"><\/script>\n<style>/);
  assert.match(html, /clinic-name="Vein &amp; &quot;Leg&quot; &lt;Care&gt; &amp;amp; co\\"/);
  assert.match(html, /<leg-pain-office/);

  // Pasted into an otherwise empty page on a dark device.
  const pasted = await env.browser.newContext({colorScheme: 'dark'});
  const tab = await pasted.newPage();
  await tab.route(`${env.origin}/pasted.html`, (route) =>
    route.fulfill({contentType: 'text/html', body: `<!doctype html>\n<body>\n${html}\n</body>`}),
  );
  await tab.goto(`${env.origin}/pasted.html`);
  const widget = tab.locator(LIVE);
  await widget.locator('[part~=start]').waitFor();
  assert.equal(await tab.locator('leg-pain-check').getAttribute('clinic-name'), NAME);
  assert.equal(await tab.locator('leg-pain-office').count(), 6);
  const start = await widget
    .locator('[part~=start]')
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(start, rgb('#f0a8d8'));
  await pasted.close();
  await context.close();
});

test('React 19: JSX that TypeScript compiles, with the values, offices, colours and handler', async () => {
  const {context, page} = await filled();
  await choose(page, 'snippet-format', 'react');
  const tsx = await snippet(page);
  assert.match(await text(page, 'snippet-label'), /React 19/);
  assert.match(tsx, /<leg-pain-check\n/);
  assert.match(tsx, /clinic-name=\{"Vein & \\"Leg\\" <Care> &amp; co\\\\"\}/);
  assert.match(tsx, /phone="\(269\) 555-0100"/, 'a plain value is a plain JSX string');
  assert.match(tsx, /offices=\{offices\}/);
  assert.match(tsx, /style=\{\{'--lpc-accent': '#7a1f5c', '--lpc-dark-accent': '#f0a8d8'\}\}/);
  assert.match(tsx, /onlpc-result=\{\(event\) => console\.log\(event\.detail\.level\)\}/);

  const {outputText, diagnostics} = ts.transpileModule(tsx, {
    fileName: 'LegPainCheck.tsx',
    reportDiagnostics: true,
    compilerOptions: {
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
    },
  });
  assert.deepEqual(diagnostics, []);
  // Run with a JSX runtime that returns what React would be given.
  const element = (type, props) => ({type, props});
  const modules = {'react/jsx-runtime': {jsx: element, jsxs: element}, 'leg-pain-check': {}};
  const module = {exports: {}};
  new Function('require', 'module', 'exports', outputText)(
    (name) => modules[name] ?? assert.fail(`require ${name}`),
    module,
    module.exports,
  );
  const {type, props} = module.exports.LegPainCheck();
  assert.equal(type, 'leg-pain-check');
  assert.equal(props['clinic-name'], NAME);
  assert.equal(props.phone, '(269) 555-0100');
  assert.deepEqual(props.style, {'--lpc-accent': '#7a1f5c', '--lpc-dark-accent': '#f0a8d8'});
  assert.equal(props.offices.length, 6);
  assert.deepEqual(props.offices[0], {
    name: 'Kalamazoo',
    address: '1200 Oakland Dr, Kalamazoo, MI 49008',
    phone: '(269) 555-0101',
    bookingUrl: 'https://example.com/book/kalamazoo',
    lat: 42.2917,
    lng: -85.5872,
  });
  assert.equal(typeof props['onlpc-result'], 'function');
  assert.equal(await page.locator('#csp-hint').isHidden(), true, 'the <style> note is for HTML');
  await context.close();
});

test('Vue 3: a component Vue compiles, and isCustomElement inside vue() in plugins', async () => {
  const {context, page} = await filled();
  await choose(page, 'snippet-format', 'vue');
  const sfc = await snippet(page);
  assert.match(await text(page, 'snippet-label'), /Vue 3/);
  assert.match(sfc, /:offices\.prop="offices"/);
  assert.match(sfc, /@lpc-result="onResult"/);
  assert.match(sfc, /clinic-name="Vein &amp; &quot;Leg&quot; &lt;Care&gt; &amp;amp; co\\"/);
  assert.match(sfc, /style="--lpc-accent: #7a1f5c; --lpc-dark-accent: #f0a8d8"/);

  // The vite.config in the note: isCustomElement inside vue(), inside plugins.
  const note = sfc.match(/^<!--([\s\S]*?)-->/)[1];
  const config = note.slice(note.indexOf('import {defineConfig}'));
  assert.match(config, /plugins: \[\s+vue\(\{template: \{compilerOptions: \{isCustomElement: /);
  const {outputText, diagnostics} = ts.transpileModule(config, {
    reportDiagnostics: true,
    compilerOptions: {module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022},
  });
  assert.deepEqual(diagnostics, []);
  const modules = {
    vite: {defineConfig: (options) => options},
    '@vitejs/plugin-vue': {default: (options) => ({name: 'vite:vue', options}), __esModule: true},
  };
  const module = {exports: {}};
  new Function('require', 'module', 'exports', outputText)(
    (name) => modules[name],
    module,
    module.exports,
  );
  const viteConfig = module.exports.default;
  assert.deepEqual(Object.keys(viteConfig), ['plugins'], 'nothing at the top level');
  const {isCustomElement} = viteConfig.plugins[0].options.template.compilerOptions;
  assert.equal(isCustomElement('leg-pain-check'), true);
  assert.equal(isCustomElement('leg-pain-office'), true);
  assert.equal(isCustomElement('router-view'), false);

  // The component, compiled with that option.
  const {descriptor, errors} = parse(sfc, {filename: 'LegCheck.vue'});
  assert.deepEqual(errors, []);
  assert.match(descriptor.scriptSetup.content, /import 'leg-pain-check';/);
  const compiled = compileTemplate({
    source: descriptor.template.content,
    filename: 'LegCheck.vue',
    id: 'lpc',
    compilerOptions: {isCustomElement},
  });
  assert.deepEqual(compiled.errors, []);
  assert.doesNotMatch(compiled.code, /resolveComponent/, 'a custom element, not a component');
  assert.ok(compiled.code.includes(JSON.stringify(NAME)), 'the clinic name, decoded');
  assert.match(compiled.code, /"\.offices"/, 'offices as a property');
  await context.close();
});
