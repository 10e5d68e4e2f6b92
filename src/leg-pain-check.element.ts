import {html, render} from 'lit-html';
import {Reactive} from './reactive.js';
import type {OfficeInput} from './config/config.js';
import {readConfig, type Read, type Theme} from './config/read-config.js';
import {forgetOnLeave} from './controllers/leave.js';
import {LightDomController} from './controllers/light-dom.js';
import {LocateController} from './controllers/locate.js';
import {PageLangController} from './controllers/page-lang.js';
import {WordsController, type Shown} from './controllers/words.js';
import {emit} from './events.js';
import {adoptStyles} from './styles/css.js';
import {styles} from './styles/index.js';
import {answer, back, choose, current, start, validChoice, type FlowState} from './tree/flow.js';
import {TREE} from './tree/tree.js';
import {renderIntro} from './views/intro.js';
import {renderLanguages} from './views/languages.js';
import {renderQuestion} from './views/question.js';
import {renderResult} from './views/result.js';
import {makeView} from './views/view.js';
import {warnOnce} from './warn.js';

export type {Theme};
export type {ResultEvent, StartEvent} from './events.js';

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
// It renders with lit-html itself, as LitElement does, for one reason: the visitor's answers live
// in a *closed* shadow root that only this element holds. LitElement keeps its render root in the
// public `renderRoot`, which any page script could read; here no property holds the root, and the
// state is in private fields. Its base (`Reactive`) is the little of Lit's ReactiveElement it uses.
export class LegPainCheck extends Reactive {
  static override properties = {
    clinicName: {attribute: 'clinic-name'},
    phone: {},
    bookingUrl: {attribute: 'booking-url'},
    emergencyNumber: {attribute: 'emergency-number'},
    offices: {},
    theme: {},
    language: {attribute: 'lang'},
    languages: {},
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
  /**
   * The languages the visitor may switch to, as codes separated by spaces ("en es"); `off` for
   * no switch. Every language the widget has when absent. A clinic's own language file beside the
   * main file is its code followed by the fingerprint `npm run words:import` printed
   * ("en es vi sha384-…").
   */
  languages: string | null = null;

  /** The visitor's whole state; undefined while the intro shows. Private: never on the element. */
  #flow?: FlowState;
  /**
   * The screens, in the closed shadow root: the one on show first, then two prepared out of sight
   * (see `#prepare`). Each has its own ids, so a label never points into a hidden screen.
   */
  #stages: Stage[];
  /** Which call of `#prepare` may go on: a later call stops the earlier one's pieces. */
  #run = 0;
  /** The live region that says a result was shown: one element for good, so it is announced. */
  #status!: HTMLElement;
  #read!: Read;
  /** What `#read` was read from. */
  #input?: Parameters<typeof readConfig>[0];
  /** Counts changes of the settings read and of the words shown: part of every screen's key. */
  #seen = 0;
  /** Where focus goes after the next render. */
  #focusTo?: 'h2' | 'input';
  /**
   * The language and words on screen. Fixed while a check is in progress: a page that changes its
   * `lang` mid-check gets the new language when the visitor is back on the first screen.
   */
  #shown?: Shown;
  /** The language the visitor chose with the switch, for this visit: it wins over the page's. */
  #chosen?: string;
  /** The language the visitor chose whose words did not arrive, until the next step. */
  #failed?: string;

  #light = new LightDomController(this);
  #pageLang = new PageLangController(this);
  #locator = new LocateController(this);
  #words = new WordsController(this);
  /** The element's custom states: `:state(card)` once a card shows. */
  #states?: CustomStateSet;

  constructor() {
    super();
    forgetOnLeave(this, () => this.#go(undefined, false));
    // The closed shadow root: a live region, then the screens.
    const root = this.attachShadow({mode: 'closed'});
    adoptStyles(root, styles);
    const add = (tag: string, className: string) =>
      root.appendChild(Object.assign(document.createElement(tag), {className}));
    this.#status = add('p', 'sr-only');
    this.#status.setAttribute('role', 'status');
    this.#stages = [0, 1, 2].map((i) => ({
      el: add('div', i ? 'screen spare' : 'screen'),
      ids: `lpc-${i}-`,
    }));
  }

  protected override update() {
    // A step that moves focus, taken with the widget's top above the window (read before the
    // swap, from the last frame's layout, so nothing is forced): the widget's top is scrolled to
    // below, so the first frame of the new screen shows its heading (focus comes after it).
    const above = this.#focusTo && this.getBoundingClientRect().top < 0;
    // A step the visitor was likely to take was prepared out of sight: show that screen in place
    // of this one, as it is. Its key holds all a screen shows, so a guess that no longer fits
    // (another office, another language) has another key and is rendered afresh.
    const key = this.#key(this.#flow);
    const stages = this.#stages;
    const ready = stages.findIndex((stage) => stage.key === key);
    if (ready > 0) {
      stages[0].el.classList.add('spare');
      stages[ready].el.classList.remove('spare');
      [stages[0], stages[ready]] = [stages[ready], stages[0]];
    }
    if (ready < 0) this.#render(stages[0], this.#flow, key);
    // From the host, outside the screens: a scroll from inside one whose style still says hidden
    // makes the browser force it and log a console line.
    if (above) this.scrollIntoView();
    // The live region changes once the new screen is drawn, in a task of its own: changing it
    // makes the browser lay out the element again, and the visitor waits for none of that.
    const said = this.#said();
    requestAnimationFrame(() => setTimeout(() => render(said, this.#status, {host: this})));
  }

  /** Renders the screen for a state of the flow into one of the stages. */
  #render(stage: Stage, flow: FlowState | undefined, key: string) {
    // No directive in these templates needs to know the element is connected.
    stage.key = key;
    render(this.#screen(flow, stage.ids), stage.el, {host: this});
  }

  /**
   * All a screen shows: the state of the flow, the settings and words (`#seen`), a language that
   * did not load, and the office finder's state. Two renders with one key draw the same screen.
   */
  #key(flow?: FlowState) {
    return JSON.stringify([this.#seen, this.#failed, this.#locator, flow ?? 0]);
  }

  /**
   * While the visitor reads, renders out of sight the screens their next click will most likely
   * bring, and lays them out: where Start, Start again or the answer ticked leads, and where Back
   * leads. The click then only swaps the screens, and the step costs little more than painting
   * it. One screen per task, each after the page has been quiet for a moment, so a tap is never
   * kept waiting long; a click that brings another screen renders it as before.
   */
  #prepare() {
    // Each call starts afresh: a step, or a piece done, stops what an earlier call planned.
    const run = ++this.#run;
    const later = (then: () => void, ms = 0) =>
      setTimeout(() => run === this.#run && this.isConnected && then(), ms);
    // After a frame has been drawn (never before the first paint), once the page has been quiet
    // for a moment; worked out then, not in the step that asked: a step's time is the visitor's.
    requestAnimationFrame(() =>
      later(() => {
        const flow = this.#flow;
        const step = flow && current(TREE, flow);
        const targets: (FlowState | undefined)[] = [];
        if (step?.kind !== 'question') targets.push(start(TREE));
        else {
          if (validChoice(step.question, flow!.pending)) targets.push(answer(TREE, flow!));
          targets.push(step.index ? back(flow!) : undefined);
        }
        const keys = targets.map((target) => this.#key(target));
        const stages = this.#stages;
        const todo = keys.findIndex((key) => !stages.some((stage) => stage.key === key));
        // Into a hidden stage no other target needs.
        const free = stages.find((stage, i) => i && !keys.includes(stage.key!));
        if (todo < 0 || !free || !this.#shown) return;
        // In several tasks, so none is long: the screen built, then styled and laid out out of
        // sight a few answers at a time (the first layout of the longest screen takes over 50 ms
        // on a slow phone). Answers not yet laid out are `later`, hidden only while out of sight.
        this.#render(free, targets[todo], keys[todo]);
        const rows = [...free.el.querySelectorAll('.option')];
        rows.forEach((row) => row.classList.add('later'));
        const piece = () =>
          later(() => {
            // The class changes a swap makes, made here first: the browser's first one in a page
            // is slow, and it is then not the visitor's.
            free.el.className = 'screen prep';
            rows.splice(0, 5).forEach((row) => row.classList.remove('later'));
            free.el.getBoundingClientRect();
            free.el.className = 'screen spare';
            if (rows.length) piece();
            else this.#prepare();
          });
        piece();
      }, 50),
    );
  }

  protected override willUpdate() {
    const input = {
      clinicName: this.clinicName,
      phone: this.phone,
      bookingUrl: this.bookingUrl,
      emergencyNumber: this.emergencyNumber,
      offices: this.offices,
      children: this.#light.children,
      theme: this.theme,
      lang: this.language,
      languages: this.languages,
      pageLang: this.#pageLang.lang,
      base: document.baseURI,
    };
    // Pure, so read again only when what it reads changed: a step changes none of it, and a
    // step's time is the visitor's (50 offices take a while to check).
    const last = this.#input;
    this.#input = input;
    if (!last || Object.entries(input).some(([k, v]) => v !== last[k as keyof typeof input])) {
      this.#read = readConfig(input);
      this.#seen++;
      this.#read.warnings.forEach(warnOnce);
    }
    const chosen = this.#chosen;
    if (!chosen && this.#flow && this.#shown) return;
    const got = this.#words.get(chosen ?? this.#read.lang, this.#read.files);
    // The visitor's language is on its way: the screen stays as it is until it arrives.
    if (chosen && !got && this.#shown) return;
    if (chosen && got && got.lang !== chosen) {
      this.#failed = chosen;
      this.#chosen = undefined;
    } else if (chosen && got && got.lang !== this.#shown?.lang) this.#focusTo = 'h2';
    if (got?.words !== this.#shown?.words) this.#seen++;
    this.#shown = got;
  }

  protected override updated() {
    const to = this.#focusTo;
    this.#focusTo = undefined;
    if (to) {
      // Focused in a task after the frame that shows the new screen: the visitor sees it sooner
      // (a focus in the step costs a style and layout, and the new focus ring a second style
      // pass, before anything is drawn); scrolled in the step if need be (see `update`). Skipped
      // if a later step already swapped this screen out: never a focus in a hidden screen.
      const live = this.#stages[0].el;
      const target = live.querySelector<HTMLElement>(to);
      requestAnimationFrame(() =>
        setTimeout(() => live === this.#stages[0].el && target?.focus({preventScroll: true})),
      );
    }
    this.#prepare();
  }

  /** A new state of the flow, shown at the next render. */
  #set(flow: FlowState | undefined) {
    this.#flow = flow;
    this.requestUpdate();
  }

  #go(flow: FlowState | undefined, focus = true) {
    this.#set(flow);
    this.#failed = undefined;
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

  /** What the live region says: the result's level, on a card; nothing elsewhere. */
  #said() {
    const step = this.#flow && current(TREE, this.#flow);
    if (!this.#shown || step?.kind !== 'outcome') return '';
    const {t, text} = makeView(this.#read.config, this.#shown.lang, this.#shown.words, '');
    this.#status.lang = this.#shown.lang;
    return [t.ui.resultLabel, ': ', text(t.ui.levels[step.outcome.level])];
  }

  /** The card for a state of the flow: the intro when there is none. */
  #screen(flow: FlowState | undefined, ids: string) {
    const {config, theme} = this.#read;
    // Another language's words are on their way: the page's own fallback content meanwhile.
    if (!this.#shown) return html`<slot></slot>`;
    // The element contains its layout from here on (see the styles).
    try {
      (this.#states ??= this.attachInternals().states).add('card');
    } catch {
      // No custom states in this browser, or (Chromium before 125) only names starting `--`: the
      // widget works the same, only without that containment.
    }
    const {lang, words} = this.#shown;
    const view = makeView(config, lang, words, ids);
    const step = flow && current(TREE, flow);
    const languages = renderLanguages(view, this.#read.languages, this.#failed, (code) => {
      this.#failed = undefined;
      this.#chosen = code;
      this.requestUpdate();
    });
    return html`
      <div
        class="card ${theme}"
        part="card"
        lang=${lang}
        dir=${words.dir ?? 'ltr'}
        @click=${this.#guard}
      >
        ${
          !step
            ? [
                languages,
                renderIntro(view, () => {
                  this.#go(start(TREE));
                  emit(this, 'lpc-start', null);
                }),
              ]
            : step.kind === 'question'
              ? [
                  languages,
                  renderQuestion(view, step, flow!.missing, {
                    choose: (id, checked) => this.#set(choose(TREE, this.#flow!, id, checked)),
                    next: () => this.#go(answer(TREE, this.#flow!)),
                    back: () => this.#go(step.index ? back(flow!) : undefined),
                  }),
                ]
              : // Inside the card's coloured band, which is its top edge.
                renderResult(view, step, {
                  restart: () => this.#go(start(TREE)),
                  locator: this.#locator,
                  languages,
                })
        }
      </div>
    `;
  }
}

/** A screen's container in the shadow root, and the state it was last rendered for. */
interface Stage {
  el: HTMLElement;
  /** The prefix of its ids and input names. */
  ids: string;
  key?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'leg-pain-check': LegPainCheck;
  }
}
