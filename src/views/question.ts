/**
 * One question step: a fieldset whose legend is the heading, radios or checkboxes, Back and
 * Continue. It only renders and reports; the flow decides what a tick or an answer means.
 */
import {html} from 'lit-html';
import type {Step} from '../tree/flow.js';
import type {QuestionId} from '../tree/tree.js';
import type {Option} from '../tree/types.js';
import type {View} from './view.js';

export type QuestionStep = Extract<Step, {kind: 'question'}>;

export interface QuestionActions {
  choose(id: string, checked: boolean): void;
  /** Continue: Enter on an answer or the Continue button. */
  next(): void;
  back(): void;
}

/** The options in runs of one group each, so a long list of signs reads under short headings. */
function sections(options: readonly Option[]) {
  const runs: {group?: string; options: Option[]}[] = [];
  for (const option of options) {
    const last = runs[runs.length - 1];
    if (last && last.group === option.group) last.options.push(option);
    else runs.push({group: option.group, options: [option]});
  }
  return runs;
}

export function renderQuestion(
  {t, text, ids}: View,
  {question, chosen, index}: QuestionStep,
  missing: boolean | undefined,
  on: QuestionActions,
) {
  const words = t.questions[question.id as QuestionId];
  const many = question.kind === 'many';
  // No <form>: a sandboxed frame without allow-forms blocks form submission, Enter included.
  const enter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.target as Element).localName === 'input') {
      event.preventDefault();
      on.next();
    }
  };
  return html`
    <fieldset part="question" aria-describedby="${ids}hint ${ids}error" @keydown=${enter}>
      <legend>
        <span class="step">${text(t.ui.step, {n: index + 1})}</span>
        <h2 tabindex="-1">${words.title}</h2>
      </legend>
      <p class="hint" id="${ids}hint">
        ${words.hint ?? ''} ${many ? '' : html`<span class="sr-only">${t.ui.chooseOne}</span>`}
      </p>
      <p class="error" id="${ids}error" role="alert">
        ${missing ? (many ? t.ui.errorMany : t.ui.errorOne) : ''}
      </p>
      ${sections(question.options).map(({group, options}) => {
        const heading = group && words.groups?.[group];
        const inputs = html`<div class="options">
          ${options.map(
            (option) => html`
              <label part="option" class="option">
                <input
                  type=${many ? 'checkbox' : 'radio'}
                  name=${ids + question.id}
                  value=${option.id}
                  .checked=${chosen.includes(option.id)}
                  @change=${(e: Event) =>
                    on.choose(option.id, (e.target as HTMLInputElement).checked)}
                />
                <span>${words.options[option.id]}</span>
              </label>
            `,
          )}
        </div>`;
        return heading
          ? html`<div class="group" role="group" aria-labelledby=${`${ids}g-${group}`}>
              <p class="group-title" id=${`${ids}g-${group}`}>${heading}</p>
              ${inputs}
            </div>`
          : inputs;
      })}
    </fieldset>
    <div class="actions">
      <button type="button" part="button back" @click=${on.back}>${t.ui.back}</button>
      <button type="button" part="button continue" class="primary" @click=${on.next}>
        ${t.ui.continue}
      </button>
    </div>
  `;
}
