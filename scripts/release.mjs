// `npm run release`: everything a clinic needs to pin a version, without publishing anything.
// Builds, checks that CHANGELOG.md has an entry for this version, packs the npm tarball, copies
// the shipped files into release/<version>/ with a sha384 integrity hash each (for <script
// integrity>), and writes the pinned snippet into the README.
//
// A released version never changes: a version whose release/<version>/ exists is refused, before
// anything is built. Changes since go under "## [Unreleased]" in CHANGELOG.md; to release them,
// set a new version in package.json, give them its heading, run this, and commit release/.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {copyFile, mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {ROOT} from './lib/server.mjs';

const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const {version} = pkg;
const run = (command, args) =>
  execFileSync(command, args, {cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8'});

const out = join(ROOT, 'release', version);
if (existsSync(out)) {
  console.error(
    `release/${version}/ exists: version ${version} is released and never changes. ` +
      'Set a new version in package.json and give the [Unreleased] changes its heading first.',
  );
  process.exit(1);
}

const changelog = await readFile(join(ROOT, 'CHANGELOG.md'), 'utf8');
if (
  !new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(
    changelog,
  )
) {
  console.error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" entry: write one first.`);
  process.exit(1);
}

run('npm', ['run', 'build', '--silent']);
await mkdir(out, {recursive: true});
const tarball = run('npm', ['pack', '--pack-destination', out, '--silent'])
  .trim()
  .split('\n')
  .pop();

/** The Subresource Integrity value of a file: "sha384-" and the base64 digest. */
export const integrity = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

// The module, each language file it loads (JSON: the module checks their sha384 itself), and the
// classic build.
const files = (await readdir(join(ROOT, 'dist')))
  .filter((name) => /^leg-pain-check(\.iife)?\.js$|^leg-pain-check\.[a-z]{2}\.json$/.test(name))
  .sort();
const hashes = {};
for (const name of files) {
  const data = await readFile(join(ROOT, 'dist', name));
  const banner = data.toString('utf8', 0, 200).split('\n')[0];
  if (name.endsWith('.js') && !banner.includes(`leg-pain-check ${version} |`))
    throw new Error(`${name}: no version banner`);
  await copyFile(join(ROOT, 'dist', name), join(out, name));
  hashes[name] = integrity(data);
}
await writeFile(
  join(out, 'integrity.json'),
  `${JSON.stringify({version, files: hashes}, null, 2)}\n`,
);
await writeFile(
  join(out, 'SHA384SUMS'),
  files.map((name) => `${hashes[name].slice(7)}  ${name}`).join('\n') + '\n',
);

// The README's snippets: the pinned version and its hashes.
const readmePath = join(ROOT, 'README.md');
const readme = await readFile(readmePath, 'utf8');
const pinned = readme
  .replace(/leg-pain-check@\d+\.\d+\.\d+(?:-[\w.]+)?\//g, `leg-pain-check@${version}/`)
  .replace(/`@\d+\.\d+\.\d+(?:-[\w.]+)?`/g, `\`@${version}\``)
  .replace(/release\/\d+\.\d+\.\d+(?:-[\w.]+)?\//g, `release/${version}/`)
  // Every snippet that loads a built file, self-hosted or from the CDN.
  .replace(
    /(\/leg-pain-check\.js"\s+integrity=")sha384-[A-Za-z0-9+/=]+/g,
    `$1${hashes['leg-pain-check.js']}`,
  )
  .replace(
    /(\/leg-pain-check\.iife\.js"\s+integrity=")sha384-[A-Za-z0-9+/=]+/g,
    `$1${hashes['leg-pain-check.iife.js']}`,
  );
if (pinned !== readme) await writeFile(readmePath, pinned);

console.log(`release/${version}/`);
console.log(`  ${tarball}`);
for (const name of files) console.log(`  ${name.padEnd(24)} ${hashes[name]}`);
console.log('  integrity.json, SHA384SUMS');
console.log(pinned !== readme ? 'README.md: pinned snippet updated' : 'README.md: already pinned');
