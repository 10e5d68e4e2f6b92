// Lighthouse 12 against the demo page, with the default (mobile) config: simulated slow 4G and a
// 4x slower CPU, a phone-sized screen. Categories: performance, accessibility, best practices.
//
//   npm run bench:lighthouse          (builds first)
//   node scripts/lighthouse.mjs [--url URL] [--no-gzip]
//
// The page is served by a small static server for the repository root started here, gzip
// compressed as a real host serves it (`--no-gzip` sends it uncompressed), so
// /demo/index.html, /demo/site.css, /dist/leg-pain-check.js and /bench/widget.html all resolve.
// Default URL: /demo/index.html, or /bench/widget.html when the demo page does not exist yet.
// --url takes a full URL, or a path ("/bench/widget.html") on the server started here.
// Chromium: $CHROME_PATH, else /usr/bin/chromium.
//
// Prints the three scores, CLS, LCP and TBT, a PASS/FAIL line per target (every score 100,
// CLS 0) and what kept a score below 100; writes the full JSON report to bench/lighthouse.json.
// A report, not a test: exits 0 whatever the scores, 1 only if something crashed.
import {writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROME_PATH, CHROMIUM_ARGS} from './lib/chromium.mjs';
import {fileRoutes, ROOT as root, startServer} from './lib/server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

function argument(name) {
  const i = process.argv.indexOf(name);
  if (i === -1) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) {
    console.error(`${name} needs a value`);
    process.exit(2);
  }
  return value;
}

async function main() {
  if (!existsSync(join(root, 'dist/leg-pain-check.js'))) {
    throw new Error('dist/leg-pain-check.js is missing: run `npm run build` first');
  }
  // Compressed, as every real host and CDN serves it (--no-gzip: as the plain demo server does).
  const server = await startServer({routes: fileRoutes, gzip: !process.argv.includes('--no-gzip')});
  const base = `http://127.0.0.1:${server.address().port}`;
  let url = argument('--url');
  let note = '';
  if (url) {
    if (url.startsWith('/')) url = base + url;
  } else if (existsSync(join(root, 'demo/index.html'))) {
    url = `${base}/demo/index.html`;
  } else {
    url = `${base}/bench/widget.html`;
    note = 'demo/index.html does not exist yet: testing bench/widget.html instead.';
  }
  if (note) console.log(note);

  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  let result;
  try {
    result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
  } finally {
    await chrome.kill();
    server.close();
  }
  if (!result) throw new Error('Lighthouse returned no result');
  const {lhr, report} = result;
  await writeFile(join(root, 'bench/lighthouse.json'), report);
  if (lhr.runtimeError) {
    throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  }

  const audit = (id) => lhr.audits[id];
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [
      id,
      lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100),
    ]),
  );
  const cls = audit('cumulative-layout-shift')?.numericValue;
  const lcp = audit('largest-contentful-paint')?.numericValue;
  const tbt = audit('total-blocking-time')?.numericValue;
  const fcp = audit('first-contentful-paint')?.numericValue;

  console.log(
    `Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''}`,
  );
  console.log(
    `URL: ${lhr.finalDisplayedUrl}${note ? '  (fallback: demo/index.html missing)' : ''}`,
  );
  console.log('');
  for (const id of CATEGORIES) {
    console.log(`${lhr.categories[id].title.padEnd(16)} ${String(scores[id]).padStart(3)}`);
  }
  const fmt = (value, unit, digits = 0) =>
    Number.isFinite(value) ? `${value.toFixed(digits)}${unit}` : 'n/a';
  console.log(`${'CLS'.padEnd(16)} ${fmt(cls, '', 3)}`);
  console.log(`${'LCP'.padEnd(16)} ${fmt(lcp, ' ms')}  (FCP ${fmt(fcp, ' ms')})`);
  console.log(`${'TBT'.padEnd(16)} ${fmt(tbt, ' ms')}`);

  // What kept each category below 100: its weighted audits that did not pass.
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1);
    if (failing.length) {
      console.log(`\n${category.title}: not passing`);
      for (const a of failing) {
        console.log(`  ${a.id} (score ${a.score})${a.displayValue ? `: ${a.displayValue}` : ''}`);
      }
    }
  }

  console.log('');
  const targets = [
    ...CATEGORIES.map((id) => [
      `${lhr.categories[id].title} score = 100`,
      scores[id] === 100,
      scores[id],
    ]),
    ['CLS = 0', cls === 0, fmt(cls, '', 3)],
  ];
  for (const [label, ok, value] of targets) {
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${label} (got ${value})`);
  }
  console.log('\nwrote bench/lighthouse.json');
}

try {
  await main();
} catch (error) {
  console.error(error?.stack ?? error);
  process.exit(1);
}
