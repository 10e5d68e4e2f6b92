/**
 * The warm-up: while the visitor reads the first screen, the widget builds unseen each screen a
 * first step can bring, so the first step costs what later ones do. It is done once per page and
 * language (templates, styles and text shaping are shared by every widget on the page), one
 * screen per task (no long task, a tap is answered between them), and again for a language whose
 * words arrive later. This file runs in a page of its own, so nothing warmed up before it.
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {LegPainCheck} from '../src/leg-pain-check.element.js';
import '../src/leg-pain-check.js';
import {settle} from './helpers/drive.js';

/** Each screen the warm-up builds: which widget built it, and whether another came in its task. */
const built: {host: Element; sameTask: boolean}[] = [];
let inThisTask = false;
const append = ShadowRoot.prototype.appendChild;
ShadowRoot.prototype.appendChild = function <T extends Node>(this: ShadowRoot, node: T): T {
  if (node instanceof HTMLDivElement && this.host.localName === 'leg-pain-check') {
    built.push({host: this.host, sameTask: inThisTask});
    inThisTask = true;
    // Cleared once this task's code has run: the next screen in the same task would see it.
    queueMicrotask(() => (inThisTask = false));
  }
  return append.call(this, node) as T;
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until no screen has been built for a while. */
async function quiet() {
  let count = -1;
  while (count !== built.length) {
    count = built.length;
    await wait(300);
  }
}

describe('warm-up', () => {
  it('once per page and language, one screen per task, by one of three widgets', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <leg-pain-check></leg-pain-check>
        <leg-pain-check></leg-pain-check>
        <leg-pain-check></leg-pain-check>
      </div>
    `);
    const widgets = [...wrapper.querySelectorAll<LegPainCheck>('leg-pain-check')];
    // No frame ever shows a screen being built: at every frame each root holds its card alone.
    const frames: number[] = [];
    while (built.length < 7 && frames.length < 600) {
      await new Promise((done) => requestAnimationFrame(done));
      frames.push(Math.max(...widgets.map((w) => w.shadowRoot!.children.length)));
    }
    expect(frames.every((n) => n === 1)).to.equal(true);
    await quiet();
    // The two warning steps and one card of each of the five kinds.
    expect(built).to.have.length(7);
    expect(new Set(built.map((b) => b.host)).size).to.equal(1);
    expect(built.some((b) => b.sameTask)).to.equal(false);
    // Nothing of it stays.
    for (const widget of widgets) {
      expect([...widget.shadowRoot!.children].map((c) => c.className)).to.deep.equal(['card auto']);
    }

    // Spanish arrives later: warmed up once more, in Spanish, by one widget.
    built.length = 0;
    for (const widget of widgets) widget.setAttribute('lang', 'es');
    for (const widget of widgets) await settle(widget);
    await quiet();
    expect(built).to.have.length(7);
    expect(new Set(built.map((b) => b.host)).size).to.equal(1);
    expect(built.some((b) => b.sameTask)).to.equal(false);

    // English again: already done on this page.
    built.length = 0;
    for (const widget of widgets) widget.setAttribute('lang', 'en');
    for (const widget of widgets) await settle(widget);
    await quiet();
    expect(built).to.have.length(0);
  });
});
