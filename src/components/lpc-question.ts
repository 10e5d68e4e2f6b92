import {ContextConsumer} from '@lit/context';
import {html, LitElement, type PropertyValues} from 'lit';
import {widgetContext} from '../context.js';
import type {QuestionId} from '../tree/tree.js';
import type {Option, Question} from '../tree/types.js';

export interface AnswerDetail {
  chosen: string[];
}

/**
 * One question step: a fieldset whose legend is the heading, radios or checkboxes, Back and
 * Continue. It only renders and reports; the root decides where an answer leads.
 *
 * @fires lpc-answer - Continue with a valid choice; `detail.chosen` holds option ids.
 * @fires lpc-back - Back was pressed.
 *
 * @tagname lpc-question
 */
export class LpcQuestion extends LitElement {
  static override properties = {
    question: {attribute: false},
    chosen: {attribute: false},
    index: {type: Number},
    selected: {state: true},
    error: {state: true},
  };

  /** The question to ask. */
  question!: Question;
  /** Options chosen before (after Back), to show ticked again. */
  chosen: readonly string[] = [];
  /** Zero-based position of this step on the visitor's path. */
  index = 0;

  private selected: string[] = [];
  private error = false;
  private context = new ContextConsumer(this, {context: widgetContext, subscribe: true});

  // Rendered into the root's shadow root, so one stylesheet and the page's ::part() reach it.
  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('question') || changed.has('chosen')) {
      this.selected = [...this.chosen];
      this.error = false;
    }
  }

  /** Moves focus to the question's heading, for keyboard and screen-reader users. */
  focusHeading() {
    this.querySelector('h2')?.focus();
  }

  private toggle(id: string, checked: boolean) {
    const option = this.question.options.find((o) => o.id === id);
    if (this.question.kind === 'one') {
      this.selected = [id];
    } else if (!checked) {
      this.selected = this.selected.filter((s) => s !== id);
    } else if (option?.exclusive) {
      this.selected = [id];
    } else {
      const exclusive = new Set(this.question.options.filter((o) => o.exclusive).map((o) => o.id));
      this.selected = [...this.selected.filter((s) => !exclusive.has(s)), id];
    }
    this.error = false;
  }

  private submit(event: Event) {
    event.preventDefault();
    if (this.selected.length === 0) {
      this.error = true;
      (this.querySelector('input') as HTMLInputElement | null)?.focus();
      return;
    }
    this.dispatchEvent(
      new CustomEvent<AnswerDetail>('lpc-answer', {
        detail: {chosen: [...this.selected]},
        bubbles: true,
        composed: true,
      }),
    );
  }

  private back() {
    this.dispatchEvent(new CustomEvent('lpc-back', {bubbles: true, composed: true}));
  }

  /** The options in runs of one group each, so a long list of signs reads under short headings. */
  private sections() {
    const sections: {group?: string; options: Option[]}[] = [];
    for (const option of this.question.options) {
      const last = sections[sections.length - 1];
      if (last && last.group === option.group) last.options.push(option);
      else sections.push({group: option.group, options: [option]});
    }
    return sections;
  }

  protected override render() {
    const {t, text} = this.context.value!;
    const q = this.question;
    const words = t.questions[q.id as QuestionId];
    const many = q.kind === 'many';
    const type = many ? 'checkbox' : 'radio';
    const name = `lpc-${q.id}`;
    return html`
      <form novalidate @submit=${this.submit}>
        <fieldset part="question" aria-describedby="lpc-hint lpc-error">
          <legend>
            <span class="step">${text(t.ui.step, {n: this.index + 1})}</span>
            <h2 tabindex="-1">${words.title}</h2>
          </legend>
          <p class="hint" id="lpc-hint">
            ${words.hint ?? ''} ${many ? '' : html`<span class="sr-only">${t.ui.chooseOne}</span>`}
          </p>
          <p class="error" id="lpc-error" role="alert">
            ${this.error ? (many ? t.ui.errorMany : t.ui.errorOne) : ''}
          </p>
          ${this.sections().map(({group, options}) => {
            const heading = group && words.groups?.[group];
            const inputs = html`<div class="options">
              ${options.map(
                (option) => html`
                  <label part="option" class="option">
                    <input
                      type=${type}
                      name=${name}
                      value=${option.id}
                      .checked=${this.selected.includes(option.id)}
                      @change=${(e: Event) =>
                        this.toggle(option.id, (e.target as HTMLInputElement).checked)}
                    />
                    <span>${words.options[option.id]}</span>
                  </label>
                `,
              )}
            </div>`;
            return heading
              ? html`<div class="group" role="group" aria-labelledby=${`lpc-g-${group}`}>
                  <p class="group-title" id=${`lpc-g-${group}`}>${heading}</p>
                  ${inputs}
                </div>`
              : inputs;
          })}
        </fieldset>
        <div class="actions">
          <button type="button" part="button back" @click=${this.back}>${t.ui.back}</button>
          <button type="submit" part="button continue" class="primary">${t.ui.continue}</button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-question': LpcQuestion;
  }
}
