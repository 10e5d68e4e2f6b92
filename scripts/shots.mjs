// Screenshots of every screen a visitor sees, at phone and desktop width, light and dark:
//   node scripts/shots.mjs [url] [outdir] [--lang=es] [--all] [--width=360]
// Needs the demo server running (npm start), the tsc output in build/, and Debian's chromium. --lang sets the widget's lang
// attribute before each run, to see another language on the same page. --all shoots the card of
// every outcome (by its shortest path, from build/), --width one width instead of 360 and 1280.
import {mkdir} from 'node:fs/promises';
import {launch} from './lib/chromium.mjs';
import {LIVE} from './lib/open-shadow-roots.mjs';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const lang = process.argv.find((arg) => arg.startsWith('--lang='))?.slice(7);
const url = args[0] ?? 'http://localhost:8000/';
const out = args[1] ?? 'shots';
const suffix = lang ? `-${lang}` : '';
await mkdir(out, {recursive: true});

// Paths to one outcome of each level (and a card for several signs), as option values per step.
let paths = {
  emergency: [['breath']],
  urgent: [['none'], ['swollen']],
  several: [['none'], ['swollen', 'pop', 'statin']],
  routine: [
    ['none'],
    ['none'],
    ['both'],
    ['calf'],
    ['long'],
    ['walking'],
    ['no'],
    ['yes'],
    ['goes'],
    ['calf'],
  ],
  'self-care': [
    ['none'],
    ['none'],
    ['one'],
    ['calf'],
    ['none'],
    ['recent'],
    ['pull'],
    ['recent'],
    ['better'],
    ['yes'],
    ['no'],
  ],
};
if (process.argv.includes('--all')) {
  const {TREE} = await import('../build/src/tree/tree.js');
  const {shortestPaths} = await import('../build/test/helpers/walk.js');
  paths = Object.fromEntries(shortestPaths(TREE));
}
const widths = process.argv.find((arg) => arg.startsWith('--width='))
  ? [Number(process.argv.find((arg) => arg.startsWith('--width=')).slice(8))]
  : [360, 1280];

const browser = await launch();
for (const scheme of ['light', 'dark']) {
  for (const width of widths) {
    const page = await browser.newPage({viewport: {width, height: 800}, colorScheme: scheme});
    // The widget alone, as it sits in the page; its screen on show, to click in.
    const element = page.locator('leg-pain-check').first();
    const w = page.locator(LIVE).first();
    // Scroll through the page first, as a visitor would, so anything the page lays out on
    // scrolling is in the picture.
    const shot = async (name) => {
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        }
        scrollTo(0, 0);
        await new Promise((done) => setTimeout(done, 300));
      });
      await element.screenshot({path: `${out}/${name}-${width}-${scheme}${suffix}.png`});
    };
    const open = async () => {
      await page.goto(url);
      await w.locator('[part~=card]').waitFor();
      if (!lang) return;
      await element.evaluate((el, lang) => el.setAttribute('lang', lang), lang);
      await w.locator(`[part~=card][lang="${lang}"]`).waitFor();
    };
    await open();
    await shot('intro');
    for (const [level, steps] of Object.entries(paths)) {
      await open();
      await w.locator('[part~=start]').click();
      for (const [i, choice] of steps.entries()) {
        for (const value of choice) await w.locator(`input[value="${value}"]`).check();
        if (level === 'routine' && i < 2) await shot(`question-${i + 1}`);
        await w.locator('[part~=continue]').click();
      }
      await w.locator('[part~=result]').waitFor();
      await shot(`result-${level}`);
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
