// custom-elements.json is the single source of the public surface: it validates, it lists only
// the public elements, and the README's tables say the same as it does, row for row.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {validateCem} from '@wc-toolkit/cem-validator';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const element = declarations.find((d) => d.tagName === 'leg-pain-check');
const office = declarations.find((d) => d.tagName === 'leg-pain-office');

/** The rows of the first README table whose header starts with `header`, as arrays of cells. */
function table(header) {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header}`));
  assert.ok(start >= 0, `README table "${header}"`);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}
const code = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

test('the manifest validates (@wc-toolkit/cem-validator), package.json included', async () => {
  // Errors throw; the one warning left is the schema version the analyzer writes (1.0.0).
  await validateCem(manifest, {
    packageJsonPath: new URL('package.json', root).pathname,
    cemFileName: 'custom-elements.json',
    logErrors: false,
  });
});

test('only the public elements, from the shipped file', () => {
  const tags = declarations.filter((d) => d.customElement).map((d) => d.tagName);
  assert.deepEqual(tags.sort(), ['leg-pain-check', 'leg-pain-office']);
  for (const module of manifest.modules) assert.equal(module.path, 'dist/leg-pain-check.js');
  for (const {declaration} of manifest.modules[0].exports) {
    assert.match(
      declaration.module,
      /^(dist\/leg-pain-check\.js|build\/src\/leg-pain-check\.d\.ts)$/,
    );
  }
  const definitions = manifest.modules[0].exports.filter(
    (e) => e.kind === 'custom-element-definition',
  );
  assert.deepEqual(definitions.map((e) => e.name).sort(), ['leg-pain-check', 'leg-pain-office']);
  // No private state, no internal names.
  for (const member of element.members) {
    assert.ok(!member.privacy || member.privacy === 'public', member.name);
    assert.ok(
      !/^(flow|read|focusTo|warned|warn|light|pageLang|locator|go|guard)$/.test(member.name),
    );
  }
});

test('attributes: types as unions of literal values, defaults, and the README table', () => {
  const theme = element.attributes.find((a) => a.name === 'theme');
  assert.equal(theme.type.text, "'auto' | 'light' | 'dark'");
  assert.equal(theme.default, "'auto'");
  assert.equal(element.attributes.find((a) => a.name === 'emergency-number').default, "'911'");
  const rows = table('attribute |');
  assert.deepEqual(
    rows.map((row) => code(row[0])[0]).sort(),
    element.attributes.map((a) => a.name).sort(),
  );
  // The README's default column agrees with the manifest's defaults.
  for (const row of rows) {
    const attribute = element.attributes.find((a) => a.name === code(row[0])[0]);
    const readmeDefault = code(row[2])[0];
    const manifestDefault = attribute.default?.replace(/^'(.*)'$/, '$1');
    // An empty or null default is "none" in the README, or a fallback it explains in words.
    if (['', 'null', undefined].includes(manifestDefault))
      assert.ok(!readmeDefault || /page/.test(row[2]), attribute.name);
    else assert.equal(readmeDefault, manifestDefault, attribute.name);
  }
  // Every attribute is also a property.
  for (const attribute of element.attributes) {
    assert.ok(
      element.members.some((m) => m.name === attribute.fieldName),
      attribute.name,
    );
  }
});

test('<leg-pain-office>: its attributes, and the README table', () => {
  assert.deepEqual(
    table('`<leg-pain-office>` attribute')
      .flatMap((row) => code(row[0]))
      .sort(),
    office.attributes.map((a) => a.name).sort(),
  );
});

test('events: lpc-start and lpc-result with their detail types, as the README says', () => {
  const events = Object.fromEntries(element.events.map((e) => [e.name, e.type?.text]));
  assert.deepEqual(events, {'lpc-start': 'null', 'lpc-result': 'ResultDetail'});
  for (const name of Object.keys(events))
    assert.ok(readme.includes(`'${name}'`), `README: ${name}`);
});

test('CSS parts and custom properties, light and dark, with defaults as in the README', () => {
  const parts = table('part |').map((row) => code(row[0])[0]);
  assert.deepEqual(parts.sort(), element.cssParts.map((p) => p.name).sort());
  const rows = table('custom property |');
  const light = Object.fromEntries(rows.map((row) => [code(row[0])[0], code(row[2])]));
  const props = Object.fromEntries(element.cssProperties.map((p) => [p.name, p.default]));
  for (const [name, defaults] of Object.entries(light)) {
    assert.ok(name in props, `${name} in the manifest`);
    if (defaults.length) assert.equal(defaults[0], props[name], name);
    const dark = name.replace('--lpc-', '--lpc-dark-');
    if (defaults.length === 2) assert.equal(defaults[1], props[dark], dark);
  }
  // Every manifest property is in the README: light ones in the table, dark ones named below it.
  for (const name of Object.keys(props)) {
    if (!name.startsWith('--lpc-dark-')) assert.ok(name in light, `${name} in the README table`);
    assert.ok(readme.includes(`\`${name}\``), `README names ${name}`);
  }
});
