// Writes the package's version into the type files tsc wrote (build/src/*.d.ts), in place of the
// placeholder the bundles replace too: an editor then shows `VERSION` as "0.2.0".
import {readdir, readFile, writeFile} from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const {version} = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const folder = new URL('build/src/', root);
for (const name of (await readdir(folder)).filter((file) => file.endsWith('.d.ts'))) {
  const file = new URL(name, folder);
  const text = await readFile(file, 'utf8');
  if (text.includes('__VERSION__')) await writeFile(file, text.replaceAll('__VERSION__', version));
}
