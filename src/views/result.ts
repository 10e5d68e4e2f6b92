/**
 * The result card: what it may be, why, what to do now, the action for its level, when to get
 * help, and the visitor's own answers. The level is always said in words, not by colour alone.
 */
import {html, nothing, type TemplateResult} from 'lit-html';
import {telHref} from '../config/phone.js';
import type {LocateController} from '../controllers/locate.js';
import type {QuestionId} from '../tree/tree.js';
import {cardLists, type OutcomeStep} from './card.js';
import {renderOffices} from './offices.js';
import {number, type View} from './view.js';

export interface ResultActions {
  restart(): void;
  locator: LocateController;
  /** The language switch, shown first inside the card's coloured top band. */
  languages: unknown;
}

/**
 * Today as YYYY-MM-DD: plain to read in any language, and unlike toLocaleDateString it does not
 * load locale data, which costs a slow phone about 150 ms on the first result.
 */
const printDate = () =>
  // The local date: toISOString() gives UTC, so shift by the time zone first (in minutes).
  new Date(Date.now() - new Date().getTimezoneOffset() * 6e4).toISOString().slice(0, 10);

/** Call and book links for the clinic, or a pointer to the visitor's own doctor. */
function contact(view: View, locator: LocateController): TemplateResult {
  const {config, t, text} = view;
  const tel = config.phone && telHref(config.phone);
  if (!tel && !config.bookingUrl && config.offices.length === 0) {
    return html`<p>${t.ui.ownDoctor}</p>`;
  }
  return html`
    <p class="links">
      ${
        tel
          ? html`<a class="button primary" part="button call" href=${tel}
              ><span
                >${
                  // With no clinic name, the number once: "Call (269) 555-0100".
                  config.clinicName
                    ? text(t.ui.callClinic)
                    : [t.ui.officeCall, ' ', number(config.phone)]
                }</span
              ></a
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
    ${renderOffices(view, locator)}
  `;
}

function action(view: View, step: OutcomeStep, locator: LocateController): TemplateResult {
  const {config, t, text} = view;
  switch (step.outcome.referral) {
    case 'emergency':
      return html`
        <a class="button call" part="button emergency" href=${`tel:${config.emergencyNumber}`}
          ><span>${text(t.ui.call)}</span></a
        >
        <p><strong>${t.ui.noDrive}</strong></p>
      `;
    case 'today':
      return html`<p><strong>${t.ui.today}</strong></p>
        ${contact(view, locator)}`;
    case 'vascular':
      return html`<p><strong>${t.ui.vascular}</strong></p>
        <p>${t.ui.visit}</p>
        ${contact(view, locator)}`;
    case 'doctor':
      return html`<p><strong>${t.ui.doctor}</strong></p>
        ${config.phone || config.bookingUrl ? html`<p>${text(t.ui.clinicAlso)}</p>` : nothing}
        ${contact(view, locator)}`;
    case 'home':
      return html`<p><strong>${t.ui.home}</strong></p>`;
  }
}

export function renderResult(view: View, step: OutcomeStep, on: ResultActions) {
  const {t, text, ids} = view;
  const {level, referral} = step.outcome;
  const lists = cardLists(t, step);
  const {words} = lists;
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
  const emergency = referral === 'emergency';
  const act = html`<div class="action">${action(view, step, on.locator)}</div>`;
  // Each answer on its own line under its question, as the visitor saw it.
  const told = step.path.map(({question, chosen}) => {
    const asked = t.questions[question as QuestionId];
    return html`<li>
      <span class="muted">${asked.title}</span>
      <ul>
        ${chosen.map((option) => html`<li>${asked.options[option]}</li>`)}
      </ul>
    </li>`;
  });
  // Several warning signs: none is dropped. Each says what it may be, how soon to act when that
  // differs from the headline, and its own steps that the card has not given yet.
  const also = lists.also.map(
    ({outcome, words: its, now}) =>
      html`<li>
        <strong>${its.title}.</strong>
        ${outcome.level === level ? nothing : html`${text(t.ui.levels[outcome.level])}.`}
        ${now.length ? list(now) : nothing}
      </li>`,
  );
  return html`
    <article part="result" class="result ${level}" aria-labelledby="${ids}title">
      ${on.languages}
      <p class="level" part="level">
        <span class="sr-only">${t.ui.level}: </span>${text(t.ui.levels[level])}
      </p>
      <h2 id="${ids}title" tabindex="-1">${words.title}</h2>
      ${emergency ? act : nothing}
      <p>${text(words.about)}</p>
      <p class="note">${t.ui.notDiagnosis} ${text(t.ui.unwell)}</p>
      <h3>${t.ui.now}</h3>
      ${list(lists.now)}
      ${
        // The card's own steps first; then each other sign, with its own steps.
        also.length
          ? html`<h3>${t.ui.also}</h3>
              <ul>
                ${also}
              </ul>`
          : nothing
      }
      ${emergency ? html`<p>${text(t.ui.wait)}</p>` : act} ${section(t.ui.callIf, lists.call)}
      ${section(t.ui.todayIf, lists.today)}
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
        <button type="button" part="button restart" class="primary" @click=${on.restart}>
          ${t.ui.startAgain}
        </button>
      </div>
    </article>
  `;
}
