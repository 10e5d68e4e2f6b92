// Nothing of a visitor's answers reaches other scripts on the page. The widget's shadow root is
// closed, its state is in private fields, and its host carries each session recorder's "do not
// record" sign. Proved here in a visitor's browser (no test-only way in): a real recorder (rrweb,
// the engine behind several products) loaded before the widget records a whole check, and capture
// listeners on the window read every click, input, change, focusin and keydown; neither gets any
// answer's words or id. The check itself is done through the accessibility tree and real mouse and
// key presses, as assistive technology does, with `::part` styling applied.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {useBrowser} from './browser.mjs';

const env = useBrowser();
const {TREE} = await import('../../build/src/tree/tree.js');
const {en} = await import('../../build/src/i18n/en.js');
const {start, choose, answer, current} = await import('../../build/src/tree/flow.js');
const {shortestPaths} = await import('../../build/test/helpers/walk.js');
const RRWEB = readFileSync(
  new URL('../../node_modules/rrweb/dist/rrweb.umd.min.cjs', import.meta.url),
);

/** A whole check to `outcome`: for each step, its question and the labels of what is ticked. */
function story(outcome) {
  let state = start(TREE);
  const steps = [];
  for (const values of shortestPaths(TREE).get(outcome)) {
    const question = current(TREE, state).question.id;
    const words = en.questions[question];
    steps.push({question, values, title: words.title, labels: values.map((v) => words.options[v])});
    for (const value of values) state = choose(TREE, state, value);
    state = answer(TREE, state);
  }
  return steps;
}
const STORY = story('claudication');

/** The words that would give the visitor away: every answer ticked, and the card's heading. */
const SECRETS = [
  ...STORY.flatMap((step) => step.labels.map((label) => label.split('{')[0].trim())),
  en.outcomes.claudication.title,
  en.outcomes.claudication.about.slice(0, 40),
].filter((text) => text.length > 12);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/rrweb.js"></script>
<script>
  // The recorder starts before the widget's script: as a clinic's tag manager would load it.
  window.recorded = [];
  rrweb.record({emit: (event) => window.recorded.push(event)});
  // Capture listeners: the first to see every event on its way down.
  window.heard = [];
  const describe = (node) =>
    node === window ? 'window' : node === document ? 'document' :
    [node.nodeName, node.id, node.value, node.getAttribute?.('name'), node.textContent?.slice(0, 300)].join('|');
  for (const type of ['click', 'input', 'change', 'focusin', 'keydown']) {
    addEventListener(type, (event) => {
      window.heard.push({
        type,
        outside: [event.target, ...event.composedPath()].every(
          (node) => node === window || node === document || node.getRootNode() === document),
        text: [event.target, ...event.composedPath()].map(describe).join(' > '),
      });
    }, true);
  }
</script>
<script type="module" src="/dist/leg-pain-check.js"></script>
<style>leg-pain-check::part(start) { background-color: rgb(1, 2, 3); }</style>
</head><body>
<control-box></control-box>
<script>
  // A control: the same recorder does record an open shadow root's words and a ticked box.
  customElements.define('control-box', class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({mode: 'open'}).innerHTML =
        '<label><input type="checkbox" value="control-id"> CONTROL ANSWER WORDS</label>';
    }
  });
</script>
<leg-pain-check clinic-name="Privacy Clinic" phone="(269) 555-0100"></leg-pain-check>
</body></html>`;

async function open() {
  const context = await env.browser.newContext({closedShadowRoots: true});
  const page = await context.newPage();
  await page.route(`${env.origin}/privacy-test`, (route) =>
    route.fulfill({contentType: 'text/html', body: PAGE}),
  );
  await page.route(`${env.origin}/rrweb.js`, (route) =>
    route.fulfill({contentType: 'text/javascript', body: RRWEB}),
  );
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.origin}/privacy-test`, {waitUntil: 'load'});
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return {context, page, cdp, errors};
}

/** The first node of the accessibility tree with this role whose name starts with `name`. */
async function find(cdp, role, name) {
  for (let tries = 0; tries < 40; tries++) {
    const {nodes} = await cdp.send('Accessibility.getFullAXTree');
    const node = nodes.find(
      (n) => !n.ignored && n.role?.value === role && (n.name?.value ?? '').trim().startsWith(name),
    );
    if (node) return node.backendDOMNodeId;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${role} "${name}" in the accessibility tree`);
}

/** A real mouse click in the middle of the node. */
async function click(page, cdp, backendNodeId) {
  await cdp.send('DOM.scrollIntoViewIfNeeded', {backendNodeId});
  const {quads} = await cdp.send('DOM.getContentQuads', {backendNodeId});
  const [x1, y1, , , x3, y3] = quads[0];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Focus on the node, then a real key press. */
async function press(page, cdp, backendNodeId, key) {
  await cdp.send('DOM.focus', {backendNodeId});
  await page.keyboard.press(key);
}

/** The whole story, each answer by mouse or by keyboard in turn; ends on the card. */
async function check(page, cdp) {
  await click(page, cdp, await find(cdp, 'button', en.ui.start));
  for (const [i, step] of STORY.entries()) {
    await find(cdp, 'heading', step.title.split('{')[0].slice(0, 30));
    for (const label of step.labels) {
      const role =
        TREE.questions.find((q) => q.id === step.question).kind === 'many' ? 'checkbox' : 'radio';
      const node = await find(cdp, role, label.split('{')[0].trim());
      if (i % 2) await press(page, cdp, node, 'Space');
      else await click(page, cdp, node);
    }
    const next = await find(cdp, 'button', en.ui.continue);
    if (i % 2) await press(page, cdp, next, 'Enter');
    else await click(page, cdp, next);
  }
  await find(cdp, 'heading', en.outcomes.claudication.title);
}

test('a recorder loaded first and capture listeners get none of the answers; parts and a11y work', async () => {
  const {context, page, cdp, errors} = await open();
  // The control is recorded, words and tick: the recorder works on this page.
  const control = await find(cdp, 'checkbox', 'CONTROL ANSWER WORDS');
  await click(page, cdp, control);
  // `::part` styling reaches the closed root.
  const start = await find(cdp, 'button', en.ui.start);
  await cdp.send('DOM.getDocument', {depth: -1, pierce: true});
  const {nodeIds} = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
    backendNodeIds: [start],
  });
  const {computedStyle} = await cdp.send('CSS.getComputedStyleForNode', {nodeId: nodeIds[0]});
  assert.equal(
    computedStyle.find((p) => p.name === 'background-color').value,
    'rgb(1, 2, 3)',
    '::part(start) styles the Start button',
  );

  await check(page, cdp);
  await page.waitForTimeout(500);
  const {recorded, heard, scripts} = await page.evaluate(() => {
    const widget = document.querySelector('leg-pain-check');
    // What any script can reach from the element itself.
    const reachable = [];
    for (
      let proto = widget;
      proto && proto !== HTMLElement.prototype;
      proto = Object.getPrototypeOf(proto)
    ) {
      for (const key of Object.getOwnPropertyNames(proto)) {
        try {
          const value = widget[key];
          if (value instanceof Node) reachable.push(value.textContent ?? '');
          else if (typeof value !== 'function') reachable.push(JSON.stringify(value) ?? '');
        } catch {
          // A getter that needs another `this`, or a value that does not serialise.
        }
      }
    }
    return {
      recorded: JSON.stringify(window.recorded),
      heard: window.heard,
      scripts: [
        widget.shadowRoot === null ? 'closed' : 'OPEN',
        widget.textContent,
        ...reachable,
      ].join('\n'),
    };
  });
  assert.ok(recorded.includes('CONTROL ANSWER WORDS'), 'the recorder records open shadow roots');
  assert.ok(recorded.includes('"isChecked":true'), 'the recorder records a ticked box');
  assert.ok(heard.some((e) => e.type === 'click') && heard.some((e) => e.type === 'keydown'));
  assert.ok(heard.some((e) => e.type === 'focusin') && heard.some((e) => e.type === 'input'));
  assert.ok(scripts.startsWith('closed'));
  for (const secret of SECRETS) {
    assert.ok(!recorded.includes(secret), `the recording holds "${secret}"`);
    assert.ok(!heard.some((e) => e.text.includes(secret)), `a listener heard "${secret}"`);
    assert.ok(!scripts.includes(secret), `the element exposes "${secret}"`);
  }
  // Events of the widget reach the page only as events of the element itself.
  const inside = heard.filter((e) => !e.outside && !e.text.includes('CONTROL'));
  assert.deepEqual(inside, [], 'no listener saw a node inside the widget');
  // The ids of the answers ticked never appear as a value or name.
  for (const value of new Set(STORY.flatMap((s) => s.values))) {
    assert.ok(!recorded.includes(`"value":"${value}"`), `the recording holds the id ${value}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the do-not-record signs come back when a framework rewrites class', async () => {
  const {context, page} = await open();
  const signs = () =>
    page.evaluate(() => {
      const w = document.querySelector('leg-pain-check');
      return [
        ...['rr-block', 'fs-exclude', 'ph-no-capture', 'sentry-block'].map((c) =>
          w.classList.contains(c),
        ),
        w.getAttribute('data-clarity-mask') === 'true',
        w.hasAttribute('data-hj-suppress'),
        w.hasAttribute('data-private'),
        w.getAttribute('data-dd-privacy') === 'hidden',
      ];
    });
  assert.ok((await signs()).every(Boolean));
  await page.evaluate(() => {
    const w = document.querySelector('leg-pain-check');
    w.className = 'my-app-widget';
    w.removeAttribute('data-private');
  });
  await page.waitForTimeout(50);
  assert.ok((await signs()).every(Boolean));
  assert.ok(
    await page.evaluate(() =>
      document.querySelector('leg-pain-check').classList.contains('my-app-widget'),
    ),
  );
  await context.close();
});
