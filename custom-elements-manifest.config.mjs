// `cem analyze` writes custom-elements.json, the single source of the public surface: the
// element and <leg-pain-office>, their attributes and properties (types and defaults), events,
// parts and CSS properties, with module paths pointing at the shipped file. From it, the same
// run generates the editor and framework data shipped in dist/: JSX types (React), Vue types,
// VS Code custom data and JetBrains web-types.
import {readFileSync, writeFileSync} from 'node:fs';
import {customElementJsxPlugin} from 'custom-element-jsx-integration';
import {customElementVuejsPlugin} from 'custom-element-vuejs-integration';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';

const SHIPPED = 'dist/leg-pain-check.js';
/** Where the generated type files (in dist/) find the element's types. */
const TYPES = '../build/src/leg-pain-check.js';

/** <leg-pain-office> has no class of its own (the widget reads its attributes), so it is described here. */
const office = (name, description) => ({
  name,
  fieldName: name,
  type: {text: 'string'},
  description,
});
export const OFFICE = {
  kind: 'class',
  name: 'LegPainOffice',
  customElement: true,
  tagName: 'leg-pain-office',
  description:
    'One of the clinic\u2019s offices, written inside <leg-pain-check>. The widget reads its attributes; it renders nothing itself.',
  attributes: [
    office('name', 'The office\u2019s name (required).'),
    office('address', 'Street address, shown as text.'),
    office('phone', 'The office\u2019s own phone number, as a tel: link.'),
    office('booking-url', 'The office\u2019s own booking page.'),
    office('lat', 'Latitude, for "Find the nearest office".'),
    office('lng', 'Longitude, for "Find the nearest office".'),
  ],
};

function publicSurface() {
  return {
    name: 'public-surface',
    packageLinkPhase({customElementsManifest: manifest}) {
      const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []);
      const element = declarations.find((d) => d.tagName === 'leg-pain-check');
      // Private reactive state is declared in `static properties` too; it is not API.
      const hidden = new Set(
        (element.members ?? [])
          .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.static)
          .map((m) => m.name),
      );
      element.members = element.members.filter((m) => !hidden.has(m.name));
      element.attributes = element.attributes.filter((a) => !hidden.has(a.fieldName));
      for (const member of element.members) delete member.privacy;
      const version = declarations.find((d) => d.name === 'VERSION');
      manifest.modules = [
        {
          kind: 'javascript-module',
          path: SHIPPED,
          declarations: [element, OFFICE, ...(version ? [{...version, default: undefined}] : [])],
          exports: [
            {
              kind: 'js',
              name: 'LegPainCheck',
              declaration: {name: 'LegPainCheck', module: SHIPPED},
            },
            {kind: 'js', name: 'VERSION', declaration: {name: 'VERSION', module: SHIPPED}},
            // Types named in the element's properties and events (the .d.ts files export them).
            ...['ResultDetail', 'OfficeInput', 'LegPainOffice'].map((name) => ({
              kind: 'js',
              name,
              declaration: {name, module: 'build/src/leg-pain-check.d.ts'},
            })),
            {
              kind: 'custom-element-definition',
              name: 'leg-pain-check',
              declaration: {name: 'LegPainCheck', module: SHIPPED},
            },
            {
              kind: 'custom-element-definition',
              name: 'leg-pain-office',
              declaration: {name: 'LegPainOffice', module: SHIPPED},
            },
          ],
        },
      ];
    },
  };
}

/**
 * Vue's template compiler turns `@lpc-result` into the prop `onLpcResult`; the generator writes
 * `"onlpc-result"`, which vue-tsc never looks up, so inline handlers went untyped. Runs after
 * the Vue generator and renames each handler to Vue's own spelling.
 */
function vueHandlerNames() {
  return {
    name: 'vue-handler-names',
    packageLinkPhase() {
      const file = 'dist/vue.d.ts';
      const text = readFileSync(file, 'utf8');
      const fixed = text.replace(/"on([a-z][a-z0-9-]*)"\?:/g, (_, event) => {
        const camel = event.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
        return `on${camel}?:`;
      });
      if (fixed === text && /"on[a-z]/.test(text)) throw new Error(`${file}: handlers not renamed`);
      writeFileSync(file, fixed);
    },
  };
}

/**
 * Svelte 5's types for the two tags, from the same manifest: each attribute typed as its
 * property (`theme` a union, `offices` a list or text) and each event as `on<event>` with its
 * detail, declared in `svelte/elements` as Svelte's docs say. `svelte-check` then types a
 * handler's event and flags a misspelled value. Written to dist/svelte.d.ts, the package's
 * `leg-pain-check/svelte` types.
 */
function svelteTypes() {
  return {
    name: 'svelte-types',
    packageLinkPhase({customElementsManifest: manifest}) {
      const elements = manifest.modules
        .flatMap((mod) => mod.declarations ?? [])
        .filter((d) => d.customElement && d.tagName);
      const doc = (text) => (text ? `      /** ${text.replace(/\s*\n\s*/g, ' ')} */\n` : '');
      const tags = elements.map((element) => {
        const attributes = (element.attributes ?? []).map(
          (a) => `${doc(a.description)}      '${a.name}'?: ${element.name}['${a.fieldName}'];`,
        );
        const events = (element.events ?? []).map(
          (e) =>
            `${doc(e.description)}      'on${e.name}'?: (event: CustomEvent<${e.type?.text ?? 'unknown'}>) => void;`,
        );
        return `    '${element.tagName}': HTMLAttributes<HTMLElement> & {\n${[...attributes, ...events].join('\n')}\n    };`;
      });
      const names = elements.map((e) => e.name);
      const details = elements
        .flatMap((e) => (e.events ?? []).map((event) => event.type?.text))
        .filter((type) => type && /^[A-Z]\w*$/.test(type));
      writeFileSync(
        'dist/svelte.d.ts',
        `/**
 * Types for Svelte 5: <leg-pain-check> and <leg-pain-office> with their attributes, the
 * \`offices\` list and the \`onlpc-start\` / \`onlpc-result\` handlers typed. Use it once in your
 * app: \`import type {} from 'leg-pain-check/svelte';\` Generated from custom-elements.json.
 */
import type {HTMLAttributes} from 'svelte/elements';
import type {${[...new Set([...names, ...details])].join(', ')}} from '${TYPES}';

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${tags.join('\n')}
  }
}

export {};
`,
      );
    },
  };
}

export default {
  globs: ['src/leg-pain-check.ts', 'src/leg-pain-check.element.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    publicSurface(),
    customElementJsxPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      globalTypePath: TYPES,
      hideLogs: true,
    }),
    customElementVuejsPlugin({
      outdir: 'dist',
      fileName: 'vue.d.ts',
      globalTypePath: TYPES,
      hideLogs: true,
    }),
    vueHandlerNames(),
    svelteTypes(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      hideLogs: true,
    }),
  ],
};
