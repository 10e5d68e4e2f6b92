/** The first screen: what the check is, who it is for, that it is not a diagnosis, and Start. */
import {html} from 'lit-html';
import type {View} from './view.js';

export function renderIntro({t, text, config}: View, start: () => void) {
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
        <button type="button" part="button start" class="primary" @click=${start}>
          ${t.ui.start}
        </button>
      </div>
    </section>
  `;
}
