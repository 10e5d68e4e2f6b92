import {html, render, type RootPart} from 'lit-html';
import {adoptStyles, ReactiveElement, type PropertyValues} from '@lit/reactive-element';
import type {OfficeInput} from './config/config.js';
import {readConfig, type Read, type Theme} from './config/read-config.js';
import {LeaveController} from './controllers/leave.js';
import {LightDomController} from './controllers/light-dom.js';
import {LocateController} from './controllers/locate.js';
import {PageLangController} from './controllers/page-lang.js';
import {WordsController, type Shown} from './controllers/words.js';
import {emit} from './events.js';
import {styles} from './styles/index.js';
import {answer, back, choose, current, start, type FlowState} from './tree/flow.js';
import {TREE} from './tree/tree.js';
import type {Language} from './i18n/index.js';
import {renderIntro} from './views/intro.js';
import {renderQuestion} from './views/question.js';
import {renderResult} from './views/result.js';
import {makeView} from './views/view.js';
import {warnOnce} from './warn.js';

export type {Theme};
export type {ResultEvent, StartEvent} from './events.js';

/** The languages one widget on this page has warmed up in (see `#warmUp`). */
const warmed = new Set<Language>();

// `theme` is written out as a union below so the manifest and editors show its values; it must
// stay the same as THEMES.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<Theme, LegPainCheck['theme']>;

/**
 * A plain-language self-check for leg pain after exercise. Warning signs first, then a few
 * questions, then a result card with what to do and where to get help. Answers never leave the
 * page.
 *
 * @fires {null} lpc-start - The visitor pressed Start. No detail: for counting checks started.
 * @fires {ResultDetail} lpc-result - A result card was shown. `detail: {outcome, level}`; never the
 *   answers.
 * @csspart card - The widget's frame.
 * @csspart question - The fieldset of a question step.
 * @csspart option - One answer to choose.
 * @csspart button - Every button and button-like link (also: start, back, continue, call,
 *   emergency, book, nearest, print, restart).
 * @csspart result - The result card.
 * @csspart level - The result's level in words ("See a doctor today"), coloured by level.
 * @csspart office - One office in the office list.
 * @cssprop [--lpc-accent=#0b5cad] - Buttons, links, the chosen answer.
 * @cssprop [--lpc-accent-text=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--lpc-text=#1b1f24] - Text.
 * @cssprop [--lpc-muted=#47505c] - Hints and step numbers.
 * @cssprop [--lpc-bg=#ffffff] - Background.
 * @cssprop [--lpc-surface=#f2f5f8] - Notes and the chosen answer's background.
 * @cssprop [--lpc-border=#76808d] - Borders.
 * @cssprop [--lpc-focus=#c2410c] - The keyboard focus ring.
 * @cssprop [--lpc-font=system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif] - Font family.
 * @cssprop [--lpc-radius=12px] - Corner radius.
 * @cssprop [--lpc-max-width=40em] - Widest the widget grows.
 * @cssprop [--lpc-dark-accent=#8cc4ff] - Dark mode: buttons, links, the chosen answer.
 * @cssprop [--lpc-dark-accent-text=#0b1420] - Dark mode: text on accent-coloured buttons.
 * @cssprop [--lpc-dark-text=#e9eef3] - Dark mode: text.
 * @cssprop [--lpc-dark-muted=#b9c2cc] - Dark mode: hints and step numbers.
 * @cssprop [--lpc-dark-bg=#161b21] - Dark mode: background.
 * @cssprop [--lpc-dark-surface=#202730] - Dark mode: notes and the chosen answer's background.
 * @cssprop [--lpc-dark-border=#8d98a5] - Dark mode: borders.
 * @cssprop [--lpc-dark-focus=#ffb74d] - Dark mode: the keyboard focus ring.
 *
 * @tagname leg-pain-check
 */
// The element reads as "configuration in, flow, render": `readConfig` turns what the page set into
// a safe config, the pure flow holds every bit of the visitor's state, and the views are render
// functions of both.
//
// It is a ReactiveElement rendering with lit-html itself, as LitElement does, for one reason:
// the visitor's answers live in a *closed* shadow root that only this element holds. LitElement
// keeps its render root in the public `renderRoot`, which any page script could read; here that
// property gets an empty fragment, and the state is in private fields, not in a property.
export class LegPainCheck extends ReactiveElement {
  static override styles = styles;

  static override properties = {
    clinicName: {attribute: 'clinic-name'},
    phone: {},
    bookingUrl: {attribute: 'booking-url'},
    emergencyNumber: {attribute: 'emergency-number'},
    offices: {},
    theme: {},
    language: {attribute: 'lang'},
  };

  /** The clinic's name, as visitors know it. */
  clinicName = '';
  /** The clinic's phone number as people write it, e.g. "(269) 555-0100". */
  phone = '';
  /** Where visitors book a visit: an https: link. */
  bookingUrl = '';
  /** The number for emergency services. */
  emergencyNumber = '911';
  /**
   * The clinic's offices: as an attribute, names separated by semicolons; as a property, also a
   * list of `{name, address, phone, bookingUrl, lat, lng}`.
   */
  offices: string | readonly OfficeInput[] | null = null;
  /** `auto` follows the visitor's system setting; `light` or `dark` fixes it. */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Mirrors the `lang` attribute; the page's language is used when it is absent. */
  language: string | null = null;

  /** The visitor's whole state; undefined while the intro shows. Private: never on the element. */
  #flow?: FlowState;
  /** The closed shadow root, and what lit-html rendered into it. */
  #root!: ShadowRoot;
  #part?: RootPart;
  #read!: Read;
  /** Where focus goes after the next render. */
  #focusTo?: 'h2' | 'input';
  #warn = warnOnce;
  /**
   * The language and words on screen. Fixed while a check is in progress: a page that changes its
   * `lang` mid-check gets the new language when the visitor is back on the first screen.
   */
  #shown?: Shown;

  #light = new LightDomController(this, this.#warn);
  #pageLang = new PageLangController(this);
  #locator = new LocateController(this);
  #words = new WordsController(this, this.#warn);

  constructor() {
    super();
    new LeaveController(this, () => this.#go(undefined, false));
  }

  protected override createRenderRoot() {
    this.#root = this.attachShadow({mode: 'closed'});
    adoptStyles(this.#root, (this.constructor as typeof ReactiveElement).elementStyles);
    // Lit stores what this returns in the public `renderRoot`: an empty fragment, never the root.
    return document.createDocumentFragment();
  }

  protected override update(changed: PropertyValues) {
    const screen = this.#screen(this.#flow);
    super.update(changed);
    this.#part = render(screen, this.#root, {host: this, isConnected: this.isConnected});
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#part?.setConnected(true);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#part?.setConnected(false);
  }

  protected override willUpdate() {
    // Cheap and pure, so derived afresh on each render: nothing to keep in step.
    this.#read = readConfig({
      clinicName: this.clinicName,
      phone: this.phone,
      bookingUrl: this.bookingUrl,
      emergencyNumber: this.emergencyNumber,
      offices: this.offices,
      children: this.#light.children,
      theme: this.theme,
      lang: this.language,
      pageLang: this.#pageLang.lang,
      base: document.baseURI,
    });
    this.#read.warnings.forEach(this.#warn);
    if (!this.#flow || !this.#shown) this.#shown = this.#words.get(this.#read.lang);
  }

  protected override updated() {
    const to = this.#focusTo;
    this.#focusTo = undefined;
    if (to) this.#root.querySelector<HTMLElement>(to)?.focus();
    const lang = this.#shown?.lang;
    if (lang && !warmed.has(lang)) {
      warmed.add(lang);
      this.#warmUp();
    }
  }

  /** A new state of the flow, shown at the next render. */
  #set(flow: FlowState | undefined) {
    this.#flow = flow;
    this.requestUpdate();
  }

  #go(flow: FlowState | undefined, focus = true) {
    this.#set(flow);
    this.#screens++;
    if (!flow) this.#locator.set();
    if (focus) this.#focusTo = flow?.missing ? 'input' : 'h2';
    const step = flow && current(TREE, flow);
    if (step?.kind === 'outcome' && focus) {
      const detail = {outcome: step.outcome.id, level: step.outcome.level};
      void this.updateComplete.then(() => emit(this, 'lpc-result', detail));
    }
  }

  /** How many screens have been shown, and which one the last single click was on. */
  #screens = 0;
  #clickedOn = 0;
  /**
   * The second click of a double click or double tap (`detail` 2 or more) is dropped when the
   * screen changed since its first click: it never acts on a step the visitor has not seen.
   */
  #guard = {
    capture: true,
    handleEvent: (event: MouseEvent) => {
      if (event.detail < 2) this.#clickedOn = this.#screens;
      else if (this.#clickedOn !== this.#screens) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
  };

  /**
   * While the visitor reads the first screen, build unseen each screen a first step can bring
   * (the two warning steps, and one card of each kind: emergency, see a doctor today, vascular
   * visit, own doctor, home) and lay it out: its templates, styles and text shaping are then
   * ready, and the first step costs what later ones do. Once per page and language, as all of
   * that is shared by every widget on the page; one screen per task, so no task is long and a tap
   * is answered between them; after the first frame is shown, so first paint waits for none of it.
   */
  #warmUp() {
    const at = start(TREE);
    const screens: FlowState[] = [
      at,
      answer(TREE, choose(TREE, at, 'none')),
      // One outcome per referral: the last of each in the tree.
      ...[...new Map(TREE.outcomes.map((o) => [o.referral, o.id])).values()].map((outcome) => ({
        ...at,
        at: {outcome},
      })),
    ];
    const next = () => {
      const flow = screens.shift();
      if (!flow || !this.isConnected) return;
      const warm = this.#root.appendChild(document.createElement('div'));
      render(this.#screen(flow), warm);
      // Laid out and gone in this one task, so no frame ever shows it, no screen reader meets
      // it, and the page never sees its size change.
      warm.getBoundingClientRect();
      warm.remove();
      setTimeout(next);
    };
    // A task after the first frame was produced: never in a frame's own callbacks.
    requestAnimationFrame(() => setTimeout(next));
  }

  /** The card for a state of the flow: the intro when there is none. */
  #screen(flow?: FlowState) {
    const {config, theme} = this.#read;
    // Another language's words are on their way: the page's own fallback content meanwhile.
    if (!this.#shown) return html`<slot></slot>`;
    const {lang, words} = this.#shown;
    const view = makeView(config, lang, words);
    const {t, text} = view;
    const step = flow && current(TREE, flow);
    return html`
      <div class="card ${theme}" part="card" lang=${lang} dir="ltr" @click=${this.#guard}>
        <p class="sr-only" role="status">
          ${step?.kind === 'outcome' ? [t.ui.resultLabel, ': ', text(t.ui.levels[step.outcome.level])] : ''}
        </p>
        ${
          !step
            ? renderIntro(view, () => {
                this.#go(start(TREE));
                emit(this, 'lpc-start', null);
              })
            : step.kind === 'question'
              ? renderQuestion(view, step, flow!.missing, {
                  choose: (id, checked) => this.#set(choose(TREE, this.#flow!, id, checked)),
                  next: () => this.#go(answer(TREE, this.#flow!)),
                  back: () => this.#go(step.index ? back(flow!) : undefined),
                })
              : renderResult(view, step, {
                  restart: () => this.#go(start(TREE)),
                  locator: this.#locator,
                })
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leg-pain-check': LegPainCheck;
  }
}
