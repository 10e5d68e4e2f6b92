import {ContextConsumer} from '@lit/context';
import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {telHref} from '../config/config.js';
import {widgetContext, type WidgetContext} from '../context.js';
import type {Answer} from '../tree/flow.js';
import type {OutcomeId, QuestionId} from '../tree/tree.js';
import type {Outcome} from '../tree/types.js';
import './lpc-offices.js';

/**
 * Today as YYYY-MM-DD: plain to read in any language, and unlike toLocaleDateString it does not
 * load locale data, which costs a slow phone about 150 ms on the first result.
 */
const printDate = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The result card: what it may be, why, what to do now, the action for its level, when to get
 * help, and the visitor's own answers. The level is always said in words, not by colour alone.
 *
 * @fires lpc-restart - Start again was pressed.
 *
 * @tagname lpc-result
 */
export class LpcResult extends LitElement {
  static override properties = {
    outcome: {attribute: false},
    also: {attribute: false},
    answers: {attribute: false},
  };

  /** The outcome reached. */
  outcome!: Outcome;
  /** The other warning signs reported with it, most cautious first. */
  also: readonly Outcome[] = [];
  /** The answers that led here, in order. */
  answers: readonly Answer[] = [];

  private context = new ContextConsumer(this, {context: widgetContext, subscribe: true});

  private get ctx(): WidgetContext {
    return this.context.value!;
  }

  protected override createRenderRoot() {
    return this;
  }

  focusHeading() {
    this.querySelector('h2')?.focus();
  }

  private restart() {
    this.dispatchEvent(new CustomEvent('lpc-restart', {bubbles: true, composed: true}));
  }

  /** Call and book links for the clinic, or a pointer to the visitor's own doctor. */
  private contact(): TemplateResult {
    const {config, t, text} = this.ctx;
    const tel = config.phone ? telHref(config.phone) : '';
    if (!tel && !config.bookingUrl && config.offices.length === 0) {
      return html`<p>${t.ui.ownDoctor}</p>`;
    }
    return html`
      <p class="links">
        ${
          tel
            ? html`<a class="button primary" part="button call" href=${tel}
                >${text(t.ui.callClinic)}</a
              >`
            : nothing
        }
        ${
          config.bookingUrl
            ? html`<a
                class="button"
                part="button book"
                href=${config.bookingUrl}
                target="_blank"
                rel="noopener"
                >${t.ui.book}</a
              >`
            : nothing
        }
      </p>
      <lpc-offices></lpc-offices>
    `;
  }

  private action(): TemplateResult {
    const {config, t, text} = this.ctx;
    switch (this.outcome.referral) {
      case 'emergency':
        return html`
          <a class="button call" part="button emergency" href=${`tel:${config.emergencyNumber}`}
            >${text(t.ui.call)}</a
          >
          <p><strong>${t.ui.noDrive}</strong></p>
        `;
      case 'today':
        return html`<p><strong>${t.ui.today}</strong></p>
          ${this.contact()}`;
      case 'vascular':
        return html`<p><strong>${t.ui.vascular}</strong></p>
          <p>${t.ui.visit}</p>
          ${this.contact()}`;
      case 'doctor':
        return html`<p><strong>${t.ui.doctor}</strong></p>
          ${config.phone || config.bookingUrl ? html`<p>${text(t.ui.clinicAlso)}</p>` : nothing}
          ${this.contact()}`;
      case 'home':
        return html`<p><strong>${t.ui.home}</strong></p>`;
    }
  }

  protected override render() {
    const {t, text} = this.ctx;
    const {id, level} = this.outcome;
    const words = t.outcomes[id as OutcomeId];
    const list = (items: readonly string[]) =>
      html`<ul>
        ${items.map((item) => html`<li>${text(item)}</li>`)}
      </ul>`;
    // A heading and its list, only when the card has items for it.
    const section = (heading: string, items: readonly string[]) =>
      items.length
        ? html`<h3>${text(heading)}</h3>
            ${list(items)}`
        : nothing;
    // In an emergency the call button comes first, right under the heading.
    const emergency = this.outcome.referral === 'emergency';
    const action = html`<div class="action">${this.action()}</div>`;
    // Each answer on its own line under its question, as the visitor saw it.
    const told = this.answers.map(({question, chosen}) => {
      const words = t.questions[question as QuestionId];
      return html`<li>
        <span class="muted">${words.title}</span>
        <ul>
          ${chosen.map((id) => html`<li>${words.options[id]}</li>`)}
        </ul>
      </li>`;
    });
    // Several warning signs: none is dropped. Each says what it may be and how soon to act.
    const also = this.also.map(
      (other) =>
        html`<li>
          <strong>${t.outcomes[other.id as OutcomeId].title}.</strong>
          ${text(t.ui.levels[other.level])}.
        </li>`,
    );
    return html`
      <article part="result" class="result ${level}" aria-labelledby="lpc-result-title">
        <p class="level"><span class="sr-only">${t.ui.level}: </span>${text(t.ui.levels[level])}</p>
        <h2 id="lpc-result-title" tabindex="-1">${words.title}</h2>
        ${emergency ? action : nothing}
        <p>${text(words.about)}</p>
        <p class="note">${t.ui.notDiagnosis} ${text(t.ui.unwell)}</p>
        ${
          also.length
            ? html`<h3>${t.ui.also}</h3>
                <ul>
                  ${also}
                </ul>`
            : nothing
        }
        <h3>${t.ui.now}</h3>
        ${list(words.now)} ${emergency ? html`<p>${text(t.ui.wait)}</p>` : action}
        ${section(t.ui.callIf, words.call)} ${section(t.ui.todayIf, words.today)}
        <h3>${t.ui.why}</h3>
        ${emergency ? nothing : html`<p>${words.tell ?? t.ui.tell}</p>`}
        <ul class="told">
          ${told}
        </ul>
        <p class="print-only">${t.ui.printed} ${printDate()}</p>
        <div class="actions">
          <button type="button" part="button print" @click=${() => window.print()}>
            ${t.ui.print}
          </button>
          <button type="button" part="button restart" class="primary" @click=${this.restart}>
            ${t.ui.startAgain}
          </button>
        </div>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-result': LpcResult;
  }
}
