/** The built files, loaded the way a clinic's page loads them: a plain page, one script tag. */
import {expect} from '@open-wc/testing';

interface Loaded {
  errors: string[];
  logs: string[];
  doc: Document;
}

/**
 * Loads a plain page in an iframe with the given script tags, recording console output and errors.
 * The frame opens the widget's closed shadow root for the test, as the test page itself does
 * (scripts/lib/open-shadow-roots.mjs), unless `closed`.
 */
async function load(scripts: string, closed = false): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.width = '400px';
  frame.style.height = '600px';
  const ready = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <leg-pain-check clinic-name="Plain Page Clinic" phone="(269) 555-0100"></leg-pain-check>
    ${scripts}</body></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const errors: string[] = [];
  const logs: string[] = [];
  // srcdoc frames start as about:blank; hook the console before the scripts run.
  win.addEventListener('error', (e) => errors.push(e.message));
  if (!closed) {
    const attach = win.Element.prototype.attachShadow;
    win.Element.prototype.attachShadow = function (init) {
      return attach.call(this, {...init, mode: 'open'});
    };
  }
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      logs.push(args.map(String).join(' '));
      original(...args);
    };
  }
  await ready;
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('leg-pain-check');
  await (doc.querySelector('leg-pain-check') as HTMLElement & {updateComplete: Promise<unknown>})
    .updateComplete;
  return {errors, logs, doc};
}

for (const [name, tag] of [
  ['module', '<script type="module" src="/dist/leg-pain-check.js"></script>'],
  ['classic', '<script src="/dist/leg-pain-check.iife.js"></script>'],
]) {
  describe(`dist build (${name})`, () => {
    it('renders in a plain page from one script tag, with Lit in production mode', async () => {
      const {errors, logs, doc} = await load(`<script>console.log('probe')</script>${tag}`);
      expect(logs, 'the console hook works').to.include('probe');
      const widget = doc.querySelector('leg-pain-check')!;
      expect(widget.shadowRoot!.querySelector('h2')!.textContent).to.include('Leg pain');
      expect(widget.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(errors).to.deep.equal([]);
      expect(logs.join('\n')).to.not.include('dev mode');
    });

    it('runs a check to a result', async () => {
      const {doc} = await load(tag);
      const root = doc.querySelector('leg-pain-check')!.shadowRoot!;
      const results: unknown[] = [];
      doc.addEventListener('lpc-result', (e) => results.push((e as CustomEvent).detail));
      const step = async () => new Promise((r) => setTimeout(r, 30));
      root.querySelector<HTMLElement>('[part~=start]')!.click();
      await step();
      root.querySelector<HTMLInputElement>('input[value="bleeding"]')!.click();
      await step();
      root.querySelector<HTMLElement>('[part~=continue]')!.click();
      await step();
      expect(root.querySelector('[part~=emergency]')!.getAttribute('href')).to.equal('tel:911');
      expect(results).to.deep.equal([{outcome: 'bleeding-vein', level: 'emergency'}]);
    });

    it('warns once when another version was loaded first, and keeps working', async () => {
      const older = `<script>window[Symbol.for('leg-pain-check.version')] = '0.0.1';</script>`;
      const {errors, logs, doc} = await load(older + tag);
      expect(errors).to.deep.equal([]);
      expect(logs.filter((l) => l.includes('version'))).to.have.length(1);
      expect(logs[0]).to.include('0.0.1');
      expect(doc.querySelector('leg-pain-check')!.shadowRoot!.querySelector('h2')).to.exist;
    });

    it("keeps the visitor's answers to itself: a closed shadow root, no public state", async () => {
      const {doc} = await load(tag, true);
      const widget = doc.querySelector('leg-pain-check') as unknown as HTMLElement &
        Record<string, unknown>;
      expect(widget.shadowRoot, 'closed').to.equal(null);
      // No property, own or inherited, holds the root or anything in it (LitElement's renderRoot
      // would).
      const names = new Set<string>();
      for (
        let o: object | null = widget;
        o && o !== HTMLElement.prototype;
        o = Object.getPrototypeOf(o)
      ) {
        Object.getOwnPropertyNames(o).forEach((n) => names.add(n));
      }
      expect(names.has('renderRoot')).to.equal(false);
      for (const name of names) {
        const value = widget[name];
        if (value instanceof Node)
          expect(value.getRootNode(), name).to.not.be.instanceOf(ShadowRoot);
        expect(value instanceof ShadowRoot, name).to.equal(false);
      }
      expect('flow' in widget).to.equal(false);
      expect(widget.classList.contains('rr-block')).to.equal(true);
    });

    it('is harmless when the script is included twice', async () => {
      const {errors, logs, doc} = await load(tag + tag.replace('.js"', '.js?copy"'));
      expect(errors).to.deep.equal([]);
      expect(logs.filter((l) => !l.includes('version'))).to.deep.equal([]);
      expect(doc.querySelector('leg-pain-check')!.shadowRoot!.querySelector('h2')).to.exist;
    });
  });
}
