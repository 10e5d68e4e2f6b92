import {ContextProvider} from '@lit/context';
import {html, LitElement, type PropertyValues} from 'lit';
import './components/lpc-question.js';
import './components/lpc-result.js';
import type {AnswerDetail, LpcQuestion} from './components/lpc-question.js';
import type {LpcResult} from './components/lpc-result.js';
import {
  cleanEmergency,
  cleanPhone,
  cleanText,
  mergeOffices,
  OFFICE_TAG,
  readOfficeElement,
  readOfficeProperty,
  safeUrl,
  TAG,
  type Office,
  type OfficeInput,
} from './config/config.js';
import {checkAttribute, checkAttributes} from './config/attributes.js';
import {widgetContext, type WidgetContext} from './context.js';
import {RESULT_EVENT, type ResultDetail} from './events.js';
import {fill, LANGUAGES, pickLanguage} from './i18n/index.js';
import {styles} from './leg-pain-check.styles.js';
import {answer, back, current, start, type FlowState} from './tree/flow.js';
import {TREE} from './tree/tree.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * A plain-language self-check for leg pain after exercise. Warning signs first, then a few
 * questions, then a result card with what to do and where to get help. Answers never leave the
 * page.
 *
 * @fires lpc-result - A result card was shown. `detail: {outcome, level}`; never the answers.
 * @csspart card - The widget's frame.
 * @csspart question - The fieldset of a question step.
 * @csspart option - One answer to choose.
 * @csspart button - Every button and button-like link (also: start, back, continue, call,
 *   emergency, book, print, restart).
 * @csspart result - The result card.
 * @csspart office - One office in the office list.
 * @cssprop --lpc-accent - Buttons, links, the chosen answer. Default #0b5cad (dark: #8cc4ff).
 * @cssprop --lpc-accent-text - Text on the accent colour. Default #ffffff.
 * @cssprop --lpc-text - Text colour.
 * @cssprop --lpc-muted - Hints and step numbers.
 * @cssprop --lpc-bg - Background.
 * @cssprop --lpc-surface - Notes and the chosen answer's background.
 * @cssprop --lpc-border - Borders of the frame and the answers.
 * @cssprop --lpc-focus - The focus ring.
 * @cssprop --lpc-font - Font family. Default: the system UI font.
 * @cssprop --lpc-radius - Corner radius. Default 12px.
 * @cssprop --lpc-max-width - Widest the widget grows. Default 40em.
 * @cssprop --lpc-dark-accent - In dark mode, instead of --lpc-accent; likewise --lpc-dark-accent-text,
 *   --lpc-dark-text, --lpc-dark-muted, --lpc-dark-bg, --lpc-dark-surface, --lpc-dark-border,
 *   --lpc-dark-focus.
 *
 * @tagname leg-pain-check
 */
export class LegPainCheck extends LitElement {
  static override styles = styles;

  static override properties = {
    clinicName: {attribute: 'clinic-name'},
    phone: {},
    bookingUrl: {attribute: 'booking-url'},
    emergencyNumber: {attribute: 'emergency-number'},
    offices: {},
    theme: {reflect: true},
    language: {attribute: 'lang'},
    flow: {state: true},
    childOffices: {state: true},
    announcement: {state: true},
    systemDark: {state: true},
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
  /** `auto` follows the visitor's system setting. */
  theme: Theme = 'auto';
  /** Mirrors the `lang` attribute; the page's language is used when it is absent. */
  language: string | null = null;

  /** undefined while the intro shows. */
  private flow?: FlowState;
  private childOffices: Office[] = [];
  private announcement = '';
  private systemDark = false;
  // One provider at the root; a new value object on every change, so consumers see it.
  private provider = new ContextProvider(this, {context: widgetContext});
  private ctx!: WidgetContext;

  private listOffices: Office[] = [];
  private moveFocus = false;
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private readonly darkQuery = matchMedia('(prefers-color-scheme: dark)');
  private readonly onScheme = () => (this.systemDark = this.darkQuery.matches);

  override connectedCallback() {
    super.connectedCallback();
    checkAttributes(this);
    this.readChildren();
    this.onScheme();
    this.darkQuery.addEventListener('change', this.onScheme);
    this.observer.observe(this, {childList: true, subtree: true, attributes: true});
  }

  /** Offices added or changed after load update the widget; typos added later are reported too. */
  private onMutations(records: MutationRecord[]) {
    let offices = false;
    for (const record of records) {
      const target = record.target as Element;
      if (record.type === 'attributes') {
        const office = target.localName === OFFICE_TAG;
        // Only our own attributes: fallback content inside may carry any attribute it likes.
        if ((office || target === this) && target.hasAttribute(record.attributeName!)) {
          checkAttribute(target, record.attributeName!);
        }
        offices ||= office;
      } else {
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.localName === OFFICE_TAG) checkAttributes(node);
        }
        offices = true;
      }
    }
    if (offices) this.readChildren();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.darkQuery.removeEventListener('change', this.onScheme);
  }

  private readChildren() {
    const children = [...this.querySelectorAll(OFFICE_TAG)].filter(
      (element) => element.closest(TAG) === this,
    );
    this.childOffices = children
      .map((element) => readOfficeElement(element))
      .filter((office): office is Office => !!office);
  }

  protected override willUpdate(changed: PropertyValues) {
    // A removed attribute means the default, without a warning.
    if (changed.has('theme') && this.theme == null) this.theme = 'auto';
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      console.warn(`<${TAG}> theme="${this.theme}": use one of ${THEMES.join(', ')}; using auto.`);
      this.theme = 'auto';
    }
    if (changed.has('offices')) this.listOffices = readOfficeProperty(this.offices);
    const keys = [
      'clinicName',
      'phone',
      'bookingUrl',
      'emergencyNumber',
      'offices',
      'language',
      'childOffices',
    ];
    if (!this.ctx || keys.some((key) => changed.has(key))) {
      this.ctx = this.makeContext(changed);
      this.provider.setValue(this.ctx);
    }
  }

  private makeContext(changed: PropertyValues): WidgetContext {
    const old = this.ctx?.config;
    // Only re-read (and re-warn about) what changed.
    const config = {
      clinicName:
        !old || changed.has('clinicName')
          ? cleanText(this.clinicName, TAG, 'clinic-name')
          : old.clinicName,
      phone: !old || changed.has('phone') ? cleanPhone(this.phone, TAG, 'phone') : old.phone,
      bookingUrl:
        !old || changed.has('bookingUrl')
          ? safeUrl(this.bookingUrl, TAG, 'booking-url')
          : old.bookingUrl,
      emergencyNumber:
        !old || changed.has('emergencyNumber')
          ? cleanEmergency(this.emergencyNumber)
          : old.emergencyNumber,
      offices: mergeOffices(this.listOffices, this.childOffices),
    };
    const lang = pickLanguage(
      this.language ?? this.parentElement?.closest('[lang]')?.getAttribute('lang'),
    );
    const values = {
      number: config.emergencyNumber,
      clinic: config.clinicName || config.phone,
      // Kept on one line: no-break spaces and hyphens.
      phone: config.phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011'),
    };
    return {
      config,
      lang,
      t: LANGUAGES[lang],
      text: (template, extra) => fill(template, {...values, ...extra}),
    };
  }

  protected override updated() {
    if (!this.moveFocus) return;
    this.moveFocus = false;
    const step = this.renderRoot.querySelector<LpcQuestion | LpcResult>('lpc-question, lpc-result');
    if (step) {
      void step.updateComplete.then(() => step.focusHeading());
    } else {
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  private go(flow: FlowState | undefined) {
    this.flow = flow;
    this.moveFocus = true;
    const step = flow && current(TREE, flow);
    if (step?.kind === 'outcome') {
      const {t, text} = this.ctx;
      this.announcement = `${t.ui.resultLabel}: ${text(t.ui.levels[step.outcome.level])}`;
      const detail: ResultDetail = {outcome: step.outcome.id, level: step.outcome.level};
      void this.updateComplete.then(() =>
        this.dispatchEvent(new CustomEvent(RESULT_EVENT, {detail, bubbles: true, composed: true})),
      );
    } else {
      this.announcement = '';
    }
  }

  private onAnswer(event: CustomEvent<AnswerDetail>) {
    event.stopPropagation();
    if (this.flow) this.go(answer(TREE, this.flow, event.detail.chosen));
  }

  private onBack(event: Event) {
    event.stopPropagation();
    if (this.flow) this.go(this.flow.path.length ? back(this.flow) : undefined);
  }

  private onRestart(event: Event) {
    event.stopPropagation();
    this.go(start(TREE));
  }

  private renderIntro() {
    const {t, text, config} = this.ctx;
    return html`
      <section class="intro">
        <h2 tabindex="-1">${t.ui.title}</h2>
        <p>${t.ui.intro}</p>
        <p class="muted">${t.ui.adults}</p>
        <p class="note">
          <strong>${t.ui.notDiagnosis}</strong>
          <a href=${`tel:${config.emergencyNumber}`}>${text(t.ui.unwell)}</a>
        </p>
        <p class="muted">${t.ui.privacy}</p>
        <div class="actions">
          <button
            type="button"
            part="button start"
            class="primary"
            @click=${() => this.go(start(TREE))}
          >
            ${t.ui.start}
          </button>
        </div>
      </section>
    `;
  }

  protected override render() {
    const step = this.flow && current(TREE, this.flow);
    return html`
      <div
        class="card ${this.theme === 'dark' || (this.theme === 'auto' && this.systemDark) ? 'dark' : ''}"
        part="card"
        lang=${this.ctx.lang}
        @lpc-answer=${this.onAnswer}
        @lpc-back=${this.onBack}
        @lpc-restart=${this.onRestart}
      >
        <p class="sr-only" role="status">${this.announcement}</p>
        ${
          !step
            ? this.renderIntro()
            : step.kind === 'question'
              ? html`<lpc-question
                  .question=${step.question}
                  .chosen=${step.chosen}
                  .index=${step.index}
                ></lpc-question>`
              : html`<lpc-result
                  .outcome=${step.outcome}
                  .also=${step.also}
                  .answers=${step.path}
                ></lpc-result>`
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
